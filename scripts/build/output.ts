/**
 * Which folder the built site may replace. The swap at the end of a build deletes whatever the
 * output folder held, so the build takes a folder only when nothing of the user's can be in it:
 * a folder that does not exist yet, an empty one, or one holding a site this project wrote and
 * nothing else. A folder the build reads from is never an output, whatever it holds.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { entriesUnder, isLink, type FolderEntry } from "../files.js";
import { fileSystemProblem } from "./file-errors.js";

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep));
};

/** A path with links resolved as far as it exists, so that a link cannot hide where it leads. */
function realPath(path: string): string {
  const absolute = resolve(path);
  let existing = absolute;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  try {
    return join(realpathSync(existing), relative(existing, absolute));
  } catch {
    return absolute;
  }
}

export interface BuildInputFolder {
  /** What the folder holds, for the message: "the curated tables (CURATED_DIR)". */
  label: string;
  path: string;
}

/**
 * Why a folder cannot take the built site because of what the build reads, or null when it can:
 * it must not be, hold or sit inside a folder of inputs, nor be the project itself or a folder
 * above it. Links are resolved first: `--output` given as a link to the upstream folder is the
 * upstream folder.
 */
export function outputRefusal(output: string, inputs: readonly BuildInputFolder[], project: string): string | null {
  const out = realPath(output);
  const root = realPath(project);
  if (inside(out, root)) return "it is the project itself, or a folder that holds it";
  for (const input of inputs) {
    const path = realPath(input.path);
    const name = relative(root, path) && !relative(root, path).startsWith("..") ? relative(root, path) : path;
    if (inside(path, out)) return `it lies inside ${name}, which holds ${input.label}`;
    if (inside(out, path)) return `it holds ${name}, which holds ${input.label}`;
  }
  return null;
}

/** The part of a manifest that says a folder holds a site this project wrote. */
interface ManifestShape {
  buildKey: string;
  outputs: { path: string }[];
}

function readOwnManifest(dir: string): ManifestShape | null {
  const path = join(dir, "manifest.json");
  if (!existsSync(path) || isLink(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf-8")) as Partial<ManifestShape>;
    const listed = Array.isArray(manifest.outputs) && manifest.outputs.every((o) => typeof o?.path === "string");
    return typeof manifest.buildKey === "string" && listed ? (manifest as ManifestShape) : null;
  } catch {
    return null;
  }
}

const listed = (names: string[]) => (names.length <= 3 ? names.join(", ") : `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`);

/**
 * Why the build may not replace `output` because of what is in it, or null when it may: the
 * folder does not exist, is empty, or holds a site this project wrote (its manifest.json) and
 * nothing the manifest does not list. A file the manifest lists that has become a link is the
 * site's own, tampered with: the new site replaces it (the link goes, never its target).
 */
export function occupiedOutput(output: string): string | null {
  if (isLink(output)) return "it is a link; give the folder it leads to, or another folder";
  if (!existsSync(output)) return null;
  if (!statSync(output).isDirectory()) return "it is a file, not a folder";
  const entries = entriesUnder(output);
  if (entries.length === 0) return null;
  const manifest = readOwnManifest(output);
  const named = (entry: FolderEntry) => (entry.kind === "folder" ? `${entry.path}/` : entry.path);
  if (!manifest) {
    const top = entries.filter((entry) => !entry.path.includes(sep));
    return `it holds files and no site this project wrote (no manifest.json of a build): ${listed(top.map(named))}`;
  }
  const ours = new Set(["manifest.json", ...manifest.outputs.map((o) => o.path)]);
  const foldersOfOurs = new Set(
    [...ours].flatMap((path) =>
      path
        .split(sep)
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join(sep)),
    ),
  );
  const foreign = entries.filter((entry) => !ours.has(entry.path) && !(entry.kind === "folder" && foldersOfOurs.has(entry.path)));
  if (foreign.length)
    return `it holds a site this project wrote, and also what the site's manifest does not list: ${listed(foreign.map(named))}`;
  return null;
}

/**
 * Makes sure the site can be written beside `output` (where the swap puts the new site before
 * renaming it), by making and removing a folder there. Throws a sentence naming the folder and
 * what stopped it: a read-only or full disk, missing permission, a path through a file.
 */
export function checkWritable(output: string, pid = process.pid): void {
  const probe = join(dirname(output), `.${basename(output)}.probe-${pid}`);
  try {
    mkdirSync(dirname(output), { recursive: true });
    mkdirSync(probe);
    rmSync(probe, { recursive: true, force: true });
  } catch (error) {
    throw new Error(`cannot write the site beside ${output}: ${fileSystemProblem(error)}`, { cause: error });
  }
}
