/**
 * When the build may reuse Framework's cached loader output. Framework reuses a cached file
 * whenever it is newer than its loader, even after a module the loader imports, a curated table
 * or an upstream file changed. The build therefore keeps the cache only when a fingerprint of
 * every loader input is the one recorded at the last successful build, and the cached files are
 * still the bytes that build wrote; otherwise every loader runs again.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { projectRoot, sha256 } from "../../data-loaders/fetch.js";
import type { ManifestEntry } from "./manifest.js";

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
/** Settings that change what the loaders write. */
const inputEnv = ["MISSION_PAGES", "PAGE_RENDERING"];

export function loaderInputsFingerprint(inputs: ManifestEntry[], env: NodeJS.ProcessEnv = process.env): string {
  const parts = inputs.filter((input) => loaderInput.test(input.path)).map((input) => `${input.path} ${input.sha256}`);
  for (const name of inputEnv) parts.push(`env ${name}=${env[name] ?? ""}`);
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
  outputs: Record<string, string>;
}

export function canReuseLoaderOutput(fingerprint: string): boolean {
  if (!existsSync(recordPath)) return false;
  const record = JSON.parse(readFileSync(recordPath, "utf-8")) as LoaderRecord;
  return record.inputs === fingerprint && JSON.stringify(record.outputs) === JSON.stringify(loaderOutputs());
}

export function recordLoaderOutput(fingerprint: string): void {
  writeFileSync(recordPath, JSON.stringify({ inputs: fingerprint, outputs: loaderOutputs() } satisfies LoaderRecord, null, 2));
}

/** Deletes every loader output, and the record, so that every loader runs again. */
export function clearLoaderOutput(): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir)) {
    if (!entry.startsWith("_")) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
}
