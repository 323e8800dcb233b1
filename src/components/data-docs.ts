import type { CorrectionRow } from "../../data-loaders/corrections.js";
import type { TableDoc } from "../../data-loaders/table-docs.js";
import { formatDate } from "./dates.js";
import { element, hostOf, link } from "./lists.js";

/*
 * The methodology page's descriptions of the published tables and its corrections log, built
 * with textContent like the other lists: what a source or an editor wrote stays text.
 */

export interface DocumentedTable extends TableDoc {
  rows: number;
  /** What this build did, with its counts (rows read, duplicates dropped, names repaired). */
  facts: string[];
}

function table(doc: Document, caption: string, header: string[], rows: string[][]): HTMLTableElement {
  const out = element(doc, "table");
  out.append(element(doc, "caption", caption));
  const head = element(doc, "tr");
  for (const name of header) {
    const th = element(doc, "th", name);
    th.setAttribute("scope", "col");
    head.append(th);
  }
  const thead = element(doc, "thead");
  thead.append(head);
  const tbody = element(doc, "tbody");
  for (const row of rows) {
    const tr = element(doc, "tr");
    for (const cell of row) tr.append(element(doc, "td", cell));
    tbody.append(tr);
  }
  out.append(thead, tbody);
  return out;
}

function list(doc: Document, items: string[]): HTMLUListElement {
  const ul = element(doc, "ul");
  for (const item of items) ul.append(element(doc, "li", item));
  return ul;
}

/** One table's description: what a row is, how many there are, its columns, origin and cleaning. */
export function tableDescription(documented: DocumentedTable, { document: doc = globalThis.document }: { document?: Document } = {}): HTMLDivElement {
  const out = element(doc, "div", undefined, "table-doc");
  const rows = documented.rows.toLocaleString("en-US");
  out.append(element(doc, "p", `One row: ${documented.row.replace(/^One /, "one ")} ${rows} row${documented.rows === 1 ? "" : "s"} in this edition.`));
  out.append(table(doc, `Columns of ${documented.name}.csv`, ["Column", "Type", "Meaning"], documented.columns.map((c) => [c.name, c.type, c.meaning])));
  out.append(element(doc, "p", `Where the rows come from: ${documented.origin}`));
  const cleaning = element(doc, "div");
  cleaning.append(element(doc, "p", "Checks and cleaning:"), list(doc, [...documented.cleaning, ...documented.facts]));
  out.append(cleaning);
  return out;
}

/** The corrections log, newest first, or a sentence saying there is none. */
export function correctionsLog(rows: CorrectionRow[], { document: doc = globalThis.document }: { document?: Document } = {}): HTMLElement {
  if (rows.length === 0) return element(doc, "p", "No published figure has been corrected so far.", "corrections-empty");
  const newestFirst = [...rows].sort((a, b) => b.date.localeCompare(a.date));
  const out = table(
    doc,
    "Corrections to published figures, newest first",
    ["Date", "Figure", "Page", "Was", "Now", "Why", "Source"],
    newestFirst.map((r) => [formatDate(r.date), r.figure, r.page, r.old_value, r.new_value, r.reason, ""]),
  );
  // The source cell holds a link rather than text.
  const bodyRows = out.querySelectorAll("tbody tr");
  newestFirst.forEach((r, i) => bodyRows[i].children[6].append(link(doc, r.source_url, hostOf(r.source_url))));
  out.className = "corrections";
  return out;
}
