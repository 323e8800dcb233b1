import { isUtf8 } from "node:buffer";
import Papa from "papaparse";
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

/** The header of a CSV file being read, and where it comes from: what a cell error needs. */
export type CsvShape = Pick<CsvTable, "header" | "origin">;

/**
 * Parses CSV text with a header row. Structural faults (ragged rows, broken quoting, a missing
 * required column) become DataErrors pointing at the line; the values stay raw strings for the
 * table's own validator.
 */
export function readCsv(text: string, options: ReadCsvOptions): CsvTable {
  const records: CsvRecord[] = [];
  const { header, origin } = eachCsvRecord(text, options, (record) => records.push(record));
  return { header, records, origin };
}

/**
 * Reads CSV text record by record, handing each to `visit` and keeping none, so that a file of
 * hundreds of thousands of rows costs only what the caller keeps. Same checks as readCsv.
 */
export function eachCsvRecord(
  text: string,
  { source, file, requiredColumns }: ReadCsvOptions,
  visit: (record: CsvRecord, shape: CsvShape) => void,
): CsvShape & { records: number } {
  const origin = { source, file };
  if (text.trim() === "") throw new DataError(origin, "the file is empty; expected a CSV header and rows");
  // A download that failed often returns the server's error page with a success status.
  if (/^\uFEFF?\s*</.test(text)) {
    throw new DataError({ ...origin, line: 1 }, "this is an HTML page, not CSV (an error page from the server?)");
  }

  let shape: CsvShape | undefined;
  let records = 0;
  let failure: unknown;
  const body = text.replace(/^\uFEFF/, "");
  const lines = lineCounter(body);
  Papa.parse<string[]>(body, {
    // Fixed, never guessed: a file in another delimiter must fail on its header, not be read.
    delimiter: ",",
    skipEmptyLines: true,
    step: (result, parser) => {
      try {
        const line = lines.recordStart(result.meta.cursor);
        const record = result.data;
        const quoting = result.errors.find((error) => error.type === "Quotes");
        if (quoting)
          throw new DataError({ ...origin, line }, `not valid CSV: ${quoting.message.toLowerCase()} (a quote opened and never closed?)`);
        if (!shape) {
          shape = { header: checkHeader(record, origin, requiredColumns), origin };
          return;
        }
        if (record.length !== shape.header.length) {
          throw new DataError(
            { ...origin, line },
            `not valid CSV: the row has ${record.length} field${record.length === 1 ? "" : "s"}, the header ${shape.header.length} (a row cut short, or a stray comma?)`,
          );
        }
        const values: Record<string, string> = {};
        shape.header.forEach((name, i) => (values[name] = record[i]));
        visit({ line, values }, shape);
        records++;
      } catch (error) {
        failure = error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  if (!shape) throw new DataError(origin, "the file is empty; expected a CSV header and rows");
  return { ...shape, records };
}

/**
 * Line numbers of records, from the parser's position after each one: a record starts on the
 * first line after the previous record that is not blank (blank lines are skipped) and may span
 * several lines when a quoted cell holds a line break.
 */
function lineCounter(text: string): { recordStart: (end: number) => number } {
  let position = 0;
  let line = 1;
  const countNewlines = (from: number, to: number) => {
    let count = 0;
    for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
    return count;
  };
  return {
    recordStart(end) {
      let start = position;
      while (start < end && (text[start] === "\n" || text[start] === "\r")) {
        if (text[start] === "\n") line++;
        start++;
      }
      const first = line;
      line += countNewlines(start, end);
      position = end;
      return first;
    },
  };
}

function checkHeader(first: string[], origin: CsvTable["origin"], requiredColumns: readonly string[]): string[] {
  const header = first.map((name) => name.trim());
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
  return header;
}

/** Builds the error for one cell of a parsed table. */
export function cellError(table: CsvShape, record: CsvRecord, columnName: string, problem: string): DataError {
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

/** UTF-8 text of a file, or a DataError at the line and column of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, origin: { source: string; file: string }): string {
  // isUtf8 checks without decoding, several times faster than a fatal TextDecoder on a large file.
  // Like TextDecoder, drop a byte-order mark.
  if (isUtf8(bytes))
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString("utf-8")
      .replace(/^\uFEFF/, "");
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
