/**
 * When the build may reuse Framework's cached loader output. Framework reuses a cached file
 * whenever it is newer than its loader, even after a module the loader imports, a curated table
 * or an upstream file changed. The build therefore keeps the cache only when a fingerprint of
 * every loader input is the one recorded at the last successful build, and the cached files are
 * still the bytes that build wrote; otherwise every loader runs again.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { curatedDir } from "../data-loaders/curated.js";
import { projectRoot, resolveUpstream, sha256 } from "../data-loaders/fetch.js";
import { sources } from "../data-loaders/sources.js";
import { reviewedPath } from "../src/components/review.js";
import { filesUnder } from "./files.js";

export const cacheDir = join(projectRoot, "src", ".observablehq", "cache");
const recordPath = join(cacheDir, ".loader-inputs.json");

/** Folders and files whose content can change what a loader writes. */
const inputPaths = ["data-loaders", "src/data", "src/components", "scripts/pages.ts", "scripts/render-page.ts", "observablehq.config.ts", "package-lock.json"];
/** The page loaders and their templates, wherever they are in src/. */
const pageFiles = /(\.md\.sh|\.page\.ts|print-page\.sh)$/;
/** Environment variables the loaders read. */
const inputEnv = ["UPSTREAM_DIR", "CURATED_DIR", "CLAIMS_REVIEWED", "MISSION_PAGES", "PAGE_RENDERING"];

export function loaderInputsFingerprint(env: NodeJS.ProcessEnv = process.env): string {
  const parts: string[] = [];
  const files = [
    ...inputPaths.flatMap((path) => filesUnder(projectRoot, path)),
    ...filesUnder(projectRoot, "src").filter((file) => pageFiles.test(file)),
  ];
  for (const file of [...new Set(files)].sort()) parts.push(`${file} ${sha256(readFileSync(join(projectRoot, file)))}`);
  for (const name of inputEnv) parts.push(`env ${name}=${env[name] ?? ""}`);
  // Curated tables kept outside the project (CURATED_DIR) are read by the loaders as much as the
  // project's own: their bytes count, not only the folder's name.
  for (const file of filesUnder(curatedDir)) parts.push(`curated ${file} ${sha256(readFileSync(join(curatedDir, file)))}`);
  // The reviewed values decide whether the pages may be rendered, wherever CLAIMS_REVIEWED keeps them.
  parts.push(`reviewed ${existsSync(reviewedPath) ? sha256(readFileSync(reviewedPath)) : "none"}`);
  // The pinned upstream files: a copy that goes missing or stops matching its pin must make the
  // loaders run again, so that the build fails as it should.
  for (const source of Object.values(sources)) {
    try {
      parts.push(`upstream ${source.id} ${sha256(resolveUpstream(source).bytes)}`);
    } catch (error) {
      parts.push(`upstream ${source.id} unavailable: ${(error as Error).message}`);
    }
  }
  return sha256(parts.join("\n"));
}

/** The loader output files in the cache (Framework's own bundles, in folders starting with "_", excluded). */
export function loaderOutputs(): Record<string, string> {
  if (!existsSync(cacheDir)) return {};
  const outputs: Record<string, string> = {};
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    if (entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    const files = entry.isFile() ? [join(cacheDir, entry.name)] : readdirSync(join(cacheDir, entry.name), { recursive: true, withFileTypes: true })
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
