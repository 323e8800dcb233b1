/**
 * dist/manifest.json: each input of the build (path and sha256) and each file it published, so
 * that anyone can check a copy of the site against the sources. It holds no time but the source
 * date, so two builds of the same inputs write the same manifest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { curatedDir } from "../../data-loaders/curated.js";
import { missionPagesKey, narrowsMissionPages } from "../../data-loaders/missions.js";
import { projectRoot, resolveUpstream, sha256 } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";
import { reviewedPath } from "../../src/components/render/review.js";
import { entriesUnder, filesUnder, isLink } from "../files.js";

export interface ManifestEntry {
  path: string;
  sha256: string;
}

export interface Manifest {
  report: string;
  /** The commit the code came from, when the build ran in a git checkout. */
  commit: string | null;
  /** Seconds since 1970: the one time written into the site (scripts/build/source-date.ts). */
  sourceDateEpoch: number;
  /**
   * One hash of everything the site was made from: the inputs below, the commit and the settings
   * that change what is built. A build whose key equals the published site's, with every published
   * file intact, has nothing to do (scripts/build/build.ts).
   */
  buildKey: string;
  /**
   * Set when MISSION_PAGES left some missions without their page: such a site is for checking a
   * change, never for publishing, and `npm run build` never writes it into dist/.
   */
  partial: { missionPages: string } | null;
  inputs: ManifestEntry[];
  outputs: ManifestEntry[];
}

/**
 * Settings that change the site without changing a file, each as the build reads it: MISSION_PAGES
 * unset and "all" are one setting, and a set but empty one never gets this far.
 */
export function buildSettings(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    `MISSION_PAGES=${missionPagesKey(env)}`,
    ...["PAGE_RENDERING", "SOURCE_DATE_EPOCH", "CLAIMS_REVIEWED"].map((name) => `${name}=${env[name] ?? ""}`),
  ];
}

/** The project files that make the site: pipelines, curated tables, pages, scripts, locked dependencies. */
const codePaths = ["data-loaders", "src", "scripts", "observablehq.config.ts", "package.json", "package-lock.json"];

const entry = (path: string, bytes: Uint8Array): ManifestEntry => ({
  path,
  sha256: sha256(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
});
const byPath = (a: ManifestEntry, b: ManifestEntry) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every input of a build with its sha256, sorted by path. */
export function buildInputs(): ManifestEntry[] {
  const inputs: ManifestEntry[] = [];
  for (const source of Object.values(sources)) inputs.push(entry(`upstream/${source.relativePath}`, resolveUpstream(source).bytes));
  // CURATED_DIR may point outside the project; the tables are named as the pages know them.
  for (const file of filesUnder(curatedDir)) inputs.push(entry(`curated/${file}`, readFileSync(join(curatedDir, file))));
  for (const path of codePaths.flatMap((codePath) => filesUnder(projectRoot, codePath))) {
    // Framework's cache is output, not input; the curated tables are listed above.
    if (path.split("/").includes(".observablehq") || path.startsWith("data-loaders/curated/")) continue;
    inputs.push(entry(path, readFileSync(join(projectRoot, path))));
  }
  // The reviewed values decide whether the build may publish; CLAIMS_REVIEWED may name a file
  // anywhere, inside the project or not, so they are listed under their own name wherever they are.
  if (existsSync(reviewedPath)) inputs.push(entry("reviewed/claims.reviewed.json", readFileSync(reviewedPath)));
  return inputs.sort(byPath);
}

function currentCommit(): string | null {
  const git = spawnSync("git", ["rev-parse", "HEAD"], { cwd: projectRoot, encoding: "utf-8" });
  return git.status === 0 ? git.stdout.trim() : null;
}

export function buildKey(inputs: ManifestEntry[], env: NodeJS.ProcessEnv = process.env): string {
  return sha256(JSON.stringify({ commit: currentCommit(), settings: buildSettings(env), inputs }));
}

export function buildManifest(
  site: string,
  sourceDateEpoch: number,
  report: string,
  inputs = buildInputs(),
  env: NodeJS.ProcessEnv = process.env,
): Manifest {
  const outputs = filesUnder(site).map((file) => entry(file, readFileSync(join(site, file))));
  const partial = narrowsMissionPages(env) ? { missionPages: missionPagesKey(env) } : null;
  return {
    report,
    commit: currentCommit(),
    sourceDateEpoch,
    buildKey: buildKey(inputs, env),
    partial,
    inputs,
    outputs: outputs.sort(byPath),
  };
}

/**
 * Whether the site in `dir` was built from exactly these inputs and is intact: its manifest has
 * the same build key and is partial exactly when this build is, and the folder holds every file it
 * lists with the hash it lists, as plain files, and nothing else. A link is never intact, even to
 * a file with the right bytes: a host would follow it out of the site.
 */
export function isUpToDate(dir: string, key: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const path = join(dir, "manifest.json");
  if (!existsSync(path) || isLink(path)) return false;
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(readFileSync(path, "utf-8")) as Partial<Manifest>;
  } catch {
    return false;
  }
  if (manifest.buildKey !== key || !manifest.outputs) return false;
  if (Boolean(manifest.partial) !== narrowsMissionPages(env)) return false;
  const entries = entriesUnder(dir);
  if (entries.some((e) => e.kind !== "file" && e.kind !== "folder")) return false;
  const present = entries.filter((e) => e.kind === "file" && e.path !== "manifest.json").map((e) => e.path);
  if (JSON.stringify(present) !== JSON.stringify(manifest.outputs.map((o) => o.path))) return false;
  return manifest.outputs.every((o) => entry(o.path, readFileSync(join(dir, o.path))).sha256 === o.sha256);
}

/** Why a freshly built site cannot be published as it is: a link or anything but files and folders in it. */
export function notPlainFiles(site: string): string[] {
  return entriesUnder(site)
    .filter((e) => e.kind !== "file" && e.kind !== "folder")
    .map((e) => `${e.path} is a ${e.kind === "link" ? "link" : "special file"}, not a plain file`);
}

export function writeManifest(site: string, sourceDateEpoch: number, report: string, inputs = buildInputs()): Manifest {
  const manifest = buildManifest(site, sourceDateEpoch, report, inputs);
  writeFileSync(join(site, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
