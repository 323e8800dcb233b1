/**
 * The build's check that both editions draw the same charts: a page and its counterpart in the
 * other edition must hold as many charts (`<div class="card chart">`, static-chart.ts). A chart
 * drawn in one edition only stops the build, named with both pages.
 */
import { counterpartOf, editionOf, locales } from "../../src/components/i18n/editions.js";
import { pagePathOfFile } from "./page-head.js";

const chartCard = /<div class="card chart">/g;

/** One sentence per pair of pages whose charts differ in number; empty when every pair matches. */
export function chartCountGaps(pages: readonly { page: string; html: string }[]): string[] {
  const charts = new Map(pages.map(({ page, html }) => [pagePathOfFile(page), html.match(chartCard)?.length ?? 0]));
  const gaps: string[] = [];
  for (const [path, count] of charts) {
    const other = charts.get(counterpartOf(path));
    // Each pair once, from the root edition's page.
    if (other === undefined || editionOf(path) !== locales[0]) continue;
    if (other !== count) gaps.push(`${path} draws ${count} chart(s), ${counterpartOf(path)} draws ${other}`);
  }
  return gaps;
}
