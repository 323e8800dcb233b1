/*
 * "About the data" as both editions print it: each published table with its download and its
 * description, the pinned sources, the curated rows by kind of source, and the corrections log,
 * from the same tables in the page's language; the prose around them is the page's template's
 * (src/methodology.page.ts).
 */

import { sources, type UpstreamSource } from "../../../data-loaders/sources.js";

import { correctionsLog, tableDescription } from "./data-docs.js";
import { documentedTable, sourcesByKind, type SourceKindCounts } from "../figures/tables.js";
import { republisherHosts, sourceKinds, type SourceKind } from "../../../data-loaders/source-policy.js";
import { formatter, type Locale } from "../i18n/format.js";
import { block, englishIn, href, html, inLanguage, type Markup } from "../render/markup.js";
import { byEdition, inEdition } from "../i18n/editions.js";
import { isMessageKey, markupMessage, message } from "../i18n/messages.js";
import { relativeHref } from "../render/site-nav.js";
import type { PageContext } from "../render/page.js";
import { dataTable } from "../render/static-table.js";
import { rowsOf } from "../../../data-loaders/tidy-tables.js";

/** The page parts' words in each edition, from its catalogue (methodologyPage.parts.*). */
const words = byEdition((locale) => ({
  source: (retrieved: string, sha256: Markup, bytes: string) =>
    markupMessage(locale, "methodologyPage.parts.source", { retrieved, sha256, bytes }),
  byKind: {
    caption: message(locale, "methodologyPage.parts.byKind.caption"),
    table: message(locale, "methodologyPage.parts.byKind.table"),
    kinds: Object.fromEntries(sourceKinds.map((kind) => [kind, message(locale, `citation.kindName.${kind}`)])) as Record<
      SourceKind,
      string
    >,
    all: message(locale, "methodologyPage.parts.byKind.all"),
    total: message(locale, "methodologyPage.parts.byKind.total"),
  },
}));

/** A published table's download and description, a part of its own: a bad row in one table leaves the others shown. */
export function tableSection(context: PageContext, name: string, locale: Locale): Markup {
  return context.part(
    `the ${name} table`,
    () => html`<a href="${relativeHref(inEdition("/methodology", locale), "/")}data/tables/${name}.csv" download>${name}.csv</a>
${tableDescription(
  documentedTable(name, context.casualties, context.tables(), () => context.corrections().length, locale),
  locale,
)}`,
  );
}

/**
 * Who publishes a pinned file, in the edition's words (catalogue: source.publisher.<id>); the names
 * of a data hub and a journal stay as their owners write them, marked as English.
 */
/** A pinned source's title in the edition's words: the dataset's own name in English, described in French ("Liste des opérations…"). */
export function sourceTitleIn(source: UpstreamSource, locale: Locale): string {
  const key = `source.title.${source.id}`;
  if (!isMessageKey(key)) throw new Error(`the catalogues do not give the title of the source "${source.id}" (${key})`);
  return message(locale, key);
}

/** A pinned source named by its title in the edition's words, linked to its dataset's page. */
export function sourceLinkIn(source: UpstreamSource, locale: Locale): Markup {
  return html`<a href="${href(source.datasetPage)}">${sourceTitleIn(source, locale)}</a>`;
}

export function publisherIn(source: UpstreamSource, locale: Locale): Markup {
  const key = `source.publisher.${source.id}`;
  if (!isMessageKey(key)) throw new Error(`the catalogues do not name the publisher of the source "${source.id}" (${key})`);
  return markupMessage(locale, key, {
    hub: inLanguage("UN Peace and Security Data Hub", "en", locale),
    journal: html`<cite>${inLanguage("Journal of Peace Research", "en", locale)}</cite>`,
  });
}

/** The pinned upstream files, each with its page, retrieval day, checksum and licence. */
export function sourcesList(locale: Locale): Markup {
  const format = formatter(locale);
  const w = words[locale];
  // The files' titles and licences are their publishers', in English.
  return block(
    html`<ul>${Object.values(sources).map(
      (s) =>
        html`<li>${sourceLinkIn(s, locale)}, ${publisherIn(s, locale)}. ${w.source(format.date(s.retrieved), html`<code>${s.sha256}</code>`, format.number(s.bytes))}${englishIn(s.licence, locale)}</li>`,
    )}</ul>`,
  );
}

/** The curated tables' rows counted by the kind of source they cite. */
export function sourcesByKindTable(context: PageContext, locale: Locale): Markup {
  return context.part("sources by kind", () => {
    const w = words[locale].byKind;
    const format = formatter(locale);
    const curated = context.tables();
    const byKind = sourcesByKind({
      events: rowsOf(curated.events),
      flights: rowsOf(curated.flights),
      strength: rowsOf(curated.strength),
      contingents: rowsOf(curated.contingents),
      sites: rowsOf(curated.sites),
      withdrawal: rowsOf(curated.withdrawal),
      toll_statements: rowsOf(curated.tollStatements),
      ...context.referenceCuration(),
      corrections: context.corrections(),
    });
    return dataTable(
      byKind,
      [
        { header: w.table, value: (row) => (row.table === "all" ? w.all : html`<code>${row.table}</code>`) },
        ...sourceKinds.map((kind) => ({
          header: w.kinds[kind],
          value: (row: SourceKindCounts) => format.number(row[kind]),
          numeric: true,
        })),
        { header: w.total, value: (row) => format.number(row.total), numeric: true },
      ],
      { caption: w.caption },
    );
  });
}

/** The corrections log, with the corrections table's own description. */
export function correctionsSection(context: PageContext, locale: Locale): Markup {
  return context.part(
    "the corrections log",
    () => html`${correctionsLog(context.corrections(), locale)}
${tableDescription(
  documentedTable("corrections", context.casualties, context.tables(), () => context.corrections().length, locale),
  locale,
)}`,
  );
}

/** The sites the sourcing policy takes for republishers, named as the methodology lists them. */
export function republishers(locale: Locale): string {
  return formatter(locale).list(Object.values(republisherHosts));
}
