/**
 * Every chart case of the English edition (tests/components/charts/chart-cases.ts), for the pseudo-locale
 * tests, and the words their fixtures hold. A test file that imports this module swaps the
 * pseudo-locale in for the English catalogue first (`vi.mock`, see pseudo-locale.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { chartCases } from "../charts/chart-cases.js";

/** The English drawings: a French case ("-fr") draws from the French catalogue, which the pseudo-locale leaves alone. */
export const englishCharts = Object.fromEntries(Object.entries(chartCases).filter(([name]) => !name.endsWith("-fr")));

/** The columns of the fixtures whose values a chart prints as they are: names of missions, places, countries, events. */
const nameColumns = new Set([
  "mission_acronym",
  "casualty_nationality",
  "country",
  "site",
  "location",
  "mission",
  "contributor",
  "nationality",
  // Geo-PKO's contributors of a year, "Bangladesh (600), Germany (size unknown)": the chart prints their names.
  "year.overview",
]);

/** Every word the fixtures' name columns hold, and the fixtures' own test labels: the data's words, not the catalogue's. */
export function fixtureWords(): Set<string> {
  const words = new Set([
    // The test labels and towns of chart-cases.ts.
    ...["Fixtown", "Fixport", "FIXD", "A", "fixture", "event", "Another", "long", "name", "Nov", "Apr", "May", "Oct"],
    // Names the pipeline writes in full from the fixtures' short or damaged forms: "Côte dIvoire", "UK".
    ...["Ivoire", "United", "Kingdom"],
  ]);
  const root = join(import.meta.dirname, "..", "..", "fixtures");
  for (const dir of ["fatalities", "curated", "claims", "geo-pko"])
    for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith(".csv"))) {
      const text = readFileSync(join(root, dir, file), "utf-8");
      if (text.trim() === "") continue;
      for (const row of aq.fromCSV(text, { autoType: false }).objects() as Record<string, string>[])
        for (const [column, cell] of Object.entries(row))
          if (nameColumns.has(column)) for (const word of String(cell ?? "").split(/[^\p{L}]+/u)) if (word) words.add(word);
    }
  return words;
}
