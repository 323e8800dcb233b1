/**
 * `npm run build`: builds the report into a fresh folder and swaps it in only on success.
 *
 * Framework's build reuses cached loader output even when a module the loader imports has
 * changed ("[using stale]"), so loader output is kept only when nothing it depends on changed
 * since the last successful build (scripts/loader-cache.ts); otherwise it is removed and every
 * loader runs again. Framework's own caches of bundled libraries (folders starting with "_")
 * are kept: they depend on package-lock.json alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "../data-loaders/fetch.js";
import { cacheDir, canReuseLoaderOutput, clearLoaderOutput, loaderInputsFingerprint, recordLoaderOutput } from "./loader-cache.js";
import config from "../observablehq.config.js";
import { filesUnder } from "./files.js";
import { writeManifest } from "./manifest.js";
import { prerenderSite } from "./prerender.js";
import { pinLastModified, sourceDateEpoch } from "./source-date.js";

const { values } = parseArgs({
  options: { output: { type: "string", default: "dist" } },
});
const output = resolve(projectRoot, values.output);
const staging = resolve(projectRoot, ".build", `site-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build failed: ${message}`);
  console.error(existsSync(output) ? `${values.output}/ was left as it was.` : `nothing was written to ${values.output}/.`);
  process.exit(1);
}

const fingerprint = loaderInputsFingerprint();
if (canReuseLoaderOutput(fingerprint)) {
  console.log("loaders: nothing they read changed since the last successful build; their output is reused");
} else {
  clearLoaderOutput();
  console.log("loaders: inputs changed (or no record of the last build); every loader runs");
}
mkdirSync(resolve(projectRoot, ".build"), { recursive: true });
const framework = join(projectRoot, "node_modules", ".bin", "observable");
const result = spawnSync(framework, ["build"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, REPORT_OUTPUT: staging, OBSERVABLE_TELEMETRY_DISABLE: "true" },
});
if (result.error) fail(`could not start Observable Framework (${result.error.message}); run npm ci first`);
if (result.status !== 0) fail(`Observable Framework exited with status ${result.status ?? result.signal}`);
if (!existsSync(join(staging, "index.html"))) fail("the build wrote no index.html");
// Draft notebooks preview but are never published; Framework skips a page only if it says draft: true.
const publishedDrafts = filesUnder(staging, "drafts");
if (publishedDrafts.length) {
  fail(`src/drafts/ holds pages without "draft: true" in their front matter, which would be published: ${publishedDrafts.join(", ")}`);
}

let sourceDate: number;
try {
  sourceDate = sourceDateEpoch();
} catch (error) {
  fail((error as Error).message);
}
for (const page of filesUnder(staging).filter((file) => file.endsWith(".html"))) {
  const file = join(staging, page);
  // Framework writes <html> without a language; screen readers need it to pick a voice.
  const html = readFileSync(file, "utf-8").replace(/<html>/, '<html lang="en">');
  writeFileSync(file, pinLastModified(html, sourceDate));
}

try {
  const started = Date.now();
  const prerendered = await prerenderSite(staging, { cacheDir: join(cacheDir, "_prerender"), log: (line) => console.log(line) });
  console.log(
    `static render: ${prerendered.pages} pages, ${prerendered.cells} cells (${prerendered.rendered} pages rendered, ` +
      `${prerendered.reused} reused) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  fail((error as Error).message);
}

const manifest = writeManifest(staging, sourceDate, config.title);
console.log(`manifest: ${manifest.inputs.length} inputs and ${manifest.outputs.length} published files, with their sha256, in manifest.json`);

recordLoaderOutput(fingerprint);

const previous = `${output}.previous-${process.pid}`;
if (existsSync(output)) renameSync(output, previous);
renameSync(staging, output);
rmSync(previous, { recursive: true, force: true });
console.log(`report written to ${values.output}/`);
