/**
 * Which of Framework's loaders a changed file feeds: the data loaders (src/data/*.<ext>.ts) and
 * the page loaders (src/**\/*.md.sh, each made by the template of its root-edition path, *.page.ts). Found
 * through the imports of the TypeScript modules (read with TypeScript's own parser, scripts/dev/imports.ts); a curated table
 * stands for the module named after it, an upstream file for the resolver, a file read beside a
 * module (the reviewed claims) for that module. The preview re-runs a loader only when its own
 * file changes, so `npm run dev` touches these.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { projectRoot } from "../../data-loaders/fetch.js";
import { filesUnder } from "../files.js";
import { importsOf } from "./imports.js";

/** Folders whose modules loaders import. */
const moduleDirs = ["data-loaders", "src"];
const dataLoader = /^src\/data\/[^/]+\.\w+\.ts$/;
const pageLoader = /^src\/.+\.md\.sh$/;
/** The files `npm run dev` touches, and must not react to in turn. */
export const loaderPattern = /^src\/(data\/[^/]+\.\w+\.ts|.+\.md\.sh)$/;

function modules(root: string): string[] {
  return moduleDirs.flatMap((dir) => filesUnder(root, dir)).filter((file) => file.endsWith(".ts") && !file.includes(".observablehq/"));
}

/** Importers of each module, by path relative to the project. */
async function importers(root: string): Promise<Map<string, Set<string>>> {
  const graph = new Map<string, Set<string>>();
  for (const file of modules(root)) {
    for (const { specifier, typeOnly } of importsOf(readFileSync(join(root, file), "utf-8"), file)) {
      // A type-only import is gone when the module runs.
      if (!specifier.startsWith(".") || typeOnly) continue;
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
  // Files read by a module, such as the reviewed claims or the pins: the module that names them.
  const folder = moduleDirs.find((dir) => relative(root, file).startsWith(`${dir}/`));
  if (folder) {
    return modules(root).find(
      (module) => module.startsWith(`${folder}/`) && readFileSync(join(root, module), "utf-8").includes(`"${basename(file)}"`),
    );
  }
  return undefined;
}

/**
 * The page loaders a template makes the pages of, in every edition: src/flights.page.ts →
 * src/flights.md.sh and src/[edition]/flights.md.sh.
 */
function pageLoadersOf(template: string): string[] {
  const loader = template.replace(/\.page\.ts$/, ".md.sh");
  return [loader, loader.replace(/^src\//, "src/[edition]/")];
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
  // Every page is rendered after the claims guard, which reads all the story's figures: a module
  // the guard depends on feeds every page.
  const templates = [...seen].filter((module) => module.endsWith(".page.ts"));
  const pages = seen.has("src/components/render/page.ts")
    ? filesUnder(root, "src").filter((file) => pageLoader.test(file))
    : templates.flatMap(pageLoadersOf).filter((loader) => existsSync(join(root, loader)));
  return [...new Set([...[...seen].filter((module) => dataLoader.test(module)), ...pages])].sort();
}
