/**
 * When the build may reuse Framework's cached loader output. Framework reuses a cached file
 * whenever it is newer than its loader, even after a module the loader imports, a curated table
 * or an upstream file changed. The build therefore records, at each successful build, a
 * fingerprint and the hash of every loader input, with the hashes of the cached outputs; at the
 * next build it keeps the output of the loaders that nothing they read has touched, and deletes
 * the rest (loadersToRun), or all of it when it cannot tell.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { projectRoot, sha256 } from "../../data-loaders/fetch.js";
import { loadersFedBy } from "../dev/loader-deps.js";
import { missionPagesKey } from "../../data-loaders/missions.js";
import type { ManifestEntry } from "./manifest.js";
import { editions, locales } from "../../src/components/i18n/editions.js";

export const cacheDir = join(projectRoot, "src", ".observablehq", "cache");
const recordPath = join(cacheDir, ".loader-inputs.json");

/**
 * The inputs (scripts/build/manifest.ts, `buildInputs`) that can change what a loader writes: the
 * pipelines, the loaders, the components and page templates they import, the page loaders, the
 * upstream files, the curated tables and reviewed values wherever they are kept, the locked
 * dependencies. Not the style sheet or the scripts that only build around them.
 */
const loaderInput =
  /^(data-loaders\/|src\/data\/|src\/components\/|upstream\/|curated\/|reviewed\/)|(\.md\.sh|\.page\.ts)$|^(scripts\/build\/(pages|render-page)\.ts|observablehq\.config\.ts|package-lock\.json)$/;

export function loaderInputsFingerprint(inputs: ManifestEntry[], env: NodeJS.ProcessEnv = process.env): string {
  const parts = inputs.filter((input) => loaderInput.test(input.path)).map((input) => `${input.path} ${input.sha256}`);
  // The settings that change what the loaders write, as the build reads them.
  parts.push(`env MISSION_PAGES=${missionPagesKey(env)}`, `env PAGE_RENDERING=${env.PAGE_RENDERING ?? ""}`);
  return sha256(parts.join("\n"));
}

/** The loader output files in the cache (Framework's own bundles, in folders starting with "_", excluded). */
export function loaderOutputs(): Record<string, string> {
  if (!existsSync(cacheDir)) return {};
  const outputs: Record<string, string> = {};
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const files = entry.isFile()
      ? [join(cacheDir, entry.name)]
      : readdirSync(join(cacheDir, entry.name), { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name));
    for (const file of files) outputs[relative(cacheDir, file)] = sha256(readFileSync(file));
  }
  return outputs;
}

interface LoaderRecord {
  inputs: string;
  /** Each loader input's sha256 at the last successful build, by path, to find what changed. */
  entries?: Record<string, string>;
  outputs: Record<string, string>;
}

function readRecord(): LoaderRecord | null {
  if (!existsSync(recordPath)) return null;
  try {
    return JSON.parse(readFileSync(recordPath, "utf-8")) as LoaderRecord;
  } catch {
    return null;
  }
}

export function recordLoaderOutput(fingerprint: string, inputs: ManifestEntry[] = []): void {
  const entries = Object.fromEntries(inputs.filter((input) => loaderInput.test(input.path)).map((input) => [input.path, input.sha256]));
  writeFileSync(recordPath, JSON.stringify({ inputs: fingerprint, entries, outputs: loaderOutputs() } satisfies LoaderRecord, null, 2));
}

/** Inputs whose change may change every loader's output: the dependencies, the config, the renderer. */
const everyLoader = /^(package-lock\.json|observablehq\.config\.ts|scripts\/build\/(pages|render-page)\.ts)$/;

/**
 * The loaders whose output must be made again, from what changed since the last successful build:
 * "all" when there is no usable record, a cached output was changed behind the build's back, a
 * setting or an input every loader depends on changed, or a changed file feeds no loader the
 * import graph knows (scripts/dev/loader-deps.ts); otherwise the loaders the changed files feed,
 * through their imports, possibly none. Editing a chart re-runs the pages that draw it, not the
 * downloads.
 */
export async function loadersToRun(
  fingerprint: string,
  inputs: ManifestEntry[],
  { curatedDir, upstreamDir }: { curatedDir: string; upstreamDir: string },
): Promise<"all" | string[]> {
  const record = readRecord();
  if (!record?.entries || JSON.stringify(record.outputs) !== JSON.stringify(loaderOutputs())) return "all";
  if (record.inputs === fingerprint) return [];
  const now = Object.fromEntries(inputs.filter((input) => loaderInput.test(input.path)).map((input) => [input.path, input.sha256]));
  const changed = [...new Set([...Object.keys(now), ...Object.keys(record.entries)])].filter((path) => now[path] !== record.entries![path]);
  // Nothing in the files: a setting (MISSION_PAGES, PAGE_RENDERING) changed, which every loader reads.
  if (changed.length === 0 || changed.some((path) => everyLoader.test(path))) return "all";
  // The import graph follows modules and the tables they read; any other file (a shell script the
  // page loaders source, a JSON file a module reads) may feed any loader.
  if (changed.some((path) => !/\.(ts|md\.sh)$|^(curated|upstream|reviewed)\//.test(path))) return "all";
  const files = changed.map((path) =>
    path.startsWith("curated/")
      ? join(curatedDir, path.slice("curated/".length))
      : path.startsWith("upstream/")
        ? join(upstreamDir, path.slice("upstream/".length))
        : path.startsWith("reviewed/")
          ? "src/components/render/review.ts"
          : path,
  );
  // Many changed files (a checkout far from the last build): everything is simpler and as fast.
  if (changed.length > 20) return "all";
  const loaders = new Set(await loadersFedBy(files, { curatedDir, upstreamDirs: [upstreamDir] }));
  for (const path of changed) if (path.endsWith(".md.sh")) loaders.add(path);
  // Changed files that feed no loader the graph knows of: it cannot say what they change.
  if (loaders.size === 0) return "all";
  return [...loaders].sort();
}

/**
 * Framework's cached outputs of a loader: src/data/tables.zip.ts → data/tables.zip and data/tables/;
 * src/flights.md.sh → flights.md; src/[edition]/flights.md.sh → fr/flights.md, one per edition
 * but the root one, as Framework caches each page at its own path.
 */
export function outputsOf(loader: string): string[] {
  const path = loader.replace(/^src\//, "");
  if (path.endsWith(".md.sh")) {
    const page = path.slice(0, -".sh".length);
    const editionFolders = page.startsWith("[edition]/")
      ? locales.filter((locale) => editions[locale].prefix !== "").map((locale) => editions[locale].prefix.slice(1))
      : [""];
    return editionFolders.flatMap((edition) => pageOutputs(page, edition));
  }
  const output = path.slice(0, -".ts".length);
  return [output, output.replace(/\.(zip|tar|tgz|tar\.gz)$/, "")];
}

/** The cached pages a page loader (`page`: "[edition]/missions/[mission].md") made in one edition's folder ("fr", or "" for the root). */
function pageOutputs(page: string, edition: string): string[] {
  const cachedPage = edition ? page.replace(/^\[edition\]/, edition) : page;
  if (!/\[\w+\]/.test(cachedPage)) return [cachedPage];
  // A parameterized page loader made every page of its folder that no page loader of its own makes.
  const folder = dirname(page);
  const own = new Set(
    readdirSync(join(projectRoot, "src", folder))
      .filter((name) => name.endsWith(".md.sh") && !name.startsWith("["))
      .map((name) => name.slice(0, -".sh".length)),
  );
  const cachedFolder = dirname(cachedPage);
  const cached = existsSync(join(cacheDir, cachedFolder)) ? readdirSync(join(cacheDir, cachedFolder)) : [];
  return cached.filter((name) => name.endsWith(".md") && !own.has(name)).map((name) => join(cachedFolder, name));
}

/** Deletes the output of the given loaders, or of every loader, so that Framework runs them again. */
export function clearLoaderOutput(loaders: "all" | string[] = "all"): void {
  if (!existsSync(cacheDir)) return;
  if (loaders === "all") {
    for (const entry of readdirSync(cacheDir)) {
      if (!entry.startsWith("_")) rmSync(join(cacheDir, entry), { recursive: true, force: true });
    }
    return;
  }
  for (const output of loaders.flatMap(outputsOf)) rmSync(join(cacheDir, output), { recursive: true, force: true });
}
