/*
 * The methodology page's figures (src/methodology.page.ts): each published table's row count
 * and what this build did to the UN file (rows read, duplicates dropped, names repaired).
 */
import type { CasualtiesResult } from "../../../data-loaders/casualties.js";
import { nationalityRepairs } from "../../../data-loaders/nationalities.js";
import { sources } from "../../../data-loaders/sources.js";
import { tableDocs } from "../../../data-loaders/table-docs.js";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import type { DocumentedTable } from "../data-docs.js";
import { formatCount, formatNumber } from "../format.js";

export function documentedTables(casualties: CasualtiesResult, tables: TidyTables, corrections: number): DocumentedTable[] {
  const rows: Record<string, number> = {
    casualties: casualties.rows.length,
    flights: tables.flights.numRows(),
    strength: tables.strength.numRows(),
    contingents: tables.contingents.numRows(),
    events: tables.events.numRows(),
    // missions.csv has one row per mission of the casualties table.
    missions: new Set(casualties.rows.map((row) => row.mission)).size,
    corrections,
  };
  const facts: Record<string, string[]> = {
    casualties: [
      `This build read ${formatNumber(casualties.rowsRead)} rows from the pinned file ${sources.unFatalities.relativePath} and kept ${formatCount(casualties.rows.length, "person", "people")}.`,
      casualties.duplicatesDropped.length
        ? `${formatNumber(casualties.duplicatesDropped.length)} rows repeated a casualty id already seen and were dropped: ` +
          casualties.duplicatesDropped.map((d) => `${d.casualty_id} (line ${d.line})`).join(", ") + "."
        : "No casualty id was repeated.",
      ...Object.entries(casualties.nationalitiesRepaired).map(([written, count]) => {
        const repair = nationalityRepairs[written];
        const what = repair.name === written ? `given its missing ISO code, ${repair.iso3}` : `written "${repair.name}"${repair.iso3 ? ` (${repair.iso3})` : ""}`;
        return `Nationality "${written}" ${what}: ${formatCount(count, "row", "rows")}.`;
      }),
    ],
  };
  return tableDocs.map((doc) => {
    if (rows[doc.name] === undefined) throw new Error(`the methodology page has no row count for the table ${doc.name}`);
    return { ...doc, rows: rows[doc.name], facts: facts[doc.name] ?? [] };
  });
}
