/*
 * What every chart function shares. Each takes tidy rows and options and returns a Plot figure, so
 * the page, the snapshot tests and any static render draw the same picture; `document` lets Node
 * callers pass a server-side DOM. Here: those options, the point a date takes on a time axis, and
 * how a figure becomes one accessible image set in its edition's typography.
 */
import type * as Plot from "@observablehq/plot";
import { isMonthOnly, type Locale } from "../i18n/format.js";
import { typesetText } from "../i18n/typography.js";

/**
 * Plot labels every group of marks with aria-label, which assistive technology reads as loose
 * fragments (and axe flags on <g>). The chart as a whole is the image: its svg carries the name
 * and the description of the numbers, and the groups inside are hidden from the accessibility tree.
 */
export function asImage<T extends Element>(locale: Locale, figure: T): T {
  const svgs = figure.tagName.toLowerCase() === "svg" ? [figure] : [...figure.querySelectorAll("svg[aria-label]")];
  for (const svg of svgs) {
    svg.setAttribute("role", "img");
    for (const group of svg.querySelectorAll("g[aria-label]")) group.setAttribute("aria-hidden", "true");
  }
  typesetDrawing(figure, locale);
  return figure;
}

/**
 * Every word a chart shows or says in its edition's typography: the text drawn in the plot, the
 * title, legend and caption around it, and its text alternative, as the page around it is set.
 */
function typesetDrawing(figure: Element, locale: Locale): void {
  const walker = figure.ownerDocument.createTreeWalker(figure, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.tagName.toLowerCase() === "style" || !node.textContent?.trim()) continue;
    node.textContent = typesetText(node.textContent, locale);
  }
  for (const element of [figure, ...figure.querySelectorAll("[aria-label], [aria-description]")])
    for (const attribute of ["aria-label", "aria-description"]) {
      const value = element.getAttribute(attribute);
      if (value) element.setAttribute(attribute, typesetText(value, locale));
    }
}

/** A point on a time axis: the day itself, or the middle of the month when only the month is known. */
export function toTime(date: string): Date {
  return new Date(isMonthOnly(date) ? `${date}-15T00:00:00Z` : `${date}T00:00:00Z`);
}

/**
 * What a chart function takes besides its rows: the width and the document to draw with, and any
 * other of Plot's options (height, margins, style…), applied after the chart's own so that a caller
 * can adjust a chart without writing another.
 */
export type ChartOptions = Omit<Plot.PlotOptions, "marks" | "width" | "document"> & { width?: number; document?: Document };
