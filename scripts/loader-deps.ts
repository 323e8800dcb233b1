/**
 * Which Framework loaders (src/data/*.<ext>.ts) a changed file feeds: through the imports of the
 * TypeScript modules (read with es-module-lexer), a curated table to the module named after it,
 * an upstream file to the resolver. The preview re-runs a loader only when its own file changes,
 * so `npm run dev` touches these.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { init, parse } from "es-module-lexer";
import { projectRoot } from "../data-loaders/fetch.js";

/** Folders whose modules loaders import. */
const moduleDirs = ["data-loaders", "src/data", "src/components"];
export const loaderPattern = /^src\/data\/[^/]+\.\w+\.ts$/;

function modules(root: string): string[] {
  return moduleDirs.flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
          .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      : [],
  );
}

/** Importers of each module, by path relative to the project. */
async function importers(root: string): Promise<Map<string, Set<string>>> {
  await init;
  const graph = new Map<string, Set<string>>();
  for (const file of modules(root)) {
    const source = readFileSync(join(root, file), "utf-8");
    const [imports] = parse(source, file);
    for (const { n: specifier, ss, se } of imports) {
      if (!specifier?.startsWith(".")) continue;
      // A type-only import is gone when the module runs.
      if (/^(import|export)\s+type\b/.test(source.slice(ss, se))) continue;
      // Sources import their siblings as .js, as Node's ESM resolution wants; the file is .ts.
      const target = relative(root, resolve(root, dirname(file), specifier.replace(/\.js$/, ".ts")));
      if (!graph.has(target)) graph.set(target, new Set());
      graph.get(target)!.add(file);
    }
  }
  return graph;
}

/** The module a changed file stands for in the import graph, if any. */
function moduleFor(root: string, changed: string, curatedDir: string, upstreamDirs: string[]): string | undefined {
  const file = resolve(root, changed);
  if (file.endsWith(".ts")) return relative(root, file);
  if (resolve(dirname(file)) === resolve(curatedDir) && file.endsWith(".csv")) {
    const table = join("data-loaders", `${basename(file, ".csv")}.ts`);
    return existsSync(join(root, table)) ? table : join("data-loaders", "curated.ts");
  }
  if (upstreamDirs.some((dir) => !relative(dir, file).startsWith(".."))) return join("data-loaders", "fetch.ts");
  // Files read beside a loader, such as the reviewed claims.
  if (relative(root, file).startsWith("src/data/")) {
    return modules(root).find((module) => module.startsWith("src/data/") && readFileSync(join(root, module), "utf-8").includes(basename(file)));
  }
  return undefined;
}

export async function loadersFedBy(
  changed: string[],
  { root = projectRoot, curatedDir = join(root, "data-loaders", "curated"), upstreamDirs = [] as string[] } = {},
): Promise<string[]> {
  const graph = await importers(root);
  const seen = new Set<string>();
  const queue = changed.map((file) => moduleFor(root, file, curatedDir, upstreamDirs)).filter((m): m is string => m !== undefined);
  while (queue.length) {
    const module = queue.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    queue.push(...(graph.get(module) ?? []));
  }
  return [...seen].filter((module) => loaderPattern.test(module)).sort();
}
