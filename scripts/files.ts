import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * The files at `path` below `root`: the file itself, or every file below a folder. Paths are
 * relative to `root`, sorted, so that whatever lists or hashes them is the same on every run.
 */
export function filesUnder(root: string, path = "."): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [relative(root, full)];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
