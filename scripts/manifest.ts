/**
 * dist/manifest.json: each input of the build (path and sha256) and each file it published, so
 * that anyone can check a copy of the site against the sources. It holds no time but the source
 * date, so two builds of the same inputs write the same manifest.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { curatedDir } from "../data-loaders/curated.js";
import { projectRoot, resolveUpstream, sha256 } from "../data-loaders/fetch.js";
import { sources } from "../data-loaders/sources.js";
import { filesUnder } from "./files.js";

export interface ManifestEntry {
  path: string;
  sha256: string;
}

export interface Manifest {
  report: string;
  /** The commit the code came from, when the build ran in a git checkout. */
  commit: string | null;
  /** Seconds since 1970: the one time written into the site (scripts/source-date.ts). */
  sourceDateEpoch: number;
  inputs: ManifestEntry[];
  outputs: ManifestEntry[];
}

/** The project files that make the site: pipelines, curated tables, pages, scripts, locked dependencies. */
const codePaths = ["data-loaders", "src", "scripts", "observablehq.config.ts", "package.json", "package-lock.json"];


const entry = (path: string, bytes: Uint8Array): ManifestEntry => ({ path, sha256: sha256(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) });
const byPath = (a: ManifestEntry, b: ManifestEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function buildManifest(site: string, sourceDateEpoch: number, report: string): Manifest {
  const inputs: ManifestEntry[] = [];
  for (const source of Object.values(sources)) inputs.push(entry(`upstream/${source.relativePath}`, resolveUpstream(source).bytes));
  // CURATED_DIR may point outside the project; the tables are named as the pages know them.
  for (const file of filesUnder(curatedDir)) inputs.push(entry(`curated/${file}`, readFileSync(join(curatedDir, file))));
  for (const path of codePaths.flatMap((codePath) => filesUnder(projectRoot, codePath))) {
    // Framework's cache is output, not input; the curated tables are listed above.
    if (path.split("/").includes(".observablehq") || path.startsWith("data-loaders/curated/")) continue;
    inputs.push(entry(path, readFileSync(join(projectRoot, path))));
  }
  const outputs = filesUnder(site).map((file) => entry(file, readFileSync(join(site, file))));
  const git = spawnSync("git", ["rev-parse", "HEAD"], { cwd: projectRoot, encoding: "utf-8" });
  return {
    report,
    commit: git.status === 0 ? git.stdout.trim() : null,
    sourceDateEpoch,
    inputs: inputs.sort(byPath),
    outputs: outputs.sort(byPath),
  };
}

export function writeManifest(site: string, sourceDateEpoch: number, report: string): Manifest {
  const manifest = buildManifest(site, sourceDateEpoch, report);
  writeFileSync(join(site, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
