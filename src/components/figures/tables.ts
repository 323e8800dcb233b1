/*
 * The methodology page's figures (src/methodology.page.ts): each published table's row count,
 * what this build did to the UN file (rows read, duplicates dropped, names repaired), and the
 * curated rows counted by the kind of source they cite.
 */
import type { CasualtiesResult } from "../../../data-loaders/casualties.js";
import { nationalityRepairs } from "../../../data-loaders/nationalities.js";
import { sourceKinds, type SourceKind } from "../../../data-loaders/source-policy.js";
import { sources } from "../../../data-loaders/sources.js";
import { tableDocs, type TableDoc } from "../../../data-loaders/table-docs.js";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import type { DocumentedTable } from "../sections/data-docs.js";
import { formatter, type Locale } from "../i18n/format.js";
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import { frenchTableDoc } from "../i18n/table-docs.js";

/** One published table with its facts in the edition's words, read only when asked for: a bad table fails alone. */
/** A table's description in each edition: the docs' own in English, the French translation else. */
const tableDocIn: Record<Locale, (doc: TableDoc) => TableDoc> = { en: (doc) => doc, fr: frenchTableDoc };

export function documentedTable(
  name: string,
  casualties: () => CasualtiesResult,
  tables: TidyTables,
  corrections: () => number,
  locale: Locale = "en",
): DocumentedTable {
  const rows: Record<string, () => number> = {
    casualties: () => casualties().rows.length,
    flights: () => tables.flights.numRows(),
    strength: () => tables.strength.numRows(),
    contingents: () => tables.contingents.numRows(),
    events: () => tables.events.numRows(),
    deployments: () => tables.deployments.numRows(),
    deployment_contributors: () => tables.deploymentContributors.numRows(),
    sites: () => tables.sites.numRows(),
    withdrawal: () => tables.withdrawal.numRows(),
    toll_statements: () => tables.tollStatements.numRows(),
    // missions.csv has one row per mission of the casualties table.
    missions: () => new Set(casualties().rows.map((row) => row.mission)).size,
    mission_reference: () => tables.missionReference.numRows(),
    corrections,
  };
  const doc = tableDocs.find((table) => table.name === name);
  if (!doc) throw new Error(`no published table is named ${name}`);
  if (!rows[name]) throw new Error(`the methodology page has no row count for the table ${name}`);
  return {
    ...tableDocIn[locale](doc),
    rows: rows[name](),
    facts: name === "casualties" ? casualtiesFacts(casualties(), locale) : [],
  };
}

/** The sentences of what this build did to the UN file, in each edition's words (catalogue: facts.*). */
const factsText = byEdition((locale) => {
  const format = formatter(locale);
  const code = (value: string) => `\`${value}\``;
  return {
    read: (rows: string, file: string, kept: number) =>
      message(locale, "facts.read", { rows, file: file.split("/").at(-1)!, kept, keptWritten: format.number(kept) }),
    dropped: (count: number, rows: string[]) =>
      message(locale, "facts.dropped", { count, written: format.cardinal(count, { of: "row" }), rows: rows.join(", ") }),
    noneDropped: message(locale, "facts.noneDropped"),
    droppedRow: (id: string, line: number) => message(locale, "facts.droppedRow", { id, line: String(line) }),
    repaired: (written: string, what: string, rows: number) =>
      message(locale, "facts.repaired", { written: code(written), what, rows, rowsWritten: format.number(rows) }),
    givenCode: (iso3: string | undefined) => message(locale, "facts.givenCode", { iso3: code(iso3 ?? "") }),
    rewritten: (name: string, iso3: string | undefined) =>
      message(locale, "facts.rewritten", { name: code(name), iso3: iso3 ? ` (${code(iso3)})` : "" }),
  };
});

function casualtiesFacts(casualties: CasualtiesResult, locale: Locale): string[] {
  const format = formatter(locale);
  const text = factsText[locale];
  const dropped = casualties.duplicatesDropped;
  return [
    text.read(format.number(casualties.rowsRead), sources.unFatalities.relativePath, casualties.rows.length),
    dropped.length
      ? text.dropped(
          dropped.length,
          dropped.map((d) => text.droppedRow(d.casualty_id, d.line)),
        )
      : text.noneDropped,
    ...Object.entries(casualties.nationalitiesRepaired).map(([written, count]) => {
      const { name, iso3 } = nationalityRepairs[written];
      return text.repaired(written, name === written ? text.givenCode(iso3) : text.rewritten(name, iso3), count);
    }),
  ];
}

/** How many rows of one curated table cite each kind of source. */
export type SourceKindCounts = { table: string; total: number } & Record<SourceKind, number>;

/** Rows by kind of source, per curated table and in all (the last entry, table "all"). */
export function sourcesByKind(tables: Record<string, readonly { source_kind: SourceKind }[]>): SourceKindCounts[] {
  const empty = () => Object.fromEntries(sourceKinds.map((kind) => [kind, 0])) as Record<SourceKind, number>;
  const all: SourceKindCounts = { table: "all", total: 0, ...empty() };
  const counts = Object.entries(tables).map(([table, rows]) => {
    const byKind: SourceKindCounts = { table, total: rows.length, ...empty() };
    for (const row of rows) {
      byKind[row.source_kind] += 1;
      all[row.source_kind] += 1;
    }
    all.total += rows.length;
    return byKind;
  });
  return [...counts, all];
}
