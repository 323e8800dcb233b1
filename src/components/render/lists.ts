import type { EventRow } from "../../../data-loaders/events.js";
import { unDocumentUrl, type SourceKind } from "../../../data-loaders/source-policy.js";
import { type Locale } from "../i18n/format.js";
import { statedDate } from "../i18n/figure-words.js";
import { block, href, html, inLanguage, langAttribute, type Markup } from "./markup.js";
import { columnIn, curatedLanguage, curatedText } from "../i18n/curated-text.js";
import { message } from "../i18n/messages.js";
import { byEdition } from "../i18n/editions.js";
import type { ColumnsIn } from "../../../data-loaders/edition-columns.js";

/*
 * The timeline and the source lists, as HTML blocks for the pages. What a curated cell holds is
 * escaped (src/components/render/markup.ts): markup in a note is shown as the text it is.
 */

/** What a row says about where its facts come from (data-loaders/source-policy.ts). */
export interface Cited {
  /** Empty where the source is an article cited by its title. */
  source_url: string;
  source_title?: string | null;
  report?: string | null;
  source_kind?: SourceKind | null;
}

/** The host a source lives on, as a reader names it: without "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** A link to a page, labelled with what it opens: the given label, or the page's host. */
export function cite(url: string, label?: string | null): Markup {
  return html`<a href="${href(url)}" class="cite">${label || hostOf(url)}</a>`;
}

/**
 * Where a row's facts were read: a link labelled with the source's title or host, or, for an
 * article whose address is not known, its title as a newspaper is cited.
 */
export function sourceLink(
  row: { source_url?: string | null; source_title?: string | null },
  locale: Locale = curatedLanguage,
  { byHost = false } = {},
): Markup {
  // Inside a sentence, a page's title would bring its own colons and dashes: the link is named by its site.
  if (row.source_url) return cite(row.source_url, byHost ? null : row.source_title);
  // An article cited by its title is cited in the edition's words where the row gives them.
  const own = (row as Record<string, unknown>)[columnIn("source_title", locale)];
  const title = typeof own === "string" && own !== "" ? own : inLanguage(row.source_title ?? "", curatedLanguage, locale);
  return html`<cite class="cite">${title}</cite>`;
}

/**
 * A row's citation, each link labelled with what it opens: the UN document by its symbol, linked
 * to the document itself; then, where the facts were read on another page, that page by its host
 * and the kind of source it is ("read in news.abamako.com, other source").
 */
export function citation(row: Cited, locale: Locale = "en", { byHost = false } = {}): Markup {
  const words = citationWords[locale];
  const documentUrl = row.report ? unDocumentUrl(row.report) : null;
  const document = documentUrl ? html`<a href="${href(documentUrl)}" class="cite cite-document">${row.report}</a>` : null;
  const kind =
    row.source_kind && row.source_kind !== "primary" ? html`, <span class="source-kind">${words.kinds[row.source_kind]}</span>` : "";
  // A UN document cited as "other" is one a source quotes but whose own words were not found: say so, not "other source".
  if (document && documentUrl === row.source_url)
    return row.source_kind === "other" ? html`${document}, <span class="source-kind">${words.quotedOnly}</span>` : html`${document}${kind}`;
  return html`${document}${document ? words.readIn : ""}${sourceLink(row, locale, { byHost })}${kind}`;
}

/** How a citation names the kind of a source that is not the primary one, and where it was read, per edition. */
const citationWords = byEdition((locale) => ({
  kinds: {
    agency: message(locale, "citation.kind.agency"),
    press: message(locale, "citation.kind.press"),
    republished: message(locale, "citation.kind.republished"),
    other: message(locale, "citation.kind.other"),
  } satisfies Record<Exclude<SourceKind, "primary">, string>,
  readIn: message(locale, "citation.readIn"),
  /** A UN document known only as another source quotes it. */
  quotedOnly: message(locale, "citation.quotedOnly"),
}));

/** A cited row that also says who stated its figures, in English and, where written, in French. */
export type Attributed = Cited & Partial<ColumnsIn<"stated_by">>;

/** Who stated a row's figures, in the edition's words: its French where the row has it, else its English, marked as English. */
function statedByIn(row: Attributed, locale: Locale): Markup | string {
  if (!row.stated_by) return "";
  return curatedText(row, "stated_by", locale);
}

/** Who stated a row's figures, then its citation: "Le Monde, citing … (S/2023/402, other source)"; the citation alone where the row names no one. */
export function attributedCitation(row: Attributed, locale: Locale): Markup {
  const statedBy = statedByIn(row, locale);
  return statedBy ? html`${statedBy} (${citation(row, locale)})` : citation(row, locale);
}

/**
 * The distinct sources of a table's rows, numbered in order of first use; where a row says who
 * stated its figures, the item names them before the page it was read on, so that a figure a
 * newspaper quoted from a report is not credited to the report.
 */
export function sourceList(rows: readonly Attributed[], locale: Locale = "en"): Markup {
  const seen = new Set<string>();
  const items: Markup[] = [];
  for (const row of rows) {
    const key = `${row.report ?? ""} ${row.source_url} ${row.source_title ?? ""} ${row.stated_by ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(html`<li>${attributedCitation(row, locale)}</li>`);
  }
  return block(html`<ol class="source-list">${items}</ol>`);
}

/** The sources of a chart's rows, numbered in order of first use, under the chart. */
export function chartSources(rows: readonly Attributed[], locale: Locale): Markup {
  return block(html`<div class="chart-sources">${message(locale, "chartSources.label")}${sourceList(rows, locale)}</div>`);
}

/** The timeline's words per edition: its categories, and how a source is introduced. */
const timelineWords = byEdition((locale) => ({
  categories: {
    conflict: message(locale, "event.category.conflict"),
    politics: message(locale, "event.category.politics"),
    "foreign forces": message(locale, "event.category.foreignForces"),
    mission: message(locale, "event.category.mission"),
    restrictions: message(locale, "event.category.restrictions"),
    "human rights": message(locale, "event.category.humanRights"),
    withdrawal: message(locale, "event.category.withdrawal"),
  } satisfies Record<EventRow["category"], string>,
  source: message(locale, "event.source"),
}));

/**
 * The timeline: one item per event, with its date, category and source, in the page's edition.
 * The notes exist in English only; the French edition shows them marked as English.
 */
export function timeline(events: readonly EventRow[], locale: Locale = "en"): Markup {
  const words = timelineWords[locale];
  // Dates may be months (YYYY-MM), which sort before the days of the same month as text.
  const items = [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(
      (event) =>
        html`<li><time datetime="${event.date}">${statedDate(event.date, event.date_precision, locale)}</time> <span class="timeline-category">${words.categories[event.category]}</span> <span class="timeline-event">${curatedText(event, "event", locale)}</span> <span class="timeline-source">${words.source}${citation(event, locale)}</span>${event.note ? html` <span class="timeline-note"${langAttribute(curatedLanguage, locale)}>${event.note}</span>` : ""}</li>\n`,
    );
  return block(html`<ol class="timeline">\n${items}</ol>`);
}
