/**
 * `npm run dev`: Framework's preview, plus a watcher that makes it follow the pipelines.
 *
 * The preview re-runs a loader only when the loader's own file changes. This watches what the
 * loaders read (data-loaders/, src/components/, the curated tables, the upstream mirror) and,
 * on a change, touches every loader it feeds (scripts/loader-deps.ts); the preview then re-runs
 * them and updates the open pages. A loader that fails prints its error here.
 *
 *   npm run dev [-- --port 3000]
 */
import { spawn } from "node:child_process";
import { existsSync, watch, utimesSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { curatedDir } from "../data-loaders/curated.js";
import { projectRoot, resolveUpstream } from "../data-loaders/fetch.js";
import { sources } from "../data-loaders/sources.js";
import { loaderPattern, loadersFedBy } from "./loader-deps.js";

const { values } = parseArgs({
  options: { port: { type: "string", default: "3000" }, host: { type: "string", default: "127.0.0.1" } },
});

const upstreamDirs = Object.values(sources).flatMap((source) => {
  try {
    return [dirname(resolveUpstream(source).path)];
  } catch {
    // The build will say what is missing; the preview still starts.
    return [];
  }
});
const watched = [...new Set([join(projectRoot, "data-loaders"), join(projectRoot, "src", "components"), join(projectRoot, "src", "data"), curatedDir, ...upstreamDirs])];

const preview = spawn(join(projectRoot, "node_modules", ".bin", "observable"), ["preview", "--host", values.host, "--port", values.port, "--no-open"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true" },
});
preview.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));

let pending = new Set<string>();
let timer: NodeJS.Timeout | undefined;
async function refresh(): Promise<void> {
  const changed = [...pending];
  pending = new Set();
  const loaders = await loadersFedBy(changed, { curatedDir, upstreamDirs });
  if (!loaders.length) return;
  const now = new Date();
  for (const loader of loaders) utimesSync(join(projectRoot, loader), now, now);
  const names = changed.map((file) => relative(projectRoot, file)).join(", ");
  process.stderr.write(`dev: ${names} changed; refreshing ${loaders.map((l) => l.replace(/^src\/data\/|\.ts$/g, "")).join(", ")}\n`);
}

for (const dir of watched) {
  if (!existsSync(dir)) continue;
  watch(dir, { recursive: true }, (_event, name) => {
    if (!name) return;
    const file = resolve(dir, name.toString());
    // Framework watches the loaders themselves; touching them must not start another round.
    if (loaderPattern.test(relative(projectRoot, file)) || file.includes("/.observablehq/")) return;
    pending.add(file);
    clearTimeout(timer);
    // Editors write a file in several steps; act once they are done.
    timer = setTimeout(() => void refresh().catch((error) => process.stderr.write(`dev: ${(error as Error).message}\n`)), 100);
  });
}
process.stderr.write(`dev: following ${watched.map((dir) => relative(projectRoot, dir) || ".").join(", ")}\n`);
