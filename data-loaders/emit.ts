import * as aq from "arquero";

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/**
 * A text cell as it is safe to open in a spreadsheet: one that would start a formula gets a
 * leading apostrophe, which spreadsheets show as text; numbers, and text that is a plain number,
 * are left as they are.
 */
export function spreadsheetSafe(value: unknown): unknown {
  return typeof value === "string" && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A tidy table as CSV with its columns in contract order; an empty table keeps its header. */
export function csvText(rows: object[], columns: readonly string[]): string {
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, spreadsheetSafe(value)])));
  const table = safe.length ? aq.from(safe) : aq.table(Object.fromEntries(columns.map((c) => [c, []])));
  return table.select(...columns).toCSV();
}

/** One progress line on stderr, which Framework shows in the terminal. */
export function report(table: string, message: string): void {
  process.stderr.write(`${table}: ${message}\n`);
}
