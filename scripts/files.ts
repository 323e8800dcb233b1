import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The files at `path` below `root`: the file itself, or every file below a folder. Paths are
 * relative to `root`, sorted, so that whatever lists or hashes them is the same on every run.
 *
 * Links are followed, to files and to folders alike: a curated table kept as a link to a file
 * elsewhere is read by the pipelines, so it must be listed, and so hashed, by whatever decides
 * whether the site is up to date. A link to a folder already being walked is not walked twice.
 * A link to nothing is left out: nothing can read it.
 */
export function filesUnder(root: string, path = "."): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [relative(root, full)];
  const found: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (walked.has(real)) return;
    walked.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const at = join(dir, entry.name);
      const stats = entry.isSymbolicLink() ? (existsSync(at) ? statSync(at) : null) : entry;
      if (stats?.isDirectory()) walk(at);
      else if (stats?.isFile()) found.push(relative(root, at));
    }
  };
  walk(full);
  return found.sort();
}

export interface FolderEntry {
  /** Relative to the folder listed. */
  path: string;
  kind: "file" | "folder" | "link" | "other";
}

/**
 * Everything below `root` as it is on disk, links not followed: what a published site holds, or
 * what a folder about to be replaced holds. Sorted by path.
 */
export function entriesUnder(root: string): FolderEntry[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const kind: FolderEntry["kind"] = entry.isSymbolicLink()
        ? "link"
        : entry.isFile()
          ? "file"
          : entry.isDirectory()
            ? "folder"
            : "other";
      return { path: relative(root, join(entry.parentPath, entry.name)), kind };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether `path` is itself a link, without following it. */
export const isLink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};
