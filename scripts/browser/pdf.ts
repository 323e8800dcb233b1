/**
 * `npm run pdf`: prints the story's pages of the built site, in one edition, in the order of its
 * navigation, to one PDF with headless Chromium. Run `npm run build` first.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PDFDocument } from "pdf-lib";
import { message } from "../../src/components/i18n/messages.js";
import { typesetText } from "../../src/components/i18n/typography.js";
import { projectRoot } from "../../data-loaders/fetch.js";
import { editions, inEdition } from "../../src/components/i18n/editions.js";
import { locales, type Locale } from "../../src/components/i18n/format.js";
import { escapeText } from "../../src/components/render/markup.js";
import { reportPages } from "../../src/components/render/site-nav.js";
import { launchChromium, openPage } from "./chromium.js";
import { oneOf, parseCli } from "../cli.js";
import { waitForRender } from "./page-render.js";
import { serveStatic } from "./static-server.js";

/** The story's pages of an edition as its navigation lists them; the mission pages are not part of the story. */
export function storyPages(locale: Locale = "en"): string[] {
  return reportPages[locale]
    .map((page) => page.path)
    .filter((path) => !path.startsWith("/missions/"))
    .map((path) => inEdition(path, locale));
}

export async function printStory(site: string, output: string, locale: Locale = "en"): Promise<number> {
  if (!existsSync(join(site, "index.html"))) throw new Error(`no built site in ${site}: run npm run build first`);
  const server = await serveStatic({ root: site, base: "/report/" });
  const browser = await launchChromium();
  try {
    const merged = await PDFDocument.create();
    const page = await openPage(browser);
    const credit = typesetText(message(locale, "page.footer"), locale);
    for (const path of storyPages(locale)) {
      const url = new URL(`.${path.endsWith("/") ? path : `${path}.html`}`, server.url).href;
      await page.goto(url);
      await waitForRender(page);
      // Printed pages show what readers would unfold on screen: the numbers and sources.
      await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
      await page.emulateMedia({ media: "print" });
      const pdf = await PDFDocument.load(
        await page.pdf({
          format: "A4",
          printBackground: true,
          margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" },
          // The page's credit line goes into the margin of every sheet: at the end of the page's
          // flow it could fall alone onto a sheet of its own (print CSS hides it there).
          displayHeaderFooter: true,
          headerTemplate: "<span></span>",
          footerTemplate: `<div style="font: 7pt system-ui, sans-serif; color: #555; width: 100%; margin: 0 12mm;">${escapeText(credit)}</div>`,
        }),
      );
      for (const copied of await merged.copyPages(pdf, pdf.getPageIndices())) merged.addPage(copied);
      process.stderr.write(`pdf: ${path} printed (${pdf.getPageCount()} pages)\n`);
    }
    merged.setTitle(typesetText(message(locale, "site.title"), locale));
    merged.setLanguage(locale);
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
      "Prints the story's pages of the built site in one edition, in the order of its navigation, to one PDF with headless Chromium. Run npm run build first.",
    options: {
      site: { type: "string", default: "dist" },
      output: { type: "string" },
      lang: { type: "string", default: "en" },
    },
    describe: {
      site: "The built site to print.",
      output: "The PDF file to write (default: minusma-report.pdf, or minusma-report-fr.pdf for --lang fr).",
      lang: `The edition to print: ${locales.join(" or ")}.`,
    },
    environment: { CHROMIUM_PATH: "The Chromium to print with (default: /usr/bin/chromium)." },
  });
  const locale = oneOf("lang", values.lang, locales);
  // The root edition's PDF is minusma-report.pdf; another's carries its prefix: minusma-report-fr.pdf.
  const output = resolve(projectRoot, values.output ?? `minusma-report${editions[locale].prefix.replace("/", "-")}.pdf`);
  const pages = await printStory(resolve(projectRoot, values.site), output, locale);
  console.log(`wrote ${pages} pages to ${output}`);
}
