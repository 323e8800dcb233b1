/**
 * `npm run bench`: how fast the report is for the people who use it, in one table of medians
 * (with min and max) over several runs.
 *
 * - build: a cold build in a fresh clone of the committed tree after `npm ci`, and a rebuild
 *   with nothing changed, alternating; with `--baseline <commit>`, a cold build of that commit
 *   too, in a clone of its own, in the same runs;
 * - loaders: the build's own casualties step (the streamed parse into one arquero table, and the
 *   figures of every page) against DuckDB computing the same aggregation, on the real file and on
 *   SYNTHETIC files N times larger (--scale 100,1000), each run in a process of its own;
 * - pages: the story page and a mission page on an emulated slow phone, served gzipped: when the
 *   HTML arrives, when the first chart shows, the bytes transferred; the baseline's pages too.
 *
 *   npm run bench [-- --runs 3] [--only build,loaders,pages] [--scale 100,1000] [--baseline 05119d3]
 *
 * Everything it writes goes under .build/bench/, never into dist/ or the repository.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, resolveUpstream } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";
import { launchChromium } from "../browser/chromium.js";
import { gzippedCopy, measurePageLoad, slowPhone, type PageLoad } from "./pages.js";
import type { PipelineRun } from "./pipeline-run.js";
import { spread, type Spread } from "./stats.js";
import { parseCli, wholeNumber } from "../cli.js";
import { writeSyntheticCasualties } from "./synthetic.js";
import { serveStatic } from "../browser/static-server.js";

const sections = ["build", "loaders", "pages"] as const;
type Section = (typeof sections)[number];

const { values } = parseCli({
  usage: "npm run bench -- [options]",
  summary:
    "Times a cold build and a rebuild, the build's casualties step against DuckDB, and two pages on an emulated slow phone; prints medians with min and max.",
  describe: {
    runs: "Runs of each measure.",
    only: "Sections to run, separated by commas.",
    scale: "How many times larger the synthetic casualties files are than the real one, separated by commas.",
    baseline: "A commit to build and load in the same runs, for comparison.",
  },
  options: {
    runs: { type: "string", default: "3" },
    only: { type: "string", default: sections.join(",") },
    scale: { type: "string", default: "100,1000" },
    baseline: { type: "string" },
  },
});
const runs = wholeNumber("runs", values.runs, { min: 1 });
const only = values.only.split(",").map((name) => name.trim());
for (const name of only) {
  if (!sections.includes(name as Section)) throw new Error(`--only takes ${sections.join(", ")}; not "${name}"`);
}
const scales = values.scale.split(",").map((factor) => wholeNumber("scale", factor.trim(), { min: 2, max: 10_000 }));
const benchDir = join(projectRoot, ".build", "bench");
mkdirSync(benchDir, { recursive: true });
const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

interface Row {
  measure: string;
  unit: string;
  values: Spread;
  digits?: number;
  target?: string;
}
const rows: Row[] = [];
const verdicts: string[] = [];
const seconds = (ms: number) => ms / 1000;
const record = (measure: string, unit: string, xs: number[], digits = 1, target?: string) =>
  rows.push({ measure, unit, values: spread(xs), digits, target });
const judge = (target: string, figure: string, met: boolean) => verdicts.push(`${met ? "MET   " : "MISSED"} ${target}: ${figure}`);

const upstream = resolveUpstream(sources.unFatalities);
// The folder UPSTREAM_DIR must name for the pinned file to be found in it.
const upstreamDir = upstream.path.slice(0, -sources.unFatalities.relativePath.length - 1);

const git = (...args: string[]) => execFileSync("git", args, { cwd: projectRoot, encoding: "utf-8" }).trim();

interface Checkout {
  name: string;
  commit: string;
  dir: string;
}

/** A fresh clone of `commit` after npm ci, as a new machine would have it. */
function checkout(name: string, revision: string): Checkout {
  const commit = git("rev-parse", "--short", revision);
  const dir = join(benchDir, name);
  rmSync(dir, { recursive: true, force: true });
  execFileSync("git", ["clone", "--quiet", projectRoot, dir]);
  execFileSync("git", ["checkout", "--quiet", commit], { cwd: dir });
  progress(`npm ci in a fresh clone of ${commit} (${name})`);
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
  return { name, commit, dir };
}

function timeBuild({ dir }: Checkout, { cold }: { cold: boolean }): number {
  // What a fresh clone has after npm ci: no Framework cache, no loader output, no site.
  if (cold)
    for (const generated of ["src/.observablehq/cache", "dist", ".build"]) rmSync(join(dir, generated), { recursive: true, force: true });
  const env = { ...process.env, UPSTREAM_DIR: upstreamDir, OBSERVABLE_TELEMETRY_DISABLE: "true" };
  const started = performance.now();
  // As a user builds: the baseline may be a commit from before the scripts moved into folders.
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: dir, env, encoding: "utf-8" });
  if (result.status !== 0) throw new Error(`build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
  return seconds(performance.now() - started);
}

// ---------------------------------------------------------------------------------------------
/** The built sites, current first, to measure pages on. */
function benchBuild(): Checkout[] {
  if (git("status", "--porcelain")) progress("the working tree has uncommitted changes; the build is measured on HEAD as committed");
  const current = checkout("clone", "HEAD");
  const baseline = values.baseline ? checkout("baseline", values.baseline) : undefined;
  const cold: number[] = [];
  const warm: number[] = [];
  const baselineCold: number[] = [];
  for (let run = 1; run <= runs; run++) {
    if (baseline) baselineCold.push(timeBuild(baseline, { cold: true }));
    cold.push(timeBuild(current, { cold: true }));
    warm.push(timeBuild(current, { cold: false }));
    progress(
      `build run ${run}/${runs}: cold ${cold.at(-1)!.toFixed(1)} s, rebuild ${warm.at(-1)!.toFixed(1)} s` +
        (baseline ? `, baseline cold ${baselineCold.at(-1)!.toFixed(1)} s` : ""),
    );
  }
  record(`build: cold, fresh clone of ${current.commit} after npm ci`, "s", cold);
  record("build: rebuild, nothing changed", "s", warm);
  const ratios = cold.map((c, i) => warm[i] / c);
  record("build: rebuild / cold (same run)", "×", ratios, 2, "≤ 0.3");
  judge("rebuild with nothing changed ≤ 0.3 of the cold build", spread(ratios).median.toFixed(2), spread(ratios).median <= 0.3);
  if (!baseline) return [current];
  record(`build: cold, baseline ${baseline.commit}`, "s", baselineCold);
  const against = cold.map((c, i) => c / baselineCold[i]);
  record(`build: cold / baseline cold (same run)`, "×", against, 2, "≤ 0.5");
  judge(`cold build ≤ half the cold build of ${baseline.commit}`, spread(against).median.toFixed(2), spread(against).median <= 0.5);
  // The baseline's rebuild as well, for the record beside the current one.
  record(`build: baseline ${baseline.commit} rebuild, nothing changed`, "s", [timeBuild(baseline, { cold: false })]);
  return [current, baseline];
}

// ---------------------------------------------------------------------------------------------
type Engine = "build" | "duckdb";
function pipelineRun(engine: Engine, file: string): PipelineRun {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "scripts/bench/pipeline-run.ts"), "--engine", engine, "--file", file],
    {
      cwd: projectRoot,
      encoding: "utf-8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out) as PipelineRun;
}

/** What the build's casualties step may cost on a SYNTHETIC file: peak memory, a median of the runs. */
const dataStepTargets = { memoryMiB: 2048 };

async function benchLoaders(): Promise<void> {
  const inputs = [{ label: "real file", file: upstream.path, synthetic: false }];
  for (const scale of scales) {
    const synthetic = join(benchDir, `SYNTHETIC-fatalities-x${scale}.csv`);
    progress(`writing the SYNTHETIC file (${scale} copies of the UN file, ids made unique) to ${synthetic}`);
    const made = await writeSyntheticCasualties(upstream.path, synthetic, scale);
    const size = `${made.rows.toLocaleString("en-US")} rows, ${(made.bytes / 1e6).toFixed(0)} MB`;
    inputs.push({ label: `SYNTHETIC x${scale} (${size})`, file: synthetic, synthetic: true });
  }
  for (const { label, file, synthetic } of inputs) {
    const measured: Record<Engine, PipelineRun[]> = { build: [], duckdb: [] };
    for (let run = 1; run <= runs; run++) {
      for (const engine of ["build", "duckdb"] as const) measured[engine].push(pipelineRun(engine, file));
      progress(
        `loaders, ${label}, run ${run}/${runs}: the build's data step ${measured.build.at(-1)!.ms.toFixed(0)} ms, DuckDB ${measured.duckdb.at(-1)!.ms.toFixed(0)} ms`,
      );
    }
    // Both must have counted the same table, or the comparison means nothing.
    const [built, duck] = [measured.build[0], measured.duckdb[0]];
    if (built.checksum !== duck.checksum)
      throw new Error(`on the ${label}, the build's data step and DuckDB disagree on fatalities by mission, year and incident type`);
    progress(`${label}: both give ${built.groups} groups over ${built.rows} people, identical`);
    const timeOf = (engine: Engine) => measured[engine].map((r) => seconds(r.ms));
    const memoryOf = (engine: Engine) => measured[engine].map((r) => r.peakRssBytes / 2 ** 20);
    record(`loaders: the build's data step (parse, tables, figures), ${label}`, "s", timeOf("build"), 2);
    record(`loaders: DuckDB counting the same table, ${label}`, "s", timeOf("duckdb"), 2);
    record(
      `loaders: build step / DuckDB, ${label}`,
      "×",
      measured.build.map((r, i) => r.ms / measured.duckdb[i].ms),
      1,
    );
    record(
      `loaders: the build's data step peak memory, ${label}`,
      "MiB",
      memoryOf("build"),
      0,
      synthetic ? `< ${dataStepTargets.memoryMiB}` : undefined,
    );
    record(`loaders: DuckDB peak memory, ${label}`, "MiB", memoryOf("duckdb"), 0);
    if (synthetic) {
      const memory = spread(memoryOf("build")).median;
      judge(`the build's data step on the ${label} under 2 GiB`, `${memory.toFixed(0)} MiB`, memory < dataStepTargets.memoryMiB);
    }
  }
}

// ---------------------------------------------------------------------------------------------
async function benchPages(sites: { name: string; label: string; dir: string }[]): Promise<void> {
  for (const site of sites)
    if (!existsSync(join(site.dir, "index.html")))
      throw new Error(`no built site in ${site.dir}: run npm run build first, or include the build section`);
  const served = await Promise.all(
    sites.map(async (site) => {
      const copy = join(benchDir, `gzipped-${site.name}`);
      gzippedCopy(site.dir, copy);
      return { ...site, server: await serveStatic({ root: copy, base: "/report/", gzip: true }) };
    }),
  );
  const browser = await launchChromium();
  const pages = [
    { name: "story page", path: "./" },
    { name: "mission page (minusma)", path: "./missions/minusma.html" },
  ];
  try {
    for (const page of pages) {
      const loads: PageLoad[][] = served.map(() => []);
      for (let run = 1; run <= runs; run++) {
        for (const [i, site] of served.entries()) loads[i].push(await measurePageLoad(browser, site.server.url, page.path));
        progress(
          `pages, ${page.name}, run ${run}/${runs}: first chart ${loads.map((l) => `${l.at(-1)!.firstChartMs.toFixed(0)} ms`).join(" vs ")}`,
        );
      }
      for (const [i, site] of served.entries()) {
        const of = (pick: (load: PageLoad) => number) => loads[i].map(pick);
        const judged = page.path === "./" && i === 0;
        const label = `pages: ${page.name}, ${site.label}`;
        record(
          `${label}: HTML document arrived`,
          "ms",
          of((l) => l.documentMs),
          0,
        );
        record(
          `${label}: first chart visible`,
          "ms",
          of((l) => l.firstChartMs),
          0,
        );
        const ratios = of((l) => l.firstChartMs / l.documentMs);
        record(`${label}: first chart / document`, "×", ratios, 1, judged ? "≤ 2.5" : undefined);
        record(
          `${label}: transferred (gzip)`,
          "KiB",
          of((l) => l.transferredBytes / 1024),
          0,
          judged ? "≤ 150" : undefined,
        );
        record(
          `${label}: JavaScript (gzip)`,
          "KiB",
          of((l) => l.javascriptBytes / 1024),
          0,
        );
        record(
          `${label}: requests`,
          "",
          of((l) => l.requests),
          0,
        );
        if (judged) {
          judge(
            "story page: first chart ≤ 2.5× the HTML document's arrival",
            `${spread(ratios).median.toFixed(1)}×`,
            spread(ratios).median <= 2.5,
          );
          const kib = spread(of((l) => l.transferredBytes / 1024)).median;
          judge("story page transfers ≤ 150 KiB gzip", `${kib.toFixed(0)} KiB`, kib <= 150);
        }
      }
    }
  } finally {
    await browser.close();
    await Promise.all(served.map((site) => site.server.close()));
  }
}

// ---------------------------------------------------------------------------------------------
let sites = [{ name: "current", label: "this commit", dir: join(projectRoot, "dist") }];
if (only.includes("build")) {
  sites = benchBuild().map((c, i) => ({
    name: c.name,
    label: i === 0 ? `this commit (${c.commit})` : `baseline (${c.commit})`,
    dir: join(c.dir, "dist"),
  }));
}
if (only.includes("loaders")) await benchLoaders();
if (only.includes("pages")) await benchPages(sites);

const number = (x: number, digits = 1) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const width = Math.max(...rows.map((row) => row.measure.length));
console.log(
  `\n${runs} run(s) each; pages on an emulated slow phone (${slowPhone.viewport.width} px wide, ${slowPhone.latencyMs} ms round trip, ` +
    `${((slowPhone.downloadBytesPerSecond * 8) / 2 ** 20).toFixed(1)} Mbit/s, processor ${slowPhone.cpuSlowdown}× slower), served gzipped\n`,
);
console.log(`${"measure".padEnd(width)}  ${"median".padStart(9)}  ${"min".padStart(9)}  ${"max".padStart(9)}  unit  target`);
for (const row of rows) {
  const cells = [row.values.median, row.values.min, row.values.max].map((x) => number(x, row.digits).padStart(9));
  console.log(`${row.measure.padEnd(width)}  ${cells.join("  ")}  ${row.unit.padEnd(4)}  ${row.target ?? ""}`);
}
console.log("");
for (const verdict of verdicts) console.log(verdict);
