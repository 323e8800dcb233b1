/**
 * Fatalities by mission, year and incident type from a UN-format file of any size: DuckDB reads,
 * deduplicates and counts; the report's own rules judge every value.
 *
 * The row-by-row pipeline (casualties.ts) keeps pace with a file of the UN's size, not with one a
 * thousand times larger: a JavaScript loop over millions of rows, on one core, runs an order of
 * magnitude behind DuckDB's reader on both. So for a large source the work is split:
 *  - DuckDB's CSV reader (strict: no ragged row, no stray quote, UTF-8 only) loads the columns the
 *    rules read into a table whose rowid is the record's place in the file (a CREATE TABLE AS
 *    from one table function keeps its order), and for the other columns only whether they hold
 *    an invisible character;
 *  - every distinct value of every column goes through the same zod rules as in the pipeline, the
 *    same invisible-character and one-spelling checks; the casualty ids, all distinct, are checked
 *    in SQL against a pattern stricter than the rule (printable ASCII words joined by single
 *    spaces, 1 to 64 characters, for which lower() is the spelling key) and for two spellings of
 *    one id;
 *  - DuckDB counts every row, then takes off the later copies (by rowid) of the ids given more
 *    than once, so that each id counts once, in its first row.
 * Whenever anything is in doubt — DuckDB refuses the file, a value breaks a rule, an id is outside
 * the strict pattern, a line ending DuckDB may read otherwise — the row-by-row pipeline reads the
 * file instead: it names the source, file, line, column and value of the first problem, or
 * accepts the file, exactly as for a small one. The engine never accepts what the pipeline would
 * refuse.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import * as aq from "arquero";
import { rawColumns, rawRowSchema, identifyingColumns, streamCasualties, type ParseOptions } from "./casualties.js";
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
        for await (const text of utf8Chunks(inputChunks(path, origin), origin)) {
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

/** The columns the counts are grouped by, read trimmed (as the rules read them). */
const groupedColumns: readonly string[] = ["mission_acronym", "incident_date", "type_of_incident"];

const sqlString = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlName = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** What DuckDB reads as NULL: a string no cell holds, so that an empty cell stays "" as in the pipeline. */
const noNull = "\u0001\u0002\u0003";

/**
 * The characters the pipeline refuses in any cell (csv.ts, invisibleCharacter), for RE2: controls
 * but tab and line breaks, format characters, line and paragraph separators.
 */
const invisibleInSql = "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cf}\\x{2028}\\x{2029}]";

/**
 * Casualty ids the engine vouches for: printable ASCII words joined by single spaces, 1 to 64
 * characters. For these, lower() is the pipeline's spelling key and trimming changes nothing;
 * any other id sends the file to the pipeline.
 */
const plainIdInSql = "casualty_id IS NOT NULL AND length(casualty_id) <= 64 AND regexp_full_match(casualty_id, '[!-~]+( [!-~]+)*')";

type Connection = Awaited<ReturnType<DuckDBInstance["connect"]>>;
const rowsOf = async (connection: Connection, sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();

/**
 * The file's columns in a table, in file order (rowid), as DuckDB's strict reader reads them:
 * the columns the rules read, and for the others only whether they hold an invisible character.
 */
async function loadRaw(connection: Connection, path: string, header: string[]): Promise<void> {
  const read = header.filter((name) => (rawColumns as readonly string[]).includes(name));
  const unread = header.filter((name) => !(rawColumns as readonly string[]).includes(name));
  const unreadInvisible = unread.length
    ? unread.map((name) => `regexp_matches(${sqlName(name)}, ${sqlString(invisibleInSql)})`).join(" OR ")
    : "false";
  // CREATE TABLE AS from one table function keeps the file's order: rowid is the record's place.
  await connection.run(`
    CREATE TEMP TABLE raw AS
    SELECT ${read.map(sqlName).join(", ")}, ${unreadInvisible} AS unread_invisible, NOT (${plainIdInSql}) AS unusual_id
    FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', escape = '"',
                  columns = {${header.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(", ")}},
                  auto_detect = false, strict_mode = true, null_padding = false, nullstr = ${sqlString(noNull)})`);
}

/** Why the engine cannot vouch for the file, or null when every value passed the rules. */
async function doubt(connection: Connection, today: string): Promise<string | null> {
  const [flags] = await rowsOf(
    connection,
    "SELECT count(*) FILTER (WHERE unread_invisible) AS invisible, count(*) FILTER (WHERE unusual_id) AS unusual FROM raw",
  );
  if (Number(flags.invisible) > 0) return "an invisible character in a column no rule reads";
  if (Number(flags.unusual) > 0) return "casualty ids other than printable ASCII words with single spaces, of 1 to 64 characters";
  const schema = rawRowSchema(today);
  for (const column of rawColumns.filter((name) => name !== "casualty_id")) {
    const rule = schema.shape[column];
    const keys = new Map<string, string>();
    for (const { value } of await rowsOf(connection, `SELECT DISTINCT ${sqlName(column)} AS value FROM raw`)) {
      if (typeof value !== "string") return `a cell of ${column} that DuckDB read as empty`;
      if (invisibleCharacter(value) !== null) return `an invisible character in ${column}`;
      const parsed = rule.safeParse(value);
      if (!parsed.success) return `a value of ${column} the rules refuse`;
      // The pipeline groups by the value as its rule returns it; the engine by the trimmed cell.
      if (groupedColumns.includes(column) && parsed.data !== value.trim())
        return `a value of ${column} the rules change otherwise than by trimming`;
      if ((identifyingColumns as readonly string[]).includes(column)) {
        const earlier = keys.get(spellingKey(value));
        if (earlier !== undefined && earlier !== value) return `two spellings of one ${column}`;
        keys.set(spellingKey(value), value);
      }
    }
  }
  return null;
}

const groupColumns = `trim(mission_acronym) AS mission, CAST(substr(trim(incident_date), 1, 4) AS INTEGER) AS year, trim(type_of_incident) AS incident_type`;

/**
 * The counts with each casualty id's first row only, as the pipeline keeps it; null if an id has
 * two spellings. All rows are counted, then the later copies of the ids given more than once
 * (found by a plain count, far cheaper than keeping a first row for every id) are taken off.
 */
async function countFirsts(connection: Connection): Promise<CasualtyGroup[] | null> {
  // Two ids equal under lower() differ in case, so one of them holds a lower-case letter.
  const [lowerCase] = await rowsOf(connection, "SELECT count(*) AS n FROM raw WHERE regexp_matches(casualty_id, '[a-z]')");
  if (Number(lowerCase.n) > 0) {
    const [respelled] = await rowsOf(
      connection,
      `SELECT count(*) AS n FROM (
         SELECT lower(casualty_id) FROM raw
         WHERE lower(casualty_id) IN (SELECT lower(casualty_id) FROM raw WHERE regexp_matches(casualty_id, '[a-z]'))
         GROUP BY 1 HAVING count(DISTINCT casualty_id) > 1)`,
    );
    if (Number(respelled.n) > 0) return null;
  }
  await connection.run("CREATE TEMP TABLE repeated AS SELECT casualty_id FROM raw GROUP BY casualty_id HAVING count(*) > 1");
  const all = await rowsOf(connection, `SELECT ${groupColumns}, CAST(count(*) AS INTEGER) AS fatalities FROM raw GROUP BY ALL`);
  const later = await rowsOf(
    connection,
    `SELECT mission, year, incident_type, CAST(count(*) AS INTEGER) AS fatalities FROM (
       SELECT ${groupColumns} FROM raw SEMI JOIN repeated USING (casualty_id)
       QUALIFY row_number() OVER (PARTITION BY casualty_id ORDER BY rowid) > 1)
     GROUP BY ALL`,
  );
  const key = (row: { mission?: unknown; year?: unknown; incident_type?: unknown }) => `${row.mission}|${row.year}|${row.incident_type}`;
  const copies = new Map(later.map((row) => [key(row), Number(row.fatalities)]));
  return (all as unknown as CasualtyGroup[])
    .map((group) => ({ ...group, fatalities: group.fatalities - (copies.get(key(group)) ?? 0) }))
    .filter((group) => group.fatalities > 0);
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
  const { header, lineEnding } = await headerOf(path, origin);
  if (lineEnding === "\r") return countCasualtiesRowByRow(path, options, "a file with lone carriage returns");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    try {
      await loadRaw(connection, path, header);
    } catch (error) {
      return countCasualtiesRowByRow(path, options, `DuckDB refused the file (${(error as Error).message.split("\n")[0]})`);
    }
    const [{ rows }] = await rowsOf(connection, "SELECT count(*) AS rows FROM raw");
    const rowsRead = Number(rows);
    const because = rowsRead === 0 ? "no rows" : await doubt(connection, today);
    if (because) return countCasualtiesRowByRow(path, options, because);
    const groups = await countFirsts(connection);
    if (!groups) return countCasualtiesRowByRow(path, options, "a casualty id in two spellings");
    const kept = groups.reduce((sum, group) => sum + group.fatalities, 0);
    return { rowsRead, kept, groups, countedBy: { engine: "duckdb" } };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
