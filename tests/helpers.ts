import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { parseHTML } from "linkedom";
import MarkdownIt from "markdown-it";
import { parseCasualties } from "../data-loaders/casualties.js";
import { parseCuratedTable, type AnyCuratedSchema, type CuratedTableSpec } from "../data-loaders/curated.js";
import { DataError } from "../data-loaders/errors.js";
import { casualtiesCsvOptions } from "../src/components/tables.js";

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

/**
 * A curated fixture as a page gets it: validated by its table's spec, written as CSV, read back
 * with the page's column types.
 */
export function fixtureCuratedTable(file: string, spec: CuratedTableSpec<AnyCuratedSchema>, csvOptions: Parameters<typeof aq.fromCSV>[1]) {
  const rows = parseCuratedTable(readFixture("curated", file), spec, file) as object[];
  return aq.fromCSV(
    aq
      .from(rows)
      .select(...spec.columns)
      .toCSV(),
    csvOptions,
  );
}

/** The DataError a parse throws; fails the test when the input is accepted or fails otherwise. */
export function dataErrorOf(what: string, parse: () => unknown): DataError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${what} was accepted`);
}

/**
 * Markdown a page loader prints, as a reader gets it: rendered by markdown-it configured as
 * Framework configures it, then parsed into a DOM.
 */
export function renderedMarkdown(markdown: string | { source: string }): HTMLElement {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  const source = typeof markdown === "string" ? markdown : markdown.source;
  const { document } = parseHTML(`<!doctype html><html><body>${md.render(source)}</body></html>`);
  return document.body as unknown as HTMLElement;
}
