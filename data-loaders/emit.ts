import * as aq from "arquero";

/** A tidy table as CSV with its columns in contract order; an empty table keeps its header. */
export function csvText(rows: object[], columns: readonly string[]): string {
  const table = rows.length ? aq.from(rows) : aq.table(Object.fromEntries(columns.map((c) => [c, []])));
  return table.select(...columns).toCSV();
}

/** One progress line on stderr, which Framework shows in the terminal. */
export function report(table: string, message: string): void {
  process.stderr.write(`${table}: ${message}\n`);
}
