import * as aq from "arquero";

/** Writes a tidy table to stdout as CSV with its columns in contract order, for a Framework loader. */
export function emitCsv(rows: object[], columns: readonly string[]): void {
  const table = rows.length ? aq.from(rows) : aq.table(Object.fromEntries(columns.map((c) => [c, []])));
  process.stdout.write(table.select(...columns).toCSV());
}

/** One progress line on stderr, which Framework shows in the terminal. */
export function report(table: string, message: string): void {
  process.stderr.write(`${table}: ${message}\n`);
}
