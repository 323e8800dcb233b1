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
  // One scan of the whole text; cells are searched only when it finds something.
  const mayHoldInvisible = invisibleCharacter(body) !== null;
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
        if (mayHoldInvisible) refuseInvisible({ line, values }, shape);
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
 * several lines when a quoted cell holds a line break. A line ends at "\r\n", "\n" or a lone
 * "\r", as the parser reads them.
 */
function lineCounter(text: string): { recordStart: (end: number) => number } {
  let position = 0;
  let line = 1;
  const returns = text.includes("\r");
  return {
    recordStart(end) {
      let start = position;
      while (start < end && (text[start] === "\n" || text[start] === "\r")) start++;
      line += lineBreaks(text, position, start, returns);
      const first = line;
      line += lineBreaks(text, start, end, returns);
      position = end;
      return first;
    },
  };
}

/** How many line endings ("\r\n", "\n" or a lone "\r") lie between two positions of a text. */
export function lineBreaks(text: string, from: number, to: number, mayHoldReturns = true): number {
  let count = 0;
  if (!mayHoldReturns) {
    // The usual case, no carriage return in the text: a search, several times faster than a loop.
    for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
    return count;
  }
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(at + 1) === 10) at++;
    }
  }
  return count;
}

/**
 * Characters no cell of any table may hold: controls other than tab and line breaks (NUL
 * included), and the invisible format characters (zero-width spaces and joiners, bidi marks and
 * overrides, soft hyphens, a byte-order mark inside the text), which make two spellings of one
 * name look alike on screen and differ in every comparison.
 */
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const allowedControls = new Set(["\t", "\n", "\r"]);

function invisibleCharacter(value: string): string | null {
  for (const match of value.matchAll(new RegExp(invisible, "gu"))) if (!allowedControls.has(match[0])) return match[0];
  return null;
}

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function refuseInvisible(record: CsvRecord, shape: CsvShape): void {
  for (const name of shape.header) {
    const found = invisibleCharacter(record.values[name]);
    if (found)
      throw cellError(
        shape,
        record,
        name,
        `holds an invisible or control character (${codePoint(found)}); retype the value without it, as two values that look alike must be the same`,
      );
  }
}

function checkHeader(first: string[], origin: CsvTable["origin"], requiredColumns: readonly string[]): string[] {
  const header = first.map((name) => name.trim());
  header.forEach((name, i) => {
    const found = invisibleCharacter(name);
    if (found)
      throw new DataError(
        { ...origin, line: 1, column: i + 1 },
        `the header holds an invisible or control character (${codePoint(found)})`,
      );
  });
  const missing = requiredColumns.find((required) => !header.includes(required));
  if (missing === undefined) {
    const duplicated = header.find((name, i) => header.indexOf(name) !== i);
    if (duplicated) throw new DataError({ ...origin, line: 1, columnName: duplicated }, "the header names this column twice");
    return header;
  }
  const otherDelimiter = header.length === 1 ? [";", "\t", "|"].find((d) => header[0].includes(d)) : undefined;
  if (otherDelimiter)
    throw new DataError(
      { ...origin, line: 1 },
      `the header is one column holding ${JSON.stringify(otherDelimiter)}: the file seems to use another delimiter than the comma`,
    );
  // A first line that names none of the expected columns is not this table at all (another file,
  // a system file behind a link): it is described, never printed.
  if (!requiredColumns.some((required) => header.includes(required)))
    throw new DataError(
      { ...origin, line: 1 },
      `this is not the expected table: its first line names none of its columns (${requiredColumns.join(", ")}); is the path right?`,
    );
  throw new DataError({ ...origin, line: 1 }, `required column "${missing}" is missing; the header has: ${header.join(", ")}`);
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

const shownAround = 24;

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
  const line = lineBreaks(lossy, 0, at) + 1;
  const lineStart = Math.max(lossy.lastIndexOf("\n", at), lossy.lastIndexOf("\r", at)) + 1;
  const lineEnd = lossy.slice(at, at + shownAround).search(/[\r\n]/);
  // The bad byte in its context, a few words either side: never the whole line of a file that is not text.
  const value = lossy.slice(Math.max(lineStart, at - shownAround), lineEnd === -1 ? at + shownAround : at + lineEnd);
  throw new DataError(
    { ...origin, line, value },
    `not UTF-8: a byte at character ${at - lineStart + 1} of the line is not valid UTF-8 (Latin-1 or Windows-1252 text?)`,
  );
}
