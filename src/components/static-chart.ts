/*
 * Charts drawn at build time, in Node: the chart functions of charts.ts run with linkedom's DOM
 * (Plot measures no text, so the SVG is the one a browser would draw) and the figure goes into
 * the page as HTML. Pages need no script to show a chart.
 *
 * A chart drawn for a desktop is unreadable scaled down to a phone, so each chart is drawn twice,
 * at the two widths below, and the style sheet shows the copy that fits the screen (src/style.css,
 * `.chart-wide` and `.chart-narrow`); the hidden copy is out of the layout and of the
 * accessibility tree.
 */
import { parseHTML } from "linkedom";
import { block, Markup, trusted } from "./markup.js";

/**
 * Widths the charts are drawn at. The narrow one fills a card on a 390-pixel phone (the style
 * sheet trims the margins on small screens); the wide one is the column of text on a desktop.
 */
export const chartWidths = { wide: 720, narrow: 340 } as const;

export type DrawChart = (options: { width: number; document: Document }) => Element;

/** A fresh document for each drawing, so that nothing of one chart leaks into the next. */
export function chartDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/**
 * The chart's HTML at one width. `$` becomes a character reference outside style sheets: in a
 * page, `${…}` is code for Framework to run.
 */
export function drawChart(draw: DrawChart, width: number): string {
  const figure = draw({ width, document: chartDocument() });
  return figure.outerHTML.replace(/(<style[\s\S]*?<\/style>)|\$/g, (match, style) => style ?? "&#36;");
}

/** A chart for the page: an HTML block, in a card, drawn at both widths. */
export function staticChart(draw: DrawChart): Markup {
  return block(trusted(
    `<div class="card chart">` +
      `<div class="chart-wide">${drawChart(draw, chartWidths.wide)}</div>` +
      `<div class="chart-narrow">${drawChart(draw, chartWidths.narrow)}</div>` +
      `</div>`,
  ));
}
