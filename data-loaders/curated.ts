import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { cellError, readCsv } from "./csv.js";
import { decodeUtf8 } from "./text.js";
import { DataError, readInput } from "./errors.js";
import { displayPath } from "./fetch.js";
import { clashMessage, type Spelling, spellingKey } from "./spellings.js";

/** The curated tables; CURATED_DIR points elsewhere, for a draft copy or a test. */
export const curatedDir = process.env.CURATED_DIR ?? join(dirname(fileURLToPath(import.meta.url)), "curated");

/**
 * The largest curated table read: a table written by hand, one sourced row at a time, is a few
 * kilobytes (the largest today under 10); a file hundreds of times larger is another file, and
 * every row of it would be printed on a page.
 */
export const curatedMaxBytes = { bytes: 1024 * 1024, why: "a curated table may hold: it is written by hand, one sourced row at a time" };

/** The schema of any curated table: a CSV record of strings in, a typed row out. */
export type AnyCuratedSchema = z.ZodType<object, Record<string, string>>;

export interface CuratedTableSpec<Schema extends AnyCuratedSchema> {
  /** Table name: the file is `curated/<name>.csv`, the source in messages `curated:<name>`. */
  name: string;
  schema: Schema;
  columns: readonly string[];
  /** Columns that together identify a row; a second row with the same values is an error. */
  key: readonly string[];
  /** A table that may hold no rows yet (a log); any other table with none is an error. */
  mayBeEmpty?: boolean;
  /**
   * The table's rules between rows (a running count never goes down, a part is never larger than
   * its whole), checked once every row is valid on its own. `rows` are in file order.
   */
  checkRows?: (rows: z.output<Schema>[], at: RowRefusal) => void;
}

/** How a rule between rows refuses one: the row (its index in file order), the column, why; and the line of any row, to name it. */
export interface RowRefusal {
  refuse(row: number, column: string, message: string): never;
  line(row: number): number;
}

/**
 * Reads one curated table and returns its typed rows, or throws a DataError at the first bad
 * cell: the schema's own rules, cross-column rules (reported on the column they name), and
 * duplicate keys.
 */
export function parseCuratedTable<Schema extends z.ZodType<object, Record<string, string>>>(
  text: string,
  spec: CuratedTableSpec<Schema>,
  file: string,
): z.output<Schema>[] {
  const source = `curated:${spec.name}`;
  const table = readCsv(text, { source, file, requiredColumns: spec.columns });
  if (table.records.length === 0 && !spec.mayBeEmpty) throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");

  // Keys by their spelling: a key that differs from an earlier one only in case or spacing names the same row.
  const seen = new Map<string, Spelling>();
  const rows = table.records.map((record) => {
    const parsed = spec.schema.safeParse(record.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw cellError(table, record, String(issue.path[0] ?? spec.columns[0]), issue.message);
    }
    const key = spec.key.map((column) => record.values[column]?.trim() ?? "").join(" | ");
    const first = seen.get(spellingKey(key));
    if (first?.value === key) {
      throw cellError(table, record, spec.key[0], `duplicate row: ${spec.key.join(", ")} already given on line ${first.line}`);
    }
    if (first) throw cellError(table, record, spec.key[0], clashMessage(first, `row (${spec.key.join(", ")})`));
    seen.set(spellingKey(key), { value: key, line: record.line });
    return parsed.data;
  });
  spec.checkRows?.(rows, {
    refuse: (row, column, message) => {
      throw cellError(table, table.records[row], column, message);
    },
    line: (row) => table.records[row].line,
  });
  return rows;
}

export function loadCuratedTable<Schema extends z.ZodType<object, Record<string, string>>>(
  spec: CuratedTableSpec<Schema>,
  dir = curatedDir,
): z.output<Schema>[] {
  const path = join(dir, `${spec.name}.csv`);
  const file = displayPath(path);
  const source = `curated:${spec.name}`;
  const text = decodeUtf8(readInput(path, { source, file }, { maxBytes: curatedMaxBytes }), { source, file });
  return parseCuratedTable(text, spec, file);
}
