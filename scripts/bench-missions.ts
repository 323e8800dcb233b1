/**
 * `npm run bench:missions`: what the mission pages add to the build. Builds the report with all
 * mission pages and with none, alternating, and prints the median, min and max of each and the
 * seconds added per page. Builds go to .build/bench-site, never to dist/.
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { missionsWithPages } from "../data-loaders/missions.js";
import { projectRoot } from "../data-loaders/fetch.js";
import { median, parseRuns } from "./bench/stats.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = parseRuns(values.runs);

function timeBuild(missionPages: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--output", ".build/bench-site"], {
    cwd: projectRoot,
    env: { ...process.env, MISSION_PAGES: missionPages },
    encoding: "utf-8",
  });
  if (result.status !== 0) throw new Error(`build with MISSION_PAGES=${missionPages} failed:\n${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const pages = missionsWithPages({ MISSION_PAGES: "all" }).length;
const times: Record<string, number[]> = { all: [], none: [] };
// One warm-up build so that both variants find Framework's caches of npm bundles filled.
timeBuild("none");
for (let run = 1; run <= runs; run++) {
  for (const variant of ["all", "none"]) {
    const seconds = timeBuild(variant);
    times[variant].push(seconds);
    process.stderr.write(`run ${run}/${runs}, MISSION_PAGES=${variant}: ${seconds.toFixed(1)} s\n`);
  }
}
const row = (name: string, xs: number[]) =>
  `${name.padEnd(22)} ${median(xs).toFixed(1).padStart(7)} ${Math.min(...xs).toFixed(1).padStart(7)} ${Math.max(...xs).toFixed(1).padStart(7)}`;
console.log(`${"build".padEnd(22)} ${"median".padStart(7)} ${"min".padStart(7)} ${"max".padStart(7)}   (seconds, ${runs} runs each)`);
console.log(row(`with ${pages} mission pages`, times.all));
console.log(row("without mission pages", times.none));
console.log(`added per mission page: ${((median(times.all) - median(times.none)) / pages).toFixed(3)} s (difference of medians / ${pages})`);
