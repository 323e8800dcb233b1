import type { CorrectionRow } from "../../data-loaders/corrections.js";
import type { TableDoc } from "../../data-loaders/table-docs.js";
import { formatCount, formatDate } from "./format.js";
import { citation } from "./lists.js";
import { block, html, type Markup } from "./markup.js";
import { dataTable } from "./static-table.js";

/*
 * The methodology page's descriptions of the published tables and its corrections log. What a
 * source or an editor wrote is escaped like every other value (src/components/markup.ts).
 */

export interface DocumentedTable extends TableDoc {
  rows: number;
  /** What this build did, with its counts (rows read, duplicates dropped, names repaired). */
  facts: string[];
}

/** One table's description: what a row is, how many there are, its columns, origin and cleaning. */
export function tableDescription(documented: DocumentedTable): Markup {
  const columns = dataTable(
    documented.columns,
    [
      { header: "Column", value: (c) => c.name },
      { header: "Type", value: (c) => c.type },
      { header: "Meaning", value: (c) => c.meaning },
    ],
    { caption: `Columns of ${documented.name}.csv` },
  );
  return block(html`<div class="table-doc">
<p>One row: ${documented.row.replace(/^One /, "one ")} ${formatCount(documented.rows, "row", "rows")} in this edition.</p>
${columns}
<p>Where the rows come from: ${documented.origin}</p>
<p>Checks and cleaning:</p>
<ul>${[...documented.cleaning, ...documented.facts].map((item) => html`<li>${item}</li>`)}</ul>
</div>`);
}

/** The corrections log, newest first, or a sentence saying there is none. */
export function correctionsLog(rows: readonly CorrectionRow[]): Markup {
  if (rows.length === 0) return block(html`<p class="corrections-empty">No published figure has been corrected so far.</p>`);
  const newestFirst = [...rows].sort((a, b) => b.date.localeCompare(a.date));
  return dataTable(
    newestFirst,
    [
      { header: "Date", value: (r) => formatDate(r.date) },
      { header: "Figure", value: (r) => r.figure },
      { header: "Page", value: (r) => r.page },
      { header: "Was", value: (r) => r.old_value },
      { header: "Now", value: (r) => r.new_value },
      { header: "Why", value: (r) => r.reason },
      { header: "Source", value: (r) => citation(r) },
    ],
    { caption: "Corrections to published figures, newest first", id: "corrections" },
  );
}
