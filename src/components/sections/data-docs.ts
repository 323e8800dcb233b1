import type { CorrectionRow } from "../../../data-loaders/corrections.js";
import type { ColumnType, TableDoc } from "../../../data-loaders/table-docs.js";
import { formatter, type Locale } from "../i18n/format.js";
import { byEdition } from "../i18n/editions.js";
import { message, type KeysUnder } from "../i18n/messages.js";
import { reportPages } from "../render/site-nav.js";
import { citation } from "../render/lists.js";
import { block, englishIn, html, withCode, type Markup } from "../render/markup.js";
import { dataTable } from "../render/static-table.js";

/*
 * The methodology page's descriptions of the published tables and its corrections log, in each
 * edition's words (a French table description comes from i18n/table-docs.ts). What a source or an
 * editor wrote is escaped like every other value (src/components/render/markup.ts).
 */

export interface DocumentedTable extends TableDoc {
  rows: number;
  /** What this build did, with its counts (rows read, duplicates dropped, names repaired). */
  facts: string[];
}

const words = byEdition((locale) => {
  const w = (key: KeysUnder<"dataDocs">) => message(locale, `dataDocs.${key}`);
  return {
    row: w("row"),
    rowCount: (rows: number) => message(locale, "dataDocs.rowCount", { rows, written: formatter(locale).cardinal(rows, { of: "row" }) }),
    caption: (name: string) => message(locale, "dataDocs.caption", { name }),
    column: w("column"),
    type: w("type"),
    meaning: w("meaning"),
    origin: w("origin"),
    cleaning: w("cleaning"),
    corrections: {
      none: w("corrections.none"),
      caption: w("corrections.caption"),
      date: w("corrections.date"),
      figure: w("corrections.figure"),
      page: w("corrections.page"),
      was: w("corrections.was"),
      now: w("corrections.now"),
      why: w("corrections.why"),
      source: w("corrections.source"),
    },
  };
});

/** A column's type as each edition names it (catalogue: dataDocs.columnType.<type>). */
function columnTypeName(type: ColumnType, locale: Locale): string {
  return message(locale, `dataDocs.columnType.${type}`);
}

/** One table's description: what a row is, how many there are, its columns, origin and cleaning. */
export function tableDescription(documented: DocumentedTable, locale: Locale = "en"): Markup {
  const w = words[locale];
  const columns = dataTable(
    documented.columns,
    [
      { header: w.column, value: (c) => html`<code>${c.name}</code>` },
      { header: w.type, value: (c) => columnTypeName(c.type, locale) },
      { header: w.meaning, value: (c) => withCode(c.meaning) },
    ],
    { caption: w.caption(documented.name) },
  );
  const row = documented.row.charAt(0).toLowerCase() + documented.row.slice(1);
  return block(html`<div class="table-doc">
<p>${w.row}${row} ${w.rowCount(documented.rows)}</p>
${columns}
<p><strong>${w.origin}.</strong> ${withCode(documented.origin)}</p>
<p>${w.cleaning}</p>
<ul>${[...documented.cleaning, ...documented.facts].map((item) => html`<li>${withCode(item)}</li>`)}</ul>
</div>`);
}

/** A page of the log ("flights", "index") by its name in the edition's navigation; a page the navigation does not name keeps the log's key. */
function pageName(page: string, locale: Locale): Markup | string {
  const path = page === "index" ? "/" : `/${page}`;
  return reportPages[locale].find((section) => section.path === path)?.name ?? html`<code>${page}</code>`;
}

/** The corrections log, newest first, or a sentence saying there is none. */
export function correctionsLog(rows: readonly CorrectionRow[], locale: Locale = "en"): Markup {
  const w = words[locale].corrections;
  if (rows.length === 0) return block(html`<p class="corrections-empty">${w.none}</p>`);
  const format = formatter(locale);
  const newestFirst = [...rows].sort((a, b) => b.date.localeCompare(a.date));
  return dataTable(
    newestFirst,
    [
      { header: w.date, value: (r) => format.date(r.date) },
      { header: w.figure, value: (r) => html`<code>${r.figure}</code>` },
      { header: w.page, value: (r) => pageName(r.page, locale) },
      // The values are logged as the English edition printed them.
      { header: w.was, value: (r) => englishIn(r.old_value, locale) },
      { header: w.now, value: (r) => englishIn(r.new_value, locale) },
      { header: w.why, value: (r) => englishIn(r.reason, locale) },
      { header: w.source, value: (r) => citation(r, locale) },
    ],
    { caption: w.caption, id: "corrections" },
  );
}
