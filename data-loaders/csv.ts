import { Readable } from "node:stream";
import Papa from "papaparse";
import { DataError } from "./errors.js";
import { lineBreaks } from "./text.js";

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
  options: ReadCsvOptions,
  visit: (record: CsvRecord, shape: CsvShape) => void,
): CsvShape & { records: number } {
  const reader = new CsvRecordReader(options, visit);
  const body = reader.firstText(text);
  reader.lines.feed(body);
  if (invisibleCharacter(body) !== null) reader.mayHoldInvisible = true;
  Papa.parse<string[]>(body, { ...papaOptions, newline: lineEnding(body), step: reader.step });
  return reader.finish();
}

/**
 * The same reading from a stream of text (utf8Chunks), never holding the whole file: memory
 * grows with what `visit` keeps, not with the file. Papa parses the stream as it comes; the line
 * counter keeps only the text after the last record read.
 */
export async function eachCsvRecordOfStream(
  chunks: AsyncIterable<string>,
  options: ReadCsvOptions,
  visit: (record: CsvRecord, shape: CsvShape) => void,
): Promise<CsvShape & { records: number }> {
  const reader = new CsvRecordReader(options, visit);
  // The line ending is chosen from the start of the file, as for a whole text: read up to the
  // first one (or the end).
  const iterator = chunks[Symbol.asyncIterator]();
  let start = "";
  for (let next = await iterator.next(); ; next = await iterator.next()) {
    if (next.done) break;
    start += next.value;
    // A "\r" at the very end may be the first half of "\r\n".
    if (/[\r\n]./s.test(start) || start.endsWith("\n")) break;
  }
  const first = reader.firstText(start);
  async function* seen() {
    for (let text = first, next: IteratorResult<string>; ;) {
      if (text !== "") {
        // Scanned before the parser sees it: a record that ends in this chunk is searched if needed.
        if (!reader.mayHoldInvisible && invisibleCharacter(text) !== null) reader.mayHoldInvisible = true;
        reader.lines.feed(text);
        yield text;
      }
      next = await iterator.next();
      if (next.done) return;
      text = next.value;
    }
  }
  const stream = Readable.from(seen(), { objectMode: false, encoding: "utf-8" });
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    Papa.parse<string[], NodeJS.ReadableStream>(stream, {
      ...papaOptions,
      newline: lineEnding(first),
      step: reader.step,
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  }).finally(() => stream.destroy());
  return reader.finish();
}

/** The line ending of a file, from its first one; "\n" when there is none yet. */
function lineEnding(start: string): "\r\n" | "\r" | "\n" {
  const at = start.search(/[\r\n]/);
  if (at === -1 || start[at] === "\n") return "\n";
  return start[at + 1] === "\n" ? "\r\n" : "\r";
}

const papaOptions = {
  // Fixed, never guessed: a file in another delimiter must fail on its header, not be read.
  delimiter: ",",
  skipEmptyLines: true,
} as const;

/** What both readers share: the checks on the first text, on each record, and at the end. */
class CsvRecordReader {
  readonly origin: { source: string; file: string };
  readonly lines = lineCounter();
  /** Set once any text read holds an invisible character: then every cell is searched. */
  mayHoldInvisible = false;
  private shape: CsvShape | undefined;
  private records = 0;
  private failure: unknown;

  constructor(
    private readonly options: ReadCsvOptions,
    private readonly visit: (record: CsvRecord, shape: CsvShape) => void,
  ) {
    this.origin = { source: options.source, file: options.file };
  }

  /** Checks the start of the file and returns it without its byte-order mark. */
  firstText(text: string): string {
    if (text.trim() === "") throw new DataError(this.origin, "the file is empty; expected a CSV header and rows");
    // A download that failed often returns the server's error page with a success status.
    if (/^\uFEFF?\s*</.test(text)) {
      throw new DataError({ ...this.origin, line: 1 }, "this is an HTML page, not CSV (an error page from the server?)");
    }
    return text.replace(/^\uFEFF/, "");
  }

  readonly step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => {
    if (this.failure) return;
    try {
      const { origin } = this;
      const line = this.lines.recordStart(result.meta.cursor);
      const record = result.data;
      const quoting = result.errors.find((error) => error.type === "Quotes");
      if (quoting)
        throw new DataError({ ...origin, line }, `not valid CSV: ${quoting.message.toLowerCase()} (a quote opened and never closed?)`);
      if (!this.shape) {
        this.shape = { header: checkHeader(record, origin, this.options.requiredColumns), origin };
        return;
      }
      const { shape } = this;
      if (record.length !== shape.header.length) {
        throw new DataError(
          { ...origin, line },
          `not valid CSV: the row has ${record.length} field${record.length === 1 ? "" : "s"}, the header ${shape.header.length} (a row cut short, or a stray comma?)`,
        );
      }
      const values: Record<string, string> = {};
      shape.header.forEach((name, i) => (values[name] = record[i]));
      if (this.mayHoldInvisible) refuseInvisible({ line, values }, shape);
      this.visit({ line, values }, shape);
      this.records++;
    } catch (error) {
      this.failure = error;
      parser.abort();
    }
  };

  finish(): CsvShape & { records: number } {
    if (this.failure) throw this.failure;
    if (!this.shape) throw new DataError(this.origin, "the file is empty; expected a CSV header and rows");
    return { ...this.shape, records: this.records };
  }
}

/**
 * Line numbers of records, from the parser's position after each one: a record starts on the
 * first line after the previous record that is not blank (blank lines are skipped) and may span
 * several lines when a quoted cell holds a line break. A line ends at "\r\n", "\n" or a lone
 * "\r", as the parser reads them. The text is fed as it is read; what lies before the last record
 * read is forgotten.
 */
function lineCounter() {
  let text = "";
  /** Position in the file of text[0]. */
  let offset = 0;
  let position = 0;
  let line = 1;
  let returns = false;
  return {
    feed(chunk: string) {
      text = text.slice(position - offset) + chunk;
      offset = position;
      if (!returns && chunk.includes("\r")) returns = true;
    },
    recordStart(end: number): number {
      let start = position - offset;
      const stop = end - offset;
      while (start < stop && (text[start] === "\n" || text[start] === "\r")) start++;
      line += lineBreaks(text, position - offset, start, returns);
      const first = line;
      line += lineBreaks(text, start, stop, returns);
      position = end;
      return first;
    },
  };
}

/**
 * Characters no cell of any table may hold: controls other than tab and line breaks (NUL
 * included), and the invisible format characters (zero-width spaces and joiners, bidi marks and
 * overrides, soft hyphens, a byte-order mark inside the text), which make two spellings of one
 * name look alike on screen and differ in every comparison.
 */
const invisible = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const allowedControls = new Set(["\t", "\n", "\r"]);

export function invisibleCharacter(value: string): string | null {
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
