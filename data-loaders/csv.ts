import { parse } from "csv-parse/sync";
import { CsvError } from "csv-parse";
import { DataError } from "./errors.js";

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Source and file, carried so that later checks can point at a cell. */
  origin: { source: string; file: string };
}

export interface ReadCsvOptions {
  source: string;
  file: string;
  requiredColumns: readonly string[];
}

/**
 * Parses CSV text with a header row. Structural faults (ragged rows, broken quoting, a missing
 * required column) become DataErrors pointing at the line; the values stay raw strings for the
 * table's own validator.
 */
export function readCsv(text: string, { source, file, requiredColumns }: ReadCsvOptions): CsvTable {
  const origin = { source, file };
  if (text.trim() === "") throw new DataError(origin, "the file is empty; expected a CSV header and rows");
  // A download that failed often returns the server's error page with a success status.
  if (/^\uFEFF?\s*</.test(text)) {
    throw new DataError({ ...origin, line: 1 }, "this is an HTML page, not CSV (an error page from the server?)");
  }

  let rows: { record: string[]; info: { lines: number; raw?: string } }[];
  try {
    rows = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true }) as unknown as typeof rows;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new DataError({ ...origin, line }, `not valid CSV: ${error.message}`);
    }
    throw error;
  }

  const [first, ...body] = rows;
  const header = first.record.map((name) => name.trim());
  for (const required of requiredColumns) {
    if (!header.includes(required)) {
      const otherDelimiter = header.length === 1 ? [";", "\t", "|"].find((d) => header[0].includes(d)) : undefined;
      throw new DataError(
        { ...origin, line: 1 },
        otherDelimiter
          ? `the header is one column holding ${JSON.stringify(otherDelimiter)}: the file seems to use another delimiter than the comma`
          : `required column "${required}" is missing; the header has: ${header.join(", ")}`,
      );
    }
  }
  const duplicated = header.find((name, i) => header.indexOf(name) !== i);
  if (duplicated) {
    throw new DataError({ ...origin, line: 1, columnName: duplicated }, "the header names this column twice");
  }

  const records = body.map(({ record, info }) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => (values[name] = record[i]));
    return { line: startLine(info.lines, info.raw ?? ""), values };
  });
  return { header, records, origin };
}

/** Builds the error for one cell of a parsed table. */
export function cellError(table: CsvTable, record: CsvRecord, columnName: string, problem: string): DataError {
  const index = table.header.indexOf(columnName);
  return new DataError(
    {
      ...table.origin,
      line: record.line,
      column: index >= 0 ? index + 1 : undefined,
      columnName,
      value: record.values[columnName],
    },
    problem,
  );
}

/** csv-parse reports the line a record ends on; a quoted cell may span several lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, "").replace(/\r?\n$/, "");
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** UTF-8 text of a file, or a DataError at the line and column of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, origin: { source: string; file: string }): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const at = lossy.indexOf("\uFFFD");
    const before = lossy.slice(0, at);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    const lineStart = before.lastIndexOf("\n") + 1;
    throw new DataError(
      { ...origin, line, value: lossy.slice(lineStart, lossy.indexOf("\n", at) === -1 ? undefined : lossy.indexOf("\n", at)).slice(0, 80) },
      `not UTF-8: a byte at character ${at - lineStart + 1} of the line is not valid UTF-8 (Latin-1 or Windows-1252 text?)`,
    );
  }
}
