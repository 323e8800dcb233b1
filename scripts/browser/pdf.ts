/**
 * `npm run pdf`: prints the story's pages of the built site, in the order of the sidebar, to one
 * PDF with headless Chromium. Run `npm run build` first.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PDFDocument } from "pdf-lib";
import config from "../../observablehq.config.js";
import { projectRoot } from "../../data-loaders/fetch.js";
import { launchChromium, openPage } from "./chromium.js";
import { parseCli } from "../cli.js";
import { waitForRender } from "./page-render.js";
import { serveStatic } from "./static-server.js";

/** The story's pages as the sidebar lists them; the mission pages are not part of the story. */
export const storyPages = config.pages.map((page) => page.path).filter((path) => !path.startsWith("/missions/"));

export async function printStory(site: string, output: string): Promise<number> {
  if (!existsSync(join(site, "index.html"))) throw new Error(`no built site in ${site}: run npm run build first`);
  const server = await serveStatic({ root: site, base: "/report/" });
  const browser = await launchChromium();
  try {
    const merged = await PDFDocument.create();
    const page = await openPage(browser);
    for (const path of storyPages) {
      const url = new URL(`.${path === "/" ? "/" : `${path}.html`}`, server.url).href;
      await page.goto(url);
      await waitForRender(page);
      // Printed pages show what readers would unfold on screen: the numbers and sources.
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      await page.emulateMedia({ media: "print" });
      const pdf = await PDFDocument.load(
        await page.pdf({ format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } }),
      );
      for (const copied of await merged.copyPages(pdf, pdf.getPageIndices())) merged.addPage(copied);
      process.stderr.write(`pdf: ${path} printed (${pdf.getPageCount()} pages)\n`);
    }
    merged.setTitle(config.title);
    writeFileSync(output, await merged.save());
    return merged.getPageCount();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseCli({
    usage: "npm run pdf -- [options]",
    summary:
      "Prints the story's pages of the built site, in the order of the sidebar, to one PDF with headless Chromium. Run npm run build first.",
    options: { site: { type: "string", default: "dist" }, output: { type: "string", default: "minusma-report.pdf" } },
    describe: { site: "The built site to print.", output: "The PDF file to write." },
    environment: { CHROMIUM_PATH: "The Chromium to print with (default: /usr/bin/chromium)." },
  });
  const output = resolve(projectRoot, values.output);
  const pages = await printStory(resolve(projectRoot, values.site), output);
  console.log(`wrote ${pages} pages to ${output}`);
}
