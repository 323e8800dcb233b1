import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { parseCasualties } from "../data-loaders/casualties.js";
import { casualtiesCsvOptions } from "../src/components/metrics.js";

export const fixturesDir = join(import.meta.dirname, "fixtures");

export function readFixture(...path: string[]): string {
  return readFileSync(join(fixturesDir, ...path), "utf-8");
}

/**
 * The fixture's tidy table as a page gets it: through the pipeline, written as CSV, read back
 * with the page's column types.
 */
export function fixtureCasualtiesTable() {
  const { rows } = parseCasualties(readFixture("fatalities", "good.csv"), {
    source: "fixture",
    file: "good.csv",
    today: "2026-01-01",
  });
  return aq.fromCSV(aq.from(rows).toCSV(), casualtiesCsvOptions);
}
