/**
 * Fatalities by mission, year and incident type from a UN-format file of any size: DuckDB reads,
 * groups and counts; the report's own rules judge every value.
 *
 * The row-by-row pipeline (casualties.ts) keeps pace with a file of the UN's size, not with one a
 * thousand times larger: a JavaScript loop over millions of rows, on one core, runs an order of
 * magnitude behind DuckDB's reader. So for a large source the work is split:
 *  - one scan by DuckDB's CSV reader (strict: no ragged row, no stray quote, UTF-8 only) groups
 *    the rows two ways at once: by the columns the rules read (their combinations are few, and
 *    each comes with its row count), and by casualty id in upper case, keeping the ids given more
 *    than once. Per row it also checks, in SQL, what cannot be judged by combination: that the
 *    casualty id is plain (printable ASCII words joined by single spaces, 1 to 64 characters: for
 *    these, the pipeline's spelling key is the id in one case) and that no column the rules do not
 *    read holds an invisible character;
 *  - every combination goes through the pipeline's own rules (each distinct value once), its own
 *    spelling checks and its own tidy row, which gives the group it is counted in;
 *  - the later copies of each repeated id are taken off, as the pipeline keeps the first only:
 *    copies spelled alike that agree on the counted columns are taken off without knowing which
 *    came first; the others are read again in file order.
 * Whenever anything is in doubt — DuckDB refuses the file, a value breaks a rule, an id is not
 * plain, a line ending DuckDB may read otherwise — the row-by-row pipeline reads the file
 * instead: it names the source, file, line, column and value of the first problem, or accepts the
 * file, exactly as for a small one. The engine never accepts what the pipeline would refuse.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import * as aq from "arquero";
import { rawColumns, rawRowSchema, identifyingColumns, streamCasualties, tidyCasualty, type ParseOptions } from "./casualties.js";
import { distinctValueValidator } from "./cell-validator.js";
import { eachCsvRecordOfStream, invisibleCharacter } from "./csv.js";
import { utf8Chunks } from "./text.js";
import { inputChunks } from "./errors.js";
import { todayUtc } from "./fields.js";
import { spellingKey } from "./spellings.js";

export interface CasualtyGroup {
  mission: string;
  year: number;
  incident_type: string;
  fatalities: number;
}

export interface CasualtyCounts {
  rowsRead: number;
  /** People counted: each casualty id once, in its first row. */
  kept: number;
  groups: CasualtyGroup[];
  /** Who counted: the engine, or the row-by-row pipeline and why. */
  countedBy: { engine: "duckdb" } | { engine: "pipeline"; because: string };
}

/** Stops reading at the first record: the header is all the engine needs from the stream reader. */
const headerOnly = Symbol("header read");

/** The file's header as the pipeline checks it (required columns, HTML, delimiter, BOM), and its line ending. */
async function headerOf(path: string, origin: { source: string; file: string }): Promise<{ header: string[]; lineEnding: string }> {
  let header: string[] = [];
  let lineEnding = "\n";
  try {
    const shape = await eachCsvRecordOfStream(
      (async function* () {
        // Small reads: the header is all that is wanted, and a first 1 MB chunk would be parsed whole.
        for await (const text of utf8Chunks(inputChunks(path, origin, 1 << 14), origin)) {
          if (header.length === 0 && /[\r\n]/.test(text)) lineEnding = /\r(?!\n)/.test(text) ? "\r" : "\n";
          yield text;
        }
      })(),
      { ...origin, requiredColumns: rawColumns },
      (_record, shape) => {
        header = shape.header;
        throw headerOnly;
      },
    );
    header = shape.header;
  } catch (error) {
    if (error !== headerOnly) throw error;
  }
  return { header, lineEnding };
}

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlName = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** What DuckDB reads as NULL: a string no cell holds, so that an empty cell stays "" as in the pipeline. */
const noNull = "\u0001\u0002\u0003";

/** DuckDB's strict reading of the file: every column as text, no ragged row, no stray quote. */
const readCsv = (path: string, header: string[]) =>
  `read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', escape = '"',
            columns = {${header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(", ")}},
            auto_detect = false, strict_mode = true, null_padding = false, nullstr = ${sqlString(noNull)})`;

/**
 * The characters the pipeline refuses in any cell (csv.ts, invisibleCharacter), for RE2: controls
 * but tab and line breaks, format characters, line and paragraph separators.
 */
const invisibleClass = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cf}\\x{2028}\\x{2029}";

/**
 * Whether the engine vouches for a row's unjudged cells: its casualty id is printable ASCII words
 * joined by single spaces, 1 to 64 characters (for these, the pipeline's spelling key is the id in
 * one case, and trimming changes nothing), and no column the rules do not read holds an invisible
 * character. `unjudged` is the id and those columns run together. A regular expression per row
 * says it exactly but costs as much as the grouping; cheaper tests prove it for the usual row
 * (every character printable ASCII: one byte each, nothing JSON must escape, no DEL), and only
 * the rows they cannot prove go to the expression, where the id and the columns are joined by a
 * line feed, which a plain id cannot hold.
 */
const vouchedInSql = (unread: string[]) => `
  strlen(casualty_id) BETWEEN 1 AND 64 AND casualty_id NOT LIKE ' %' AND casualty_id NOT LIKE '% ' AND NOT contains(casualty_id, '  ')
  AND CASE WHEN strlen(unjudged) = length(unjudged) AND strlen(to_json(unjudged)) = strlen(unjudged) + 2 AND NOT contains(unjudged, chr(127))
           THEN true
           ELSE regexp_full_match(concat(casualty_id, chr(10)${unread.map((name) => `, ${sqlName(name)}`).join("")}),
                                  ${sqlString(`[!-~]+( [!-~]+)*\\n[^${invisibleClass}]*`)})
      END`;

/** The columns the rules read, but the casualty id: their distinct combinations are judged in JavaScript. */
const judgedColumns = rawColumns.filter((name) => name !== "casualty_id");
/** The columns a group is made of, hashed per row so that the copies of an id can be compared cheaply. */
const countedColumns = ["mission_acronym", "incident_date", "type_of_incident"] as const;

type Connection = Awaited<ReturnType<DuckDBInstance["connect"]>>;
const rowsOf = async (connection: Connection, sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

/** A row of the scan: a combination of the judged columns, or a casualty id given more than once. */
interface Scanned {
  by_id: boolean;
  /** The casualty id in upper case: its spellings under the pipeline's key, for plain ids. */
  id_key: string | null;
  /** Whether the engine vouches for the rows of this combination (vouchedInSql). */
  vouched: boolean | null;
  n: number;
  /** The least and greatest hash of the counted columns (as text: JSON numbers lose 64-bit digits): equal when every row has the same. */
  lo: string;
  hi: string;
  /** Rows whose casualty id holds a lower-case letter, so is not spelled as its key. */
  lower_case: number;
  [column: string]: unknown;
}

/**
 * The whole file in one scan, grouped two ways at once (DuckDB's grouping sets share the read):
 * by the judged columns, whose combinations are few, and by casualty id under the spelling key, of
 * which only the keys given more than once are kept. Stored as a table for the second, ordered
 * read of the repeats that need one.
 */
async function scan(connection: Connection, path: string, header: string[]): Promise<Scanned[]> {
  const unread = header.filter((name) => !(rawColumns as readonly string[]).includes(name));
  const judged = judgedColumns.map(sqlName).join(", ");
  await connection.run(`
    CREATE TEMP TABLE scanned AS
    SELECT grouping(id_key) = 0 AS by_id, id_key, ${judged}, vouched, count(*) AS n, min(h) AS lo, max(h) AS hi,
           count(*) FILTER (WHERE id_key <> casualty_id) AS lower_case
    FROM (SELECT upper(casualty_id) AS id_key, casualty_id, ${judged}, hash(${countedColumns.map(sqlName).join(", ")}) AS h,
                 ${vouchedInSql(unread)} AS vouched
          FROM (SELECT *, concat(casualty_id${unread.map((name) => `, ${sqlName(name)}`).join("")}) AS unjudged
                FROM ${readCsv(path, header)}))
    GROUP BY GROUPING SETS ((id_key), (${judged}, vouched))
    HAVING grouping(id_key) = 1 OR count(*) > 1`);
  // As one JSON text: JSON.parse makes the rows far faster than the client's value-by-value conversion.
  const [{ rows }] = await rowsOf(
    connection,
    "SELECT coalesce(CAST(to_json(list(scanned)) AS VARCHAR), '[]') AS rows FROM (SELECT * REPLACE (n::DOUBLE AS n, lo::VARCHAR AS lo, hi::VARCHAR AS hi, lower_case::DOUBLE AS lower_case) FROM scanned) AS scanned",
  );
  return JSON.parse(String(rows)) as Scanned[];
}

const groupKey = (group: Omit<CasualtyGroup, "fatalities">) => `${group.mission}\u0000${group.year}\u0000${group.incident_type}`;
const tripleKey = (row: Record<string, unknown>) => countedColumns.map((name) => row[name]).join("\u0000");

interface Judged {
  groups: Map<string, CasualtyGroup>;
  /** The group of each hash of the counted columns, and of each combination of them. */
  groupOfHash: Map<string, CasualtyGroup>;
  groupOfTriple: Map<string, CasualtyGroup>;
  /** Two combinations of the counted columns with one hash: a hash then tells nothing. */
  ambiguousHash: boolean;
}

/**
 * Every combination of the judged columns through the pipeline's own rules (each distinct value
 * once), its spelling checks and its tidy row, counted into groups; or why the engine cannot
 * vouch for them.
 */
function judge(combinations: Scanned[], today: string): Judged | { because: string } {
  const validate = distinctValueValidator(rawRowSchema(today).omit({ casualty_id: true }));
  const seen = judgedColumns.map((column) => ({ column, values: new Set<string>() }));
  // The pipeline registers each identifying value as its rule returns it (trimmed).
  const spellings = identifyingColumns.map((column) => ({ column, values: new Set<string>(), keys: new Set<string>() }));
  const judged: Judged = { groups: new Map(), groupOfHash: new Map(), groupOfTriple: new Map(), ambiguousHash: false };
  const hashedTriple = new Map<string, string>();
  for (const combination of combinations) {
    if (!combination.vouched)
      return {
        because:
          "a casualty id other than printable ASCII words with single spaces, of 1 to 64 characters, or an invisible character in a column no rule reads",
      };
    for (const { column, values } of seen) {
      const value = combination[column];
      if (typeof value !== "string") return { because: `a cell of ${column} that DuckDB read as empty` };
      if (values.has(value)) continue;
      values.add(value);
      if (invisibleCharacter(value) !== null) return { because: `an invisible character in ${column}` };
    }
    const result = validate(combination as unknown as Record<string, string>);
    if (!result.ok) return { because: `a value of ${result.column} the rules refuse` };
    for (const { column, values, keys } of spellings) {
      const value = result.row[column];
      if (values.has(value)) continue;
      values.add(value);
      if (keys.has(spellingKey(value))) return { because: `two spellings of one ${column}` };
      keys.add(spellingKey(value));
    }
    const { mission, year, incident_type } = tidyCasualty({ ...result.row, casualty_id: "" });
    const key = groupKey({ mission, year, incident_type });
    let group = judged.groups.get(key);
    if (!group) judged.groups.set(key, (group = { mission, year, incident_type, fatalities: 0 }));
    group.fatalities += combination.n;
    const triple = tripleKey(combination);
    if ((hashedTriple.get(combination.lo) ?? triple) !== triple) judged.ambiguousHash = true;
    hashedTriple.set(combination.lo, triple);
    judged.groupOfHash.set(combination.lo, group);
    judged.groupOfTriple.set(triple, group);
  }
  return judged;
}

/**
 * Takes the later copies of each repeated casualty id off the counts, as the pipeline keeps the
 * first only; returns how many, or null when an id comes in two spellings. When all copies of an
 * id are spelled as its key and hash alike (and no two combinations share a hash), they are in one
 * group and which is first does not matter. The others are read again, in file order (DuckDB
 * keeps insertion order), to compare their spellings and find which came first.
 */
async function takeOffRepeats(
  connection: Connection,
  path: string,
  header: string[],
  repeats: Scanned[],
  { groupOfHash, groupOfTriple, ambiguousHash }: Judged,
): Promise<number | null> {
  let removed = 0;
  let reread = false;
  for (const repeat of repeats) {
    const lowerCase = repeat.lower_case;
    if (lowerCase > 0 && lowerCase < repeat.n) return null;
    if (ambiguousHash || lowerCase > 0 || repeat.lo !== repeat.hi) {
      reread = true;
      continue;
    }
    groupOfHash.get(repeat.lo)!.fatalities -= repeat.n - 1;
    removed += repeat.n - 1;
  }
  if (!reread) return removed;
  const copies = await rowsOf(
    connection,
    `SELECT casualty_id, ${countedColumns.map(sqlName).join(", ")} FROM ${readCsv(path, header)}
     WHERE upper(casualty_id) IN (SELECT id_key FROM scanned WHERE by_id ${ambiguousHash ? "" : "AND (lower_case > 0 OR lo <> hi)"})`,
  );
  const first = new Map<string, unknown>();
  for (const copy of copies) {
    const key = String(copy.casualty_id).toUpperCase();
    if (!first.has(key)) {
      first.set(key, copy.casualty_id);
      continue;
    }
    if (first.get(key) !== copy.casualty_id) return null;
    groupOfTriple.get(tripleKey(copy))!.fatalities -= 1;
    removed += 1;
  }
  return removed;
}

/**
 * The row-by-row pipeline's counts of the same file: its errors are the report's errors. The tidy
 * rows are not kept, only the three columns counted, and arquero counts them.
 */
export async function countCasualtiesRowByRow(path: string, options: ParseOptions, because = "asked for"): Promise<CasualtyCounts> {
  const columns = { mission: [] as string[], year: [] as number[], incident_type: [] as string[] };
  const { rowsRead, kept } = await streamCasualties(inputChunks(path, options), options, (row) => {
    columns.mission.push(row.mission);
    columns.year.push(row.year);
    columns.incident_type.push(row.incident_type);
  });
  const groups = aq.table(columns).groupby("mission", "year", "incident_type").count({ as: "fatalities" }).objects() as CasualtyGroup[];
  return { rowsRead, kept, groups, countedBy: { engine: "pipeline", because } };
}

/** Fatalities by mission, year and incident type, each casualty id counted once, in its first row. */
export async function countCasualties(path: string, options: ParseOptions): Promise<CasualtyCounts> {
  const origin = { source: options.source, file: options.file };
  const today = options.today ?? todayUtc();
  // DuckDB starts while the header is read.
  const starting = DuckDBInstance.create(":memory:");
  const shape = await headerOf(path, origin).catch(async (error: unknown) => {
    (await starting).closeSync();
    throw error;
  });
  const instance = await starting;
  if (shape.lineEnding === "\r") {
    instance.closeSync();
    return countCasualtiesRowByRow(path, options, "a file with lone carriage returns");
  }
  const { header } = shape;
  const connection = await instance.connect();
  try {
    let scanned: Scanned[];
    try {
      scanned = await scan(connection, path, header);
    } catch (error) {
      return countCasualtiesRowByRow(path, options, `DuckDB refused the file (${(error as Error).message.split("\n")[0]})`);
    }
    const combinations = scanned.filter((row) => !row.by_id);
    const rowsRead = combinations.reduce((sum, row) => sum + row.n, 0);
    if (rowsRead === 0) return countCasualtiesRowByRow(path, options, "no rows");
    const judged = judge(combinations, today);
    if ("because" in judged) return countCasualtiesRowByRow(path, options, judged.because);
    const removed = await takeOffRepeats(
      connection,
      path,
      header,
      scanned.filter((row) => row.by_id),
      judged,
    );
    if (removed === null) return countCasualtiesRowByRow(path, options, "a casualty id in two spellings");
    const groups = [...judged.groups.values()].filter((group) => group.fatalities > 0);
    return { rowsRead, kept: rowsRead - removed, groups, countedBy: { engine: "duckdb" } };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
