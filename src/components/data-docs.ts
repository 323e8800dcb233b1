import type { CorrectionRow } from "../../data-loaders/corrections.js";
import type { ColumnType, TableDoc } from "../../data-loaders/table-docs.js";
import { formatter, type Locale } from "./format.js";
import { columnTypesFr } from "./i18n/table-docs.js";
import { citation } from "./lists.js";
import { block, englishIn, html, withCode, type Markup } from "./markup.js";
import { dataTable } from "./static-table.js";

/*
 * The methodology page's descriptions of the published tables and its corrections log, in each
 * edition's words (a French table description comes from i18n/table-docs.ts). What a source or an
 * editor wrote is escaped like every other value (src/components/markup.ts).
 */

export interface DocumentedTable extends TableDoc {
  rows: number;
  /** What this build did, with its counts (rows read, duplicates dropped, names repaired). */
  facts: string[];
}

const words: Record<
  Locale,
  {
    row: string;
    rows: [one: string, many: string];
    inEdition: string;
    caption(name: string): string;
    column: string;
    type: string;
    meaning: string;
    origin: string;
    cleaning: string;
    corrections: {
      none: string;
      caption: string;
      date: string;
      figure: string;
      page: string;
      was: string;
      now: string;
      why: string;
      source: string;
    };
  }
> = {
  en: {
    row: "One row: ",
    rows: ["row", "rows"],
    inEdition: " in this edition.",
    caption: (name) => `Columns of ${name}.csv`,
    column: "Column",
    type: "Type",
    meaning: "Meaning",
    origin: "Where the rows come from",
    cleaning: "Checks and cleaning:",
    corrections: {
      none: "No published figure has been corrected so far.",
      caption: "Corrections to published figures, newest first",
      date: "Date",
      figure: "Figure",
      page: "Page",
      was: "Was",
      now: "Now",
      why: "Why",
      source: "Source",
    },
  },
  fr: {
    row: "Une ligne\u00a0: ",
    rows: ["ligne", "lignes"],
    inEdition: " dans cette édition.",
    caption: (name) => `Colonnes du fichier ${name}.csv`,
    column: "Colonne",
    type: "Type",
    meaning: "Signification",
    origin: "Provenance des lignes",
    cleaning: "Vérifications et nettoyage\u00a0:",
    corrections: {
      none: "Aucun chiffre publié n'a été corrigé à ce jour.",
      caption: "Corrections des chiffres publiés, les plus récentes d'abord",
      date: "Date",
      figure: "Chiffre",
      page: "Page",
      was: "Avant (en anglais)",
      now: "Maintenant (en anglais)",
      why: "Pourquoi (en anglais)",
      source: "Source",
    },
  },
};

/** A column's type as each edition names it: the docs' own words in English. */
const columnTypeNames: Record<Locale, (type: ColumnType) => string> = { en: (type) => type, fr: (type) => columnTypesFr[type] };

/** One table's description: what a row is, how many there are, its columns, origin and cleaning. */
export function tableDescription(documented: DocumentedTable, locale: Locale = "en"): Markup {
  const w = words[locale];
  const format = formatter(locale);
  const columns = dataTable(
    documented.columns,
    [
      { header: w.column, value: (c) => html`<code>${c.name}</code>` },
      { header: w.type, value: (c) => columnTypeNames[locale](c.type) },
      { header: w.meaning, value: (c) => withCode(c.meaning) },
    ],
    { caption: w.caption(documented.name) },
  );
  const row = documented.row.charAt(0).toLowerCase() + documented.row.slice(1);
  return block(html`<div class="table-doc">
<p>${w.row}${row} ${format.count(documented.rows, ...w.rows)}${w.inEdition}</p>
${columns}
<p><strong>${w.origin}.</strong> ${withCode(documented.origin)}</p>
<p>${w.cleaning}</p>
<ul>${[...documented.cleaning, ...documented.facts].map((item) => html`<li>${withCode(item)}</li>`)}</ul>
</div>`);
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
      { header: w.page, value: (r) => html`<code>${r.page}</code>` },
      // The values are logged as the English edition printed them.
      { header: w.was, value: (r) => englishIn(r.old_value, locale) },
      { header: w.now, value: (r) => englishIn(r.new_value, locale) },
      { header: w.why, value: (r) => englishIn(r.reason, locale) },
      { header: w.source, value: (r) => citation(r, locale) },
    ],
    { caption: w.caption, id: "corrections" },
  );
}
