/**
 * `npm run dev`: Framework's preview, plus a watcher that makes it follow the pipelines.
 *
 * The preview re-runs a loader only when the loader's own file changes. This watches what the
 * loaders read (data-loaders/, the modules and page templates in src/, the curated tables, the
 * upstream mirror) and, on a change, touches every loader it feeds (scripts/dev/loader-deps.ts): data
 * loaders and page loaders alike; the preview then re-runs them and updates the open pages. A page
 * is rendered on request (scripts/build/render-page.ts); one that fails shows its error instead. A loader that fails prints its error here, and every open
 * page shows it in a banner (served on the next port, read by a script that only the preview's
 * pages carry: observablehq.config.ts adds it when DEV_ERRORS_URL is set) until the next save.
 *
 *   npm run dev [-- --port 3000]
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { existsSync, statSync, utimesSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import chokidar from "chokidar";
import { curatedDir } from "../../data-loaders/curated.js";
import { projectRoot, resolveUpstream } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";
import { parseCli } from "../cli.js";
import { loaderPattern, loadersFedBy } from "./loader-deps.js";
import { cacheDir } from "../build/loader-cache.js";
import { startErrorsBoard } from "./errors-server.js";

const { values } = parseCli({
  usage: "npm run dev -- [options]",
  summary: "Framework's live preview, which re-runs the pipelines and pages when their inputs change and shows errors on the open pages.",
  options: { port: { type: "string", default: "3000" }, host: { type: "string", default: "127.0.0.1" } },
  describe: { port: "Port of the preview; the error banner is served on the next one.", host: "Address to listen on." },
  environment: {
    MISSION_PAGES: 'Mission pages the preview offers: "all" (default), "none", or acronyms ("MINUSMA,UNFICYP").',
    UPSTREAM_DIR: "Folder holding the pinned upstream files (default: ../shared/data/upstream).",
    CURATED_DIR: "Folder holding the curated tables (default: data-loaders/curated).",
  },
});

const upstreamDirs = Object.values(sources).flatMap((source) => {
  try {
    return [dirname(resolveUpstream(source).path)];
  } catch {
    // The build will say what is missing; the preview still starts.
    return [];
  }
});
const watched = [...new Set([join(projectRoot, "data-loaders"), join(projectRoot, "src"), curatedDir, ...upstreamDirs])];

// The error board: the loaders post what fails, the preview's open pages show it (errors-server.ts).
const errorsPort = Number(values.port) + 1;
const previewOrigins = [
  `http://${values.host}:${values.port}`,
  ...(values.host === "127.0.0.1" ? [`http://localhost:${values.port}`] : []),
];
const board = await startErrorsBoard({ host: values.host, port: errorsPort, previewOrigins });

const preview = spawn(
  join(projectRoot, "node_modules", ".bin", "observable"),
  ["preview", "--host", values.host, "--port", values.port, "--no-open"],
  {
    cwd: projectRoot,
    stdio: ["inherit", "inherit", "pipe"],
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", DEV_ERRORS_URL: board.url, DEV_ERRORS_TOKEN: board.token },
  },
);
// Loaders write to stderr; pass it on. Their problems reach the banner as records, above.
createInterface({ input: preview.stderr! }).on("line", (line) => process.stderr.write(`${line}\n`));
preview.on("exit", (code) => {
  void board.close();
  process.exit(code ?? 0);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));

let pending = new Set<string>();
let timer: NodeJS.Timeout | undefined;
async function refresh(): Promise<void> {
  const changed = [...pending];
  pending = new Set();
  // A save may fix the input: the errors are whatever the re-run loaders report next.
  board.clear();
  const loaders = await loadersFedBy(changed, { curatedDir, upstreamDirs });
  if (!loaders.length) return;
  const now = new Date();
  // Page loaders first. Touching a data loader makes the preview reload every open page that links
  // its output, and a page whose own loader is not yet touched then loads as fresh; a touch of that
  // page loader a moment later joins the load already under way instead of starting one, and the
  // page keeps the output of the old input (seen as a fixed bad row that stayed on the page).
  const pagesFirst = [...loaders].sort((a, b) => Number(!a.endsWith(".md.sh")) - Number(!b.endsWith(".md.sh")));
  for (const loader of pagesFirst) utimesSync(join(projectRoot, loader), now, now);
  const names = changed.map((file) => relative(projectRoot, file)).join(", ");
  process.stderr.write(`dev: ${names} changed; refreshing ${loaders.map((l) => l.replace(/^src\/data\/|\.ts$/g, "")).join(", ")}\n`);
  setTimeout(() => touchAgainIfNotRun(loaders, now), RETOUCH_AFTER_MS);
}

/** How long after touching a page loader its page, if open, has surely started loading again. */
const RETOUCH_AFTER_MS = 1500;

/**
 * A safety net for a touch the preview did not act on (its file watcher sometimes reports none):
 * each page loader of its own path whose output was not written since the touch is touched again.
 * A page that is not open has nothing written and nothing to load, so the second touch costs
 * nothing; a page that is loading has its output written later than the second touch, so it is
 * not loaded twice.
 */
function touchAgainIfNotRun(loaders: string[], touched: Date): void {
  const again = new Date();
  for (const loader of loaders) {
    if (!loader.endsWith(".md.sh") || /\[\w+\]/.test(loader)) continue;
    const output = join(cacheDir, loader.replace(/^src\//, "").replace(/\.sh$/, ""));
    const written = existsSync(output) ? statSync(output).mtimeMs : 0;
    if (written < touched.getTime() && existsSync(join(projectRoot, loader))) utimesSync(join(projectRoot, loader), again, again);
  }
}

// chokidar rather than fs.watch: Node's recursive watcher on Linux loses a file that an editor
// saves by writing a new copy and renaming it over the old one.
const watcher = chokidar.watch(watched.filter(existsSync), {
  ignoreInitial: true,
  // Framework watches the loaders themselves; touching them must not start another round.
  ignored: (path) => loaderPattern.test(relative(projectRoot, path)) || path.includes("/.observablehq/"),
});
watcher.on("all", (_event, file) => {
  pending.add(resolve(file));
  clearTimeout(timer);
  // Editors write a file in several steps; act once they are done.
  timer = setTimeout(() => void refresh().catch((error) => process.stderr.write(`dev: ${(error as Error).message}\n`)), 100);
});
await new Promise<void>((ready) => watcher.once("ready", () => ready()));
process.stderr.write(`dev: following ${watched.map((dir) => relative(projectRoot, dir) || ".").join(", ")}\n`);
