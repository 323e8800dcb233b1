/**
 * Rendering the report's pages in Node. Every page of the site is a shell page loader
 * (`src/**\/*.md.sh`, see src/components/render/print-page.sh) whose Markdown is made by a TypeScript
 * template beside it (`src/**\/*.page.ts`; a parameterized page such as `[mission].md.sh` has
 * `[mission].page.ts`). `npm run build` renders every page here before Framework runs, one
 * process per edition (so the tables are read and each figure computed once for all the pages of
 * an edition); the page loaders then print what was rendered. In `npm run dev` a page loader renders its own page on request.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { projectRoot } from "../../data-loaders/fetch.js";
import { editionOf, rootPathOf } from "../../src/components/i18n/editions.js";
import { locales } from "../../src/components/i18n/format.js";
import { PageContext, pageMarkdown, type PageTemplate } from "../../src/components/render/page.js";
import { filesUnder } from "../files.js";
import { rootEditionPagePaths } from "./page-paths.js";
import { imagesFileOf, setAsideImages } from "./chart-images.js";

const sourceRoot = join(projectRoot, "src");
const templateSuffix = ".page.ts";

/** Every page of the site: the root edition's page loaders' own paths and the parameterized ones the config lists. */
export async function sitePagePaths(): Promise<string[]> {
  const { default: config } = await import("../../observablehq.config.js");
  const paths = rootEditionPagePaths();
  for await (const path of config.dynamicPaths()) paths.push(path);
  return paths;
}

interface Template {
  file: string;
  params: Record<string, string>;
}

/**
 * The template of a page, which renders it in every edition: the root edition's path
 * (`/fr/flights` → `/flights`) + `.page.ts`, or a `[param].page.ts` in the same folder.
 */
function templateFor(path: string, root = sourceRoot): Template {
  const own = rootPathOf(path);
  const found = templateAt(own, root);
  if (found) return found;
  throw new Error(
    `no page template for ${path}: expected src${own}${templateSuffix} or one [param]${templateSuffix} in src${dirname(own)}`,
  );
}

function templateAt(own: string, root: string): Template | undefined {
  const exact = join(root, `${own}${templateSuffix}`);
  if (existsSync(exact)) return { file: exact, params: {} };
  const folder = join(root, dirname(own));
  const parameterized = existsSync(folder) ? filesUnder(folder).filter((file) => /^\[\w+\]\.page\.ts$/.test(file)) : [];
  if (parameterized.length !== 1) return undefined;
  const name = parameterized[0].slice(1, parameterized[0].indexOf("]"));
  return { file: join(folder, parameterized[0]), params: { [name]: basename(own) } };
}

/** The Markdown of one page, after checking that no reviewed number moved. */
export async function renderPage(context: PageContext, path: string): Promise<string> {
  await context.prepare();
  context.page = path;
  context.checkReviewed();
  const { file, params } = templateFor(path);
  const template = (await import(pathToFileURL(file).href)).default as PageTemplate;
  if (typeof template !== "function") throw new Error(`${file} must export a page template as its default export`);
  try {
    return pageMarkdown(path, template(context, params, editionOf(path)));
  } catch (error) {
    throw new Error(`rendering ${path} (${file.slice(projectRoot.length + 1)}): ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Renders `paths` into `dir` (`index.md`, `missions/minusma.md`, …) with one context, reporting
 * every 25 pages; each page's chart images are set aside beside it (scripts/build/chart-images.ts).
 */
export async function renderPagesInto(dir: string, paths: readonly string[], progress: (line: string) => void = () => {}): Promise<void> {
  const context = new PageContext();
  const started = performance.now();
  for (const [i, path] of paths.entries()) {
    const file = join(dir, `${path}.md`);
    mkdirSync(dirname(file), { recursive: true });
    const { markdown, images } = setAsideImages(await renderPage(context, path));
    writeFileSync(file, markdown);
    writeFileSync(imagesFileOf(dir, path), JSON.stringify(images));
    if ((i + 1) % 25 === 0) progress(`${i + 1}/${paths.length} rendered (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

/** Renders `paths` in a process of its own (scripts/build/render-pages.ts); rejects with what it printed to stderr. */
function renderInProcess(dir: string, paths: readonly string[], progress: (line: string) => void): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "scripts", "build", "render-pages.ts"), dir], {
      cwd: projectRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let errors = "";
    child.stderr.setEncoding("utf-8").on("data", (chunk: string) => (errors += chunk));
    child.stdout.setEncoding("utf-8").on("data", (chunk: string) => chunk.split("\n").filter(Boolean).forEach(progress));
    child.on("error", reject);
    child.on("close", (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(errors.trim() || `the page renderer exited with ${code ?? signal}`)),
    );
    child.stdin.end(paths.join("\n"));
  });
}

/**
 * Renders `paths` into `dir`, all or nothing: the pages are written to a folder beside it and
 * moved into place only once every page rendered. Each edition is rendered in a process of its
 * own, the two at once: they share nothing but the tables, which each reads from the tidy cache,
 * and a build machine's two cores halve the time the second edition adds.
 */
export async function renderSite(dir: string, paths: string[], progress: (line: string) => void = () => {}): Promise<void> {
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  const editions = locales.map((locale) => ({ locale, paths: paths.filter((path) => editionOf(path) === locale) }));
  try {
    await Promise.all(
      editions
        .filter((edition) => edition.paths.length)
        .map(({ locale, paths }) => renderInProcess(staging, paths, (line) => progress(`pages (${locale}): ${line}`))),
    );
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirname(dir), { recursive: true });
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
