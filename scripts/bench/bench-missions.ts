/**
 * `npm run bench:missions`: what the mission pages cost the build, and how they are best made.
 * Builds the report, alternating, with:
 *  - all pages rendered in one process before Framework runs, its page loaders printing them
 *    (what `npm run build` does);
 *  - every page rendered by its own page loader process (PAGE_RENDERING=per-page, as in
 *    `npm run dev`);
 *  - no mission page at all (MISSION_PAGES=none);
 * each build with the loaders' cache cleared, and prints the median, min and max of each and the
 * seconds one mission page adds. Builds go to .build/bench-site, never to dist/.
 *
 *   npm run bench:missions [-- --runs 3]
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { allMissions } from "../../data-loaders/missions.js";
import { tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { projectRoot } from "../../data-loaders/fetch.js";
import { clearLoaderOutput } from "../build/loader-cache.js";
import { median } from "./stats.js";
import { parseCli, wholeNumber } from "../cli.js";

const { values } = parseCli({
  usage: "npm run bench:missions -- [--runs 3]",
  summary: "Builds the report with the mission pages made three ways and prints what each costs.",
  options: { runs: { type: "string", default: "3" } },
  describe: { runs: "Builds of each kind." },
});
const runs = wholeNumber("runs", values.runs, { min: 1 });

const variants = {
  "one process, all pages": { MISSION_PAGES: "all" },
  "a process per page": { MISSION_PAGES: "all", PAGE_RENDERING: "per-page" },
  "no mission pages": { MISSION_PAGES: "none" },
} as const;
type Variant = keyof typeof variants;

function timeBuild(variant: Variant): number {
  // Every variant starts as a changed input would: loader output and rendered pages gone.
  clearLoaderOutput();
  rmSync(join(projectRoot, ".build", "pages"), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build/build.ts", "--output", ".build/bench-site"], {
    cwd: projectRoot,
    env: { ...process.env, ...variants[variant] },
    encoding: "utf-8",
  });
  if (result.status !== 0) throw new Error(`build "${variant}" failed:\n${result.stdout}\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const pages = allMissions((await tidyCasualties()).rows).length;
const times = Object.fromEntries(Object.keys(variants).map((v) => [v, [] as number[]])) as Record<Variant, number[]>;
// One build first, so that every variant finds Framework's bundles of its client already made.
timeBuild("no mission pages");
for (let run = 1; run <= runs; run++) {
  for (const variant of Object.keys(variants) as Variant[]) {
    const seconds = timeBuild(variant);
    times[variant].push(seconds);
    process.stderr.write(`run ${run}/${runs}, ${variant}: ${seconds.toFixed(1)} s\n`);
  }
}
const row = (name: string, xs: number[]) =>
  `${name.padEnd(26)} ${median(xs).toFixed(1).padStart(7)} ${Math.min(...xs)
    .toFixed(1)
    .padStart(7)} ${Math.max(...xs)
    .toFixed(1)
    .padStart(7)}`;
console.log(
  `${"build".padEnd(26)} ${"median".padStart(7)} ${"min".padStart(7)} ${"max".padStart(7)}   (seconds, ${runs} runs each, ${pages} mission pages)`,
);
for (const variant of Object.keys(variants) as Variant[]) console.log(row(variant, times[variant]));
for (const variant of ["one process, all pages", "a process per page"] as const) {
  const perPage = (median(times[variant]) - median(times["no mission pages"])) / pages;
  console.log(`a mission page, ${variant}: ${perPage.toFixed(3)} s (difference of medians / ${pages}; target ≤ 0.2 s)`);
}
