import { loadCasualties } from "../../data-loaders/casualties.js";
import { loadContingents } from "../../data-loaders/contingents.js";
import { loadCorrections } from "../../data-loaders/corrections.js";
import { report } from "../../data-loaders/emit.js";
import { loadEvents } from "../../data-loaders/events.js";
import { loadFlights } from "../../data-loaders/flights.js";
import { nationalityRepairs } from "../../data-loaders/nationalities.js";
import { sources } from "../../data-loaders/sources.js";
import { loadStrength } from "../../data-loaders/strength.js";
import { tableDocs } from "../../data-loaders/table-docs.js";

/*
 * The methodology page's description of every published table, with the counts and the
 * cleaning this build actually did, computed by the same pipelines that write the tables.
 */
const casualties = loadCasualties();
const rows: Record<string, number> = {
  casualties: casualties.rows.length,
  flights: loadFlights().length,
  strength: loadStrength().length,
  contingents: loadContingents().length,
  events: loadEvents().length,
  // missions.csv has one row per mission of the casualties table.
  missions: new Set(casualties.rows.map((row) => row.mission)).size,
  corrections: loadCorrections().length,
};
const fmt = (n: number) => n.toLocaleString("en-US");
const facts: Record<string, string[]> = {
  casualties: [
    `This build read ${fmt(casualties.rowsRead)} rows from the pinned file ${sources.unFatalities.relativePath} and kept ${fmt(casualties.rows.length)} people.`,
    casualties.duplicatesDropped.length
      ? `${casualties.duplicatesDropped.length} rows repeated a casualty id already seen and were dropped: ` +
        casualties.duplicatesDropped.map((d) => `${d.casualty_id} (line ${d.line})`).join(", ") + "."
      : "No casualty id was repeated.",
    ...Object.entries(casualties.nationalitiesRepaired).map(([written, count]) => {
      const repair = nationalityRepairs[written];
      const what = repair.name === written ? `given its missing ISO code, ${repair.iso3}` : `written "${repair.name}"${repair.iso3 ? ` (${repair.iso3})` : ""}`;
      return `Nationality "${written}" ${what}: ${fmt(count)} row${count === 1 ? "" : "s"}.`;
    }),
  ],
};
const tables = tableDocs.map((doc) => ({ ...doc, rows: rows[doc.name], facts: facts[doc.name] ?? [] }));
report("tables", tables.map((table) => `${table.name} ${table.rows}`).join(", "));
process.stdout.write(JSON.stringify({ tables, sources: Object.values(sources) }, null, 2));
