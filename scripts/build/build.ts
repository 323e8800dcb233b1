/**
 * `npm run build`: builds the report into a fresh folder and swaps it in only on success. No
 * browser is involved: pages, charts and tables are rendered in Node.
 *
 * The steps, in order:
 *  0. up to date: if the site in the output folder was built from exactly the same inputs (same
 *     build key in its manifest, scripts/build/manifest.ts) and is intact, there is nothing to do;
 *     `--force` builds anyway;
 *  1. loaders: keep Framework's cached loader output only if nothing a loader reads changed since
 *     the last successful build (scripts/build/loader-cache.ts): Framework itself would reuse it even
 *     after a module it imports changed ("[using stale]");
 *  1b. tidy: parse the UN file once into the tidy cache (data-loaders/tidy-cache.ts), which
 *     every later reader of this build takes it from;
 *  2. pages: render every page's Markdown in this process (scripts/build/pages.ts), once per set of
 *     inputs; the page loaders that Framework runs print it;
 *  3. framework: `observable build` into .build/site-<pid>/;
 *  4. html: the `lang` of every page, and the Content-Security-Policy (scripts/build/security.ts),
 *     in each page and in _headers;
 *  5. manifest.json;
 *  6. the new site replaces dist/ (scripts/build/publish.ts: renames, or a copy first when the
 *     output is on another file system; the previous site is put back if any step fails).
 *
 * One build at a time per project: a second one stops at once, naming the first
 * (`takeBuildLock`). What a killed build left behind is cleaned up by the next one.
 *
 * A build with MISSION_PAGES narrowed is partial: its mission index would link pages it does not
 * have, so it goes to dist-partial/ (or --output), never dist/, and its manifest says so.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { projectRoot, resolveUpstream, upstreamFolders } from "../../data-loaders/fetch.js";
import { reviewedPath } from "../../src/components/render/review.js";
import { sources } from "../../data-loaders/sources.js";
import { curatedDir } from "../../data-loaders/curated.js";
import { narrowsMissionPages } from "../../data-loaders/missions.js";
import { checkWritable, occupiedOutput, outputRefusal, type BuildInputFolder } from "./output.js";
import { cachedCasualtiesExists, casualtiesKey, tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { cleanLeftovers, PublishError, publishSite, takeBuildLock } from "./publish.js";
import { headersFile, sitePolicy, withPolicy } from "./security.js";
import { pagePathOfFile, withPageHead } from "./page-head.js";
import { chartCountGaps } from "./edition-charts.js";
import { numberGaps } from "./edition-numbers.js";
import { makingOfText } from "./reader-words.js";
import { deskFaults, describeFaults } from "./desk-rules.js";
import { putBackImages, setAsideImagesIn } from "./chart-images.js";
import { editionGaps } from "../../src/components/i18n/editions.js";
import { message } from "../../src/components/i18n/messages.js";
import { parseCli } from "../cli.js";
import { filesUnder } from "../files.js";
import { clearLoaderOutput, loaderInputsFingerprint, loadersToRun, recordLoaderOutput } from "./loader-cache.js";
import { buildInputs, buildKey, isUpToDate, notPlainFiles, writeManifest } from "./manifest.js";
import { renderSite, sitePagePaths } from "./pages.js";
import { sourceDateEpoch } from "./source-date.js";

const { values } = parseCli({
  usage: "npm run build -- [options]",
  summary:
    "Builds the report into a fresh folder and swaps it in only if every step succeeds; what was published before stays as it was otherwise.",
  options: { output: { type: "string" }, force: { type: "boolean", default: false } },
  describe: {
    output:
      "Folder to write the site into, relative to the project (default: dist, or dist-partial when MISSION_PAGES leaves out missions).",
    force: "Build even when the site in the output folder was made from the same inputs.",
  },
  environment: {
    MISSION_PAGES:
      'Mission pages to draw: "all" (default), "none", or acronyms ("MINUSMA,UNFICYP"). Anything but "all" is a partial build.',
    UPSTREAM_DIR: "Folder holding the pinned upstream files (default: ../shared/data/upstream).",
    CURATED_DIR: "Folder holding the curated tables (default: data-loaders/curated).",
    CLAIMS_REVIEWED: "File of reviewed figures (default: src/data/claims.reviewed.json).",
    SOURCE_DATE_EPOCH: "The time written into the manifest, in seconds (default: from the inputs).",
    PAGE_RENDERING: '"per-page" leaves each page to its own page loader, as the preview does (for benchmarks).',
  },
});
let partial: boolean;
try {
  partial = narrowsMissionPages();
} catch (error) {
  console.error(`build refused: ${(error as Error).message}`);
  process.exit(2);
}
const outputName = values.output ?? (partial ? "dist-partial" : "dist");
const output = resolve(projectRoot, outputName);
if (partial && output === resolve(projectRoot, "dist")) {
  console.error(
    `build refused: MISSION_PAGES=${process.env.MISSION_PAGES} draws only some mission pages, and a partial site never replaces the full one in dist/ (its index would link pages it does not have). Leave out --output to write it to dist-partial/.`,
  );
  process.exit(2);
}
// The swap at the end deletes what was in the output folder: never a folder the build reads,
// never a folder of the user's.
const inputFolders: BuildInputFolder[] = [
  ...["data-loaders", "src", "scripts", "tests", "docs", "node_modules", ".git"].map((dir) => ({
    label: "the project's sources",
    path: resolve(projectRoot, dir),
  })),
  { label: "the curated tables (CURATED_DIR)", path: curatedDir },
  ...upstreamFolders().map((folder) => ({ label: `the pinned upstream files (${folder.label})`, path: folder.dir })),
  { label: "the reviewed figures (CLAIMS_REVIEWED)", path: reviewedPath },
];
const refusal = outputRefusal(output, inputFolders, projectRoot) ?? occupiedOutput(output);
if (refusal) {
  console.error(
    `build refused: --output ${outputName}: ${refusal}. The build replaces its output folder whole: choose a new or empty folder, or one holding a site this project built.`,
  );
  process.exit(2);
}
try {
  checkWritable(output);
} catch (error) {
  console.error(`build refused: --output ${outputName}: ${(error as Error).message}`);
  process.exit(2);
}
if (partial)
  console.log(
    `partial build (MISSION_PAGES=${process.env.MISSION_PAGES}): writing to ${outputName}/, not dist/; its manifest records that it is partial`,
  );
const buildDir = resolve(projectRoot, ".build");
const staging = join(buildDir, `site-${process.pid}`);
const renderedPages = join(buildDir, "pages");

let releaseLock: () => void;
try {
  releaseLock = takeBuildLock(join(buildDir, "build.lock"));
} catch (error) {
  console.error(`build refused: ${(error as Error).message}`);
  process.exit(1);
}
process.on("exit", () => releaseLock());
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build stopped (${signal}); ${outputName}/ was left as it was`);
    process.exit(130);
  });
/** Set when a failed swap left the new site in the staging folder for the user to take. */
let keepStaging = false;
/** Stops the build; `saysWhere` when the message already tells where the sites are (a failed swap). */
function fail(message: string, saysWhere = false): never {
  if (!keepStaging) rmSync(staging, { recursive: true, force: true });
  console.error(`build failed: ${message}`);
  if (!saysWhere) console.error(existsSync(output) ? `${outputName}/ was left as it was.` : `nothing was written to ${outputName}/.`);
  process.exit(1);
}

try {
  for (const line of cleanLeftovers(buildDir, output)) console.log(`cleanup: ${line}`);
} catch (error) {
  fail(`cleanup: ${(error as Error).message}`);
}

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await run();
    console.log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    fail(`${name}: ${(error as Error).message}`, error instanceof PublishError);
  }
}

const { inputs, key } = await step("inputs", () => {
  const inputs = buildInputs();
  return { inputs, key: buildKey(inputs) };
});
if (!values.force && isUpToDate(output, key)) {
  console.log(
    `nothing changed since the site in ${outputName}/ was built (build key ${key.slice(0, 12)}, every file intact); it is up to date`,
  );
  process.exit(0);
}

const fingerprint = loaderInputsFingerprint(inputs);

await step("loaders", async () => {
  const upstreamDir = resolveUpstream(sources.unFatalities).folder.dir;
  const toRun = await loadersToRun(fingerprint, inputs, { curatedDir, upstreamDir });
  if (toRun === "all") {
    clearLoaderOutput();
    console.log("loaders: inputs changed (or no record of the last build); every loader runs");
  } else if (toRun.length === 0) {
    console.log("loaders: nothing they read changed since the last successful build; their output is reused");
  } else {
    clearLoaderOutput(toRun);
    const pages = toRun.filter((loader) => loader.endsWith(".md.sh")).length;
    console.log(
      `loaders: ${toRun.length} read what changed and run again (${pages} page loader${pages === 1 ? "" : "s"}${toRun.length > pages ? `, ${toRun.filter((loader) => !loader.endsWith(".md.sh")).join(", ")}` : ""}); the others' output is reused`,
    );
  }
});

// The UN file is parsed here, once; every later reader in this build (the pages, Framework's
// config, the loaders) takes its table from the tidy cache (data-loaders/tidy-cache.ts).
await step("tidy", async () => {
  const key = casualtiesKey();
  if (cachedCasualtiesExists(key)) return console.log("tidy: the casualties table of this file and this code is in the cache");
  await tidyCasualties();
});

// Rendered pages are kept by the fingerprint of everything they are made from. PAGE_RENDERING=
// per-page leaves each page to its own page loader process, as in `npm run dev` (for
// `npm run bench:missions`, which compares the two).
const perPage = process.env.PAGE_RENDERING === "per-page";
const pagesDir = join(renderedPages, fingerprint.slice(0, 16));
await step("pages", async () => {
  if (perPage) return console.log("pages: each page is rendered by its own page loader (PAGE_RENDERING=per-page)");
  if (existsSync(pagesDir)) return console.log(`pages: reused, rendered earlier from the same inputs (${pagesDir})`);
  const paths = await sitePagePaths();
  const gaps = editionGaps(paths);
  if (gaps.length) throw new Error(`the two editions do not match page for page:\n  ${gaps.join("\n  ")}`);
  await renderSite(pagesDir, paths, (line) => console.log(line));
  console.log(`pages: ${paths.length} pages rendered into ${pagesDir}`);
});

await step("framework", () => {
  mkdirSync(resolve(projectRoot, ".build"), { recursive: true });
  const result = spawnSync(join(projectRoot, "node_modules", ".bin", "observable"), ["build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: {
      ...process.env,
      REPORT_OUTPUT: staging,
      ...(perPage ? {} : { REPORT_PAGES_DIR: pagesDir }),
      OBSERVABLE_TELEMETRY_DISABLE: "true",
    },
  });
  if (result.error) throw new Error(`could not start Observable Framework (${result.error.message}); run npm ci first`);
  if (result.status !== 0) throw new Error(`Observable Framework exited with status ${result.status ?? result.signal}`);
  if (!existsSync(join(staging, "index.html"))) throw new Error("the build wrote no index.html");
  // Draft notebooks preview but are never published; Framework skips a page only if it says draft: true.
  const publishedDrafts = filesUnder(staging, "drafts");
  if (publishedDrafts.length) {
    throw new Error(
      `src/drafts/ holds pages without "draft: true" in their front matter, which would be published: ${publishedDrafts.join(", ")}`,
    );
  }
});

await step("html", async () => {
  const pages = filesUnder(staging)
    .filter((file) => file.endsWith(".html"))
    .map((page) => ({ page, html: readFileSync(join(staging, page), "utf-8") }));
  const chartGaps = chartCountGaps(pages);
  if (chartGaps.length) throw new Error(`the two editions do not draw the same charts:\n  ${chartGaps.join("\n  ")}`);
  const policy = sitePolicy(pages);
  const published = new Set(pages.map(({ page }) => page));
  // The chart images the pages step set aside while Framework parsed the pages (chart-images.ts).
  const images = perPage ? new Map<string, string>() : setAsideImagesIn(pagesDir);
  const finished = pages.map(({ page, html }) => ({
    page,
    html: withPageHead(withPolicy(putBackImages(html, images, page), policy, page), page, published),
  }));
  // On every build that publishes, on the pages as readers get them: a check whose pass were
  // cached with the rendered pages could be skipped by a build killed at the wrong moment.
  const numbers = numberGaps(new Map(finished.map(({ page, html }) => [pagePathOfFile(page), html])));
  if (numbers.length) throw new Error(`the two editions do not print the same numbers in the same places:\n  ${numbers.join("\n  ")}`);
  const readerPages = new Map(finished.map(({ page, html }) => [pagePathOfFile(page), html]));
  // Framework prints a code block that does not parse as its error, in the page, and builds on:
  // a page whose script (the missions index's search) was broken would be published showing it.
  const broken = finished.flatMap(({ page, html }) =>
    [...html.matchAll(/observablehq--error">([^<]*)</g)].map(([, error]) => `${page}: ${error}`),
  );
  if (broken.length) throw new Error(`pages show an error from their own code:\n  ${broken.join("\n  ")}`);
  const makingOf = makingOfText(readerPages);
  if (makingOf.length) throw new Error(`pages speak of how the report was made instead of its subject:\n  ${makingOf.join("\n  ")}`);
  const deskStarted = performance.now();
  const desk = describeFaults(await deskFaults(readerPages, staging));
  console.log(`desk: ${readerPages.size} pages read for style and spelling in ${((performance.now() - deskStarted) / 1000).toFixed(1)} s`);
  if (desk.length)
    throw new Error(
      `${desk.length} faults against the copy desk's rules (the house style: src/components/i18n/house-style.ts; names and acronyms: src/components/i18n/words/<locale>.txt):\n  ${desk.join("\n  ")}`,
    );
  for (const { page, html } of finished) writeFileSync(join(staging, page), html);
  writeFileSync(join(staging, "_headers"), headersFile(policy));
  console.log(
    `html: ${pages.length} pages given their language, their other edition's address and the Content-Security-Policy (also in _headers); both editions print the same numbers in the same places, no page speaks of how it was made, and every page keeps the desk's style and spelling`,
  );
});

// The one time written into the site, in its manifest: from the inputs, never the clock.
const sourceDate = await step("source date", () => sourceDateEpoch());

await step("manifest", () => {
  const unpublishable = notPlainFiles(staging);
  if (unpublishable.length) throw new Error(`the site must hold plain files only:\n  ${unpublishable.join("\n  ")}`);
  const manifest = writeManifest(staging, sourceDate, message("en", "site.title"), inputs);
  console.log(
    `manifest: ${manifest.inputs.length} inputs and ${manifest.outputs.length} published files, with their sha256, in manifest.json`,
  );
});

recordLoaderOutput(fingerprint, inputs);
for (const old of existsSync(renderedPages) ? readdirSync(renderedPages) : [])
  if (join(renderedPages, old) !== pagesDir) rmSync(join(renderedPages, old), { recursive: true, force: true });

await step("publish", () => {
  // What the output held may have changed while the site was built.
  const occupied = occupiedOutput(output);
  if (occupied) throw new Error(`${outputName}/ can no longer be replaced: ${occupied}`);
  try {
    for (const warning of publishSite(staging, output)) console.warn(`publish: ${warning}`);
  } catch (error) {
    keepStaging = error instanceof PublishError && error.newSite === staging;
    throw error;
  }
});
console.log(`report written to ${outputName}/`);
