import { relative, sep } from "node:path";

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep));
};

/**
 * Why a folder cannot take the built site, or null when it can: the build replaces the folder
 * whole, so it must not be, hold or sit inside a folder of sources, nor be the project itself or
 * a folder above it.
 */
export function outputRefusal(output: string, sources: string[], project: string): string | null {
  if (inside(output, project)) return "it is the project itself, or a folder that holds it";
  for (const source of sources) {
    if (inside(source, output)) return `it lies inside ${relative(project, source) || source}, which holds the report's sources`;
    if (inside(output, source)) return `it holds ${relative(project, source) || source}, which holds the report's sources`;
  }
  return null;
}
