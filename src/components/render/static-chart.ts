/*
 * Charts drawn at build time, in Node: the chart functions of src/components/charts/ run with linkedom's DOM
 * (Plot measures no text, so the SVG is the one a browser would draw) and the chart goes into the
 * page as HTML. Pages need no script to show a chart.
 *
 * A chart drawn for a desktop is unreadable scaled down to a phone, so each chart is drawn at the
 * two widths below and the style sheet shows the one that fits the screen (`.chart-wide`,
 * `.chart-narrow` in src/style.css); the hidden one is out of the layout and of the accessibility
 * tree. The plot itself goes in as an image (an SVG data URL) with its accessible name as `alt`
 * and its description, which lists the numbers drawn, referenced by `aria-describedby`; the
 * title, subtitle, legend and caption that Plot writes around it stay HTML text. Why an image
 * rather than inline SVG: Framework parses every page's HTML several times with jsdom, and the
 * thousands of SVG elements of a mission page made that the largest cost of the build
 * (Framework's own work on the 81 mission pages: 0.19 s a page inline, 0.12 s as images).
 */
import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { block, escapeText, Markup, trusted } from "./markup.js";
import type { PageContext } from "./page.js";
import { ChartError } from "./problems.js";

/**
 * Widths the charts are drawn at. The narrow one fills a card on a 390-pixel phone (the style
 * sheet trims the margins on small screens); the wide one is a desktop's column of text.
 */
export const chartWidths = { wide: 720, narrow: 340 } as const;

export type DrawChart = (options: { width: number; document: Document }) => Element;

/** A fresh document for each drawing, so that nothing of one chart leaks into the next. */
function chartDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/** The figure as drawn at one width (what the golden snapshots record). */
export function drawChart(draw: DrawChart, width: number): string {
  return draw({ width, document: chartDocument() }).outerHTML;
}

/** The plot's svg: the figure itself, or the svg Plot places directly inside its figure. */
function plotOf(figure: Element): Element {
  if (figure.tagName.toLowerCase() === "svg") return figure;
  const svg = [...figure.children].find((child) => child.tagName.toLowerCase() === "svg");
  if (!svg) throw new Error("the chart function drew no svg");
  return svg;
}

/**
 * The svg as a data URL of a standalone SVG document, in base64: Framework passes every image
 * address through decodeURI and encodeURI, which would turn a percent-encoded "#" (colours,
 * markers) into "%2523" and break the drawing; base64 goes through unchanged.
 */
function svgDataUrl(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  // An image shows no tooltips: its <title>s would only add weight. Its name and description are
  // the page's alt text and description; the marks keep Plot's labels ("bar", "dot"), which the
  // browser tests read to check that a chart draws something.
  // Nor does it need Plot's style sheet, which sizes the svg in a page and keeps runs of spaces.
  for (const element of [...copy.querySelectorAll("title, style")]) element.remove();
  for (const attribute of ["role", "aria-label", "aria-description"]) copy.removeAttribute(attribute);
  // Hundredths of a pixel are below what a screen shows; Plot's positions carry fifteen digits.
  const drawing = copy.outerHTML.replace(/(\d+\.\d{3,})/g, (number) => String(Math.round(Number(number) * 100) / 100));
  return `data:image/svg+xml;base64,${Buffer.from(drawing).toString("base64")}`;
}

/** Plot's classes for the parts of a figure, by what they are: plot-<hash>-swatch and the like. */
const plotPartClass = /^plot-[0-9a-f]+-(figure|swatches|swatch)$/;

/**
 * Plot's figure without the inline style it carries (a <style> per legend, style attributes),
 * which the report's Content-Security-Policy refuses: its parts get the report's own classes
 * (chart-figure, chart-swatches, chart-swatch), styled by src/style.css.
 */
function styledByTheSheet(figure: Element): void {
  for (const style of [...figure.querySelectorAll("style")]) style.remove();
  for (const element of [figure, ...figure.querySelectorAll("[style], [class]")]) {
    element.removeAttribute("style");
    const classes = (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
    if (!classes.length) continue;
    const renamed = classes
      .filter((name) => !/^plot-[0-9a-f]+-swatches-wrap$/.test(name))
      .map((name) => name.replace(plotPartClass, "chart-$1"));
    element.setAttribute("class", [...new Set(renamed)].join(" "));
  }
}

interface Drawn {
  figure: Element;
  svg: Element;
  name: string;
  description: string;
}

function drawn(draw: DrawChart, width: number): Drawn {
  let figure: Element;
  try {
    figure = draw({ width, document: chartDocument() });
  } catch (error) {
    // Named by the chart function and its line, not by the page that happened to draw it first.
    throw new ChartError(error);
  }
  const svg = plotOf(figure);
  const name = svg.getAttribute("aria-label");
  const description = svg.getAttribute("aria-description");
  if (!name || !description) throw new Error("a chart must have an accessible name and a description (charts/drawing.ts, asImage)");
  return { figure, svg, name, description };
}

function image({ svg, name }: Drawn, className: string, describedBy: string): string {
  const size = ["width", "height"].map((a) => `${a}="${Number(svg.getAttribute(a))}"`).join(" ");
  return `<img${className ? ` class="${className}"` : ""} src="${svgDataUrl(svg)}" ${size} alt="${escapeText(name)}" aria-describedby="${describedBy}">`;
}

/**
 * A chart for the page: an HTML block, in a card, its plot drawn at both widths. The text Plot
 * writes around the plot (title, legend, caption) does not depend on the width and is kept once;
 * if it ever did, the whole figure would be kept at both widths.
 */
export function staticChart(draw: DrawChart): Markup {
  const wide = drawn(draw, chartWidths.wide);
  const narrow = drawn(draw, chartWidths.narrow);
  const id = `chart-${createHash("sha256").update(wide.name).update(wide.description).digest("hex").slice(0, 10)}`;
  const description = `<p id="${id}" class="chart-description">${escapeText(wide.description)}</p>`;
  const images = image(wide, "chart-wide", id) + image(narrow, "chart-narrow", id);
  const around = (d: Drawn, replacement: string) => {
    if (d.figure === d.svg) return replacement;
    const copy = d.figure.cloneNode(true) as Element;
    styledByTheSheet(copy);
    const placeholder = copy.ownerDocument.createElement("chart-plot");
    copy.replaceChild(placeholder, plotOf(copy));
    return copy.outerHTML.replace("<chart-plot></chart-plot>", () => replacement);
  };
  const shared = around(wide, "") === around(narrow, "");
  const figure = shared
    ? around(wide, images + description)
    : `<div class="chart-wide">${around(wide, image(wide, "", id))}</div>` +
      `<div class="chart-narrow">${around(narrow, image(narrow, "", id))}</div>` +
      description;
  // `${…}` in a page is code for Framework.
  const inert = figure.replaceAll("$", "&#36;");
  return block(trusted(`<div class="card chart">${inert}</div>`));
}

/** A chart as a part of its page (PageContext.part): in the preview, one that fails shows its error in place. */
export function chartPart(context: Pick<PageContext, "part">, draw: DrawChart): Markup {
  return context.part("chart", () => staticChart(draw));
}
