import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UpstreamError, readInput } from "./errors.js";
import type { UpstreamSource } from "./sources.js";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface UpstreamFolder {
  dir: string;
  /** Why this folder is searched, for the "looked in" list of a missing file. */
  label: string;
}

export interface ResolvedUpstream {
  path: string;
  bytes: Buffer;
  folder: UpstreamFolder;
}

/**
 * The folders a source is looked for in, in order. An explicit UPSTREAM_DIR is the only place
 * searched, so that a build never silently falls back to another copy than the one asked for.
 */
export function upstreamFolders(env: NodeJS.ProcessEnv = process.env, root = projectRoot): UpstreamFolder[] {
  if (env.UPSTREAM_DIR) return [{ dir: resolve(env.UPSTREAM_DIR), label: "UPSTREAM_DIR" }];
  return [
    { dir: resolve(root, "../shared/data/upstream"), label: "shared mirror beside the checkout" },
    { dir: resolve(root, ".cache/upstream"), label: "local cache" },
  ];
}

export function sha256(bytes: Buffer | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Finds the pinned bytes of a source, or stops with a message that says how to get them. */
export function resolveUpstream(source: UpstreamSource, folders: UpstreamFolder[] = upstreamFolders()): ResolvedUpstream {
  // A copy that is not the pinned bytes is passed over (a refreshed file may wait in the cache
  // for its pin to move), but if no folder holds the pinned bytes, every mismatch is reported.
  const mismatches: string[] = [];
  for (const folder of folders) {
    const path = join(folder.dir, source.relativePath);
    if (!existsSync(path)) continue;
    const bytes = readInput(path, { source: source.id, file: path });
    const actual = sha256(bytes);
    if (actual === source.sha256) return { path, bytes, folder };
    mismatches.push(`  actual   sha256 ${actual} (${bytes.length} bytes) in ${path} (${folder.label})`);
  }
  if (mismatches.length) {
    throw new UpstreamError(
      `[${source.id}] no copy of ${source.relativePath} is the pinned file.\n` +
        `  expected sha256 ${source.sha256} (data-loaders/pins.json)\n` +
        mismatches.join("\n") +
        `\nIf the upstream file changed on purpose, review it with npm run data:refresh and move the pin with --accept.`,
    );
  }
  const looked = folders.map((f) => `  - ${join(f.dir, source.relativePath)} (${f.label})`).join("\n");
  throw new UpstreamError(
    `[${source.id}] ${source.relativePath} not found. Looked in:\n${looked}\n` +
      `Get the pinned copy: check out the project with the shared data folder beside it ` +
      `(../shared/data/upstream/), or set UPSTREAM_DIR to a folder that holds ${source.relativePath}. ` +
      `The publisher's dataset page is ${source.datasetPage} (sha256 must be ${source.sha256}).`,
  );
}

/** A path for messages: relative to the project when it lies inside it, else absolute. */
export function displayPath(path: string, root = projectRoot): string {
  const rel = relative(root, path);
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
