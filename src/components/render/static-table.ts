/*
 * Tables of numbers as static HTML, the same for every reader with or without JavaScript: a
 * caption, a header row, one row per record. Wide tables scroll inside their own box, which the
 * keyboard can reach.
 */
import { block, html, type Markup } from "./markup.js";

type Cell = Markup | string | number | null;

export interface Column<Row> {
  header: string;
  value: (row: Row) => Cell;
  /** Right-aligned, for numbers. */
  numeric?: boolean;
}

export function dataTable<Row>(rows: readonly Row[], columns: Column<Row>[], { caption, id }: { caption: string; id?: string }): Markup {
  const align = (column: Column<Row>) => (column.numeric ? html` class="numeric"` : "");
  return block(html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}"><table${id ? html` id="${id}"` : ""}>
<caption>${caption}</caption>
<thead><tr>${columns.map((column) => html`<th scope="col"${align(column)}>${column.header}</th>`)}</tr></thead>
<tbody>
${rows.map((row) => html`<tr>${columns.map((column) => html`<td${align(column)}>${column.value(row)}</td>`)}</tr>\n`)}</tbody>
</table></div>`);
}

/** The numbers behind a chart, folded under a summary as the story pages show them. */
export function numbersBehind(summary: string, ...content: Markup[]): Markup {
  return block(html`<details class="figure-numbers"><summary>${summary}</summary>
${content}
</details>`);
}
