/**
 * Static first paint. Each page of the built site is opened once in headless Chromium, where its
 * own code renders it: prose figures, charts, tables. What every cell displayed is then written
 * into the page's HTML, inside the cell's `<observablehq-loading>` placeholder. Framework's
 * runtime removes that placeholder when the cell first displays, so the live chart takes the
 * place of its static copy; with JavaScript off (or before the scripts arrive) the copy stays.
 *
 * The snapshot of a page depends only on its HTML, whose asset and data file names carry content
 * hashes, so snapshots are cached by the hash of that HTML and a rebuild that changes nothing
 * opens no browser.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { keepNamesShim, launchChromium } from "./chromium.js";
import { filesUnder } from "./files.js";
import { renderWholeTables, waitForRender } from "./page-render.js";
import { serveStatic } from "./static-server.js";

/**
 * Pages are rendered at a desktop width, then again at a phone's: a chart drawn for 1,200 pixels
 * would be unreadable scaled down to a phone, so a cell whose output depends on the width keeps
 * both copies and the style sheet shows the one for the reader's screen (src/style.css).
 */
export const prerenderViewport = { width: 1280, height: 900 };
export const narrowViewport = { width: 390, height: 844 };

/** Changes whenever this file does, so that snapshots taken by older code are not reused. */
const snapshotVersion = createHash("sha256")
  .update(readFileSync(new URL(import.meta.url)))
  .update(JSON.stringify([prerenderViewport, narrowViewport]))
  .digest("hex");

export interface PageSnapshot {
  /** The title the page sets while it runs (mission pages name their mission). */
  title: string;
  /** HTML of what each cell displayed, by cell id. */
  cells: Record<string, string>;
  /**
   * Cells that display a `resize` container, which stays empty for a frame before it draws: their
   * static copy is kept beside the placeholder, and hidden by the style sheet only once the live
   * container holds its chart, so that the page never shows an empty card.
   */
  sized: string[];
}

export interface PrerenderSummary {
  pages: number;
  rendered: number;
  reused: number;
  cells: number;
}

const loadingPlaceholder = (id: string) => `<observablehq-loading></observablehq-loading><!--:${id}:-->`;

/** Writes a snapshot into a page's HTML. Cells the snapshot lacks keep their empty placeholder. */
export function injectSnapshot(html: string, snapshot: PageSnapshot): string {
  let out = html;
  for (const [id, content] of Object.entries(snapshot.cells)) {
    const loading = (inner: string) => `<observablehq-loading class="prerendered" data-cell="${id}">${inner}</observablehq-loading><!--:${id}:-->`;
    const replacement = snapshot.sized.includes(id)
      ? `<div class="static-copy" data-cell="${id}">${content}</div><!--/static:${id}-->${loading("")}`
      : loading(content);
    out = out.replace(loadingPlaceholder(id), () => replacement);
  }
  return out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(snapshot.title)}</title>`);
}

/** The page as Framework wrote it, without static content: what readers got before static rendering. */
export function stripSnapshot(html: string): string {
  return html.replace(/<div class="static-copy" data-cell="([^"]*)">[\s\S]*?<\/div><!--\/static:\1-->/g, "").replace(/<observablehq-loading class="prerendered" data-cell="[^"]*">[\s\S]*?<\/observablehq-loading>(<!--:[0-9a-f]{8}(?:-\d+)?:-->)/g, "<observablehq-loading></observablehq-loading>$1");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Runs before the page's scripts: remembers every node the runtime inserts before a cell's root
 * comment, which is how Framework displays a cell's output.
 */
function recordDisplayedNodes(): void {
  const displayed = new WeakSet<Node>();
  (window as unknown as { __displayed: WeakSet<Node> }).__displayed = displayed;
  const insertBefore = Node.prototype.insertBefore;
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    if (child?.nodeType === Node.COMMENT_NODE && /^:[0-9a-f]{8}(?:-\d+)?:$/.test((child as Comment).data)) {
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) node.childNodes.forEach((n) => displayed.add(n));
      else displayed.add(node);
    }
    return insertBefore.call(this, node, child) as T;
  };
}

/** Runs in the rendered page: the HTML each cell displayed, and any error a cell shows. */
function takeSnapshot(): PageSnapshot & { errors: string[] } {
  const displayed = (window as unknown as { __displayed: WeakSet<Node> }).__displayed;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const serialize = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escape((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) return "";
    const clone = (node as Element).cloneNode(true) as Element;
    // A chart keeps its height at every width: scaled down inside a box as tall as the live
    // chart will be, so that nothing below it moves when the live chart replaces it.
    const svgs = [...(clone.matches("svg") ? [clone] : []), ...clone.querySelectorAll("svg")];
    for (const svg of svgs as SVGSVGElement[]) {
      const height = svg.getAttribute("height");
      if (!svg.hasAttribute("viewBox") || !height) continue;
      svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
      svg.style.height = `${height}px`;
    }
    return clone.outerHTML;
  };
  const cells: Record<string, string> = {};
  const sized: string[] = [];
  const comments = document.createNodeIterator(document.body, NodeFilter.SHOW_COMMENT);
  for (let comment = comments.nextNode() as Comment | null; comment; comment = comments.nextNode() as Comment | null) {
    if (!/^:[0-9a-f]{8}(?:-\d+)?:$/.test(comment.data)) continue;
    const nodes: Node[] = [];
    for (let node = comment.previousSibling; node && displayed.has(node); node = node.previousSibling) nodes.unshift(node);
    if (!nodes.length) continue;
    const id = comment.data.slice(1, -1);
    cells[id] = nodes.map(serialize).join("");
    // Framework's resize() container: a div positioned relative, drawn into after it is shown.
    if (nodes.length === 1 && nodes[0] instanceof HTMLDivElement && nodes[0].style.position === "relative") sized.push(id);
  }
  const errors = [...document.querySelectorAll(".observablehq--error")].map((e) => e.textContent ?? "");
  return { title: document.title, cells, sized, errors };
}

/**
 * Runs in the page: parses the page's new HTML as a browser will, and names the cells whose
 * static copy does not stay just before their root (block content in a paragraph, say). The
 * runtime would then leave the copy in place beside the live output.
 */
function findMisplacedCells(html: string): string[] {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  const followedBy = (element: Element, pattern: RegExp) =>
    element.nextSibling?.nodeType === Node.COMMENT_NODE && pattern.test((element.nextSibling as Comment).data);
  return [
    ...[...parsed.querySelectorAll("observablehq-loading.prerendered")].filter((loading) => !followedBy(loading, /^:[0-9a-f]{8}(?:-\d+)?:$/)),
    ...[...parsed.querySelectorAll("div.static-copy")].filter((copy) => !followedBy(copy, /^\/static:/)),
  ].map((element) => `${element.getAttribute("data-cell")} (in a <${element.parentElement?.tagName.toLowerCase() ?? "?"}>)`);
}

async function snapshotPage(page: Page, url: string, origin: string): Promise<PageSnapshot> {
  const problems: string[] = [];
  page.removeAllListeners();
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  // Observed rather than intercepted: routing every request through Playwright doubles the time.
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`request to another host: ${request.url()}`);
  });
  await page.setViewportSize(prerenderViewport);
  await page.goto(url);
  await waitForRender(page, { idle: false });
  await renderWholeTables(page);
  const wide = await page.evaluate(takeSnapshot);
  await page.setViewportSize(narrowViewport);
  await waitForRender(page, { idle: false });
  const narrow = await page.evaluate(takeSnapshot);
  problems.push(...wide.errors, ...narrow.errors);
  if (problems.length) throw new Error(problems.join("\n"));
  const cells: Record<string, string> = {};
  for (const [id, html] of Object.entries(wide.cells)) {
    const small = narrow.cells[id];
    cells[id] = small === undefined || small === html ? html : `<span class="static-wide">${html}</span><span class="static-narrow">${small}</span>`;
  }
  return { title: wide.title, cells, sized: wide.sized };
}

/**
 * Renders every page of the built site in `site` and writes the static content into its HTML.
 * Throws, naming the page, when a page fails to render: its error, a failed request, a request
 * to another host.
 */
export async function prerenderSite(
  site: string,
  { cacheDir, concurrency = 2, log = () => {} }: { cacheDir: string; concurrency?: number; log?: (line: string) => void },
): Promise<PrerenderSummary> {
  mkdirSync(cacheDir, { recursive: true });
  const files = filesUnder(site).filter((file) => file.endsWith(".html"));
  const summary: PrerenderSummary = { pages: files.length, rendered: 0, reused: 0, cells: 0 };
  const pending: { file: string; html: string; cached: string }[] = [];
  for (const file of files) {
    const html = readFileSync(join(site, file), "utf-8");
    const cached = join(cacheDir, `${createHash("sha256").update(snapshotVersion).update(html).digest("hex")}.json`);
    if (existsSync(cached)) {
      const snapshot = JSON.parse(readFileSync(cached, "utf-8")) as PageSnapshot;
      writeFileSync(join(site, file), injectSnapshot(html, snapshot));
      summary.reused++;
      summary.cells += Object.keys(snapshot.cells).length;
    } else {
      pending.push({ file, html, cached });
    }
  }
  if (!pending.length) return summary;

  // Pages share their modules and data; the browser fetches and compiles each of them once.
  const server = await serveStatic({ root: site, cacheForever: true });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext();
    await context.addInitScript(keepNamesShim);
    await context.addInitScript(recordDisplayedNodes);
    const origin = new URL(server.url).origin;
    const started = Date.now();
    let next = 0;
    const worker = async () => {
      const page = await context.newPage();
      for (let item = pending[next++]; item; item = pending[next++]) {
        let snapshot: PageSnapshot;
        try {
          snapshot = await snapshotPage(page, new URL(item.file.replace(/(^|\/)index\.html$/, "$1"), server.url).href, origin);
        } catch (error) {
          throw new Error(`static render of ${item.file} failed: ${(error as Error).message}`);
        }
        const html = injectSnapshot(item.html, snapshot);
        const misplaced = (await page.evaluate(findMisplacedCells, html)).map(
          (cell) => `${cell}, which displays "${snapshot.cells[cell.split(" ")[0]]?.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim().slice(0, 60)}…"`,
        );
        if (misplaced.length) {
          throw new Error(
            `static render of ${item.file}: the HTML parser moves the output of cell ${misplaced.join("; ")}, ` +
              "so the live cell could not replace it. Put the expression in a <div>, not a <p> or a heading.",
          );
        }
        writeFileSync(join(site, item.file), html);
        writeFileSync(item.cached, JSON.stringify(snapshot));
        summary.rendered++;
        summary.cells += Object.keys(snapshot.cells).length;
        if (summary.rendered % 20 === 0) log(`static render: ${summary.rendered}/${pending.length} pages (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pending.length) }, worker));
  } finally {
    await browser?.close();
    await server.close();
  }
  return summary;
}
