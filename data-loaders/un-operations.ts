/**
 * The UN's list of peacekeeping operations (DPPADPOSS-PKO, Peace and Security Data Hub): for each
 * operation its full name, headquarters town and point, and dates. The file has known faults, and
 * the report repairs each one in the open:
 *  - decimal commas in the coordinates ("15,9833") are read as decimals;
 *  - a fault a reader must judge (longitude and latitude swapped, an end date the list predates, a
 *    name cut short) is repaired by a row of `curated/operation_corrections.csv`, which names the
 *    cell, the value it replaces and its source. A correction whose cell no longer holds the value
 *    it expects stops the build, so that a refreshed file is looked at again;
 *  - towns named on several rows must be at one point: a disagreement (the usual sign of a swap)
 *    stops the build, naming both lines, until a correction settles it;
 *  - combined rows ("UNEF (I & II)") are kept, and say which rows they combine.
 */
import { z } from "zod";
import { cellError, readCsv, type CsvRecord, type CsvShape } from "./csv.js";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { DataError, readInput } from "./errors.js";
import { displayPath, resolveUpstream } from "./fetch.js";
import { degrees, earliestDate, isoDay, maxLength, missionAcronym, optional, requiredText, todayUtc } from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";
import { sources } from "./sources.js";
import { decodeUtf8 } from "./text.js";

export const operationColumns = [
  "id",
  "mission_acronym",
  "mission_name",
  "lead_department",
  "mission_isactive",
  "start_date",
  "end_date",
  "mission_location",
  "mission_longitude",
  "mission_latitude",
  "last_update",
] as const;

/** One operation of the UN's list, cleaned. */
export interface UnOperation {
  acronym: string;
  name: string;
  running: boolean;
  start_date: string | null;
  end_date: string | null;
  /** The headquarters town as the list names it; null where it names none. */
  headquarters: string | null;
  latitude: number | null;
  longitude: number | null;
  /** For a row that sums phases the list also gives one by one ("UNEF (I & II)"): their acronyms. */
  combines: string[];
}

const operationSchema = (today: string) =>
  z
    .object({
      mission_acronym: missionAcronym,
      mission_name: requiredText("mission name", maxLength.name).refine(
        (name) => !name.includes('"'),
        "a name holding a quotation mark: the list cut this name short; correct it in curated/operation_corrections.csv",
      ),
      mission_isactive: z
        .string()
        .trim()
        .toLowerCase()
        .pipe(z.enum(["yes", "no"], 'mission_isactive must be "Yes" or "No"'))
        .transform((value) => value === "yes"),
      start_date: optional(isoDay(today, earliestDate.unMissions)),
      end_date: optional(isoDay(today, earliestDate.unMissions)),
      mission_location: z
        .string()
        .trim()
        .max(maxLength.name, `longer than ${maxLength.name} characters, which no town is`)
        .transform((value) => value || null),
      mission_longitude: optional(degrees(180, "longitude", { decimalComma: true })),
      mission_latitude: optional(degrees(90, "latitude", { decimalComma: true })),
    })
    .superRefine((row, ctx) => {
      if (row.mission_isactive && row.end_date !== null)
        ctx.addIssue({ code: "custom", path: ["end_date"], message: "an end date for an operation the list calls active" });
      if (row.start_date !== null && row.end_date !== null && row.end_date < row.start_date)
        ctx.addIssue({ code: "custom", path: ["end_date"], message: `ends before it starts (${row.start_date})` });
      if ((row.mission_longitude === null) !== (row.mission_latitude === null))
        ctx.addIssue({ code: "custom", path: ["mission_latitude"], message: "a point needs both a longitude and a latitude" });
    });

export const correctedColumns = [
  "mission_name",
  "mission_isactive",
  "start_date",
  "end_date",
  "mission_location",
  "mission_longitude",
  "mission_latitude",
] as const;
export type CorrectedColumn = (typeof correctedColumns)[number];

export const operationCorrectionColumns = [
  "mission_acronym",
  "column",
  "upstream_value",
  "corrected_value",
  "reason",
  ...citationColumns,
] as const;

/** One cell of the UN's list replaced: which, from what (as the file writes it), to what, why, on whose word. */
export const operationCorrectionSchema = z
  .object({
    mission_acronym: missionAcronym,
    column: z.enum(correctedColumns, `not a column this table corrects; known: ${correctedColumns.join(", ")}`),
    // Kept exactly as written: the value is compared with the file's cell, spaces included.
    upstream_value: z.string(),
    corrected_value: z.string().trim(),
    reason: requiredText("reason: say what is wrong with the list's value"),
    ...citationFields,
  })
  .superRefine((row, ctx) => {
    checkCitation(row, ctx, "reason");
    if (row.upstream_value === row.corrected_value)
      ctx.addIssue({ code: "custom", path: ["corrected_value"], message: "the same as the list's value: nothing to correct" });
  });

export type OperationCorrection = z.output<typeof operationCorrectionSchema>;

export const operationCorrectionsTable: CuratedTableSpec<typeof operationCorrectionSchema> = {
  name: "operation_corrections",
  schema: operationCorrectionSchema,
  columns: operationCorrectionColumns,
  key: ["mission_acronym", "column"],
};

export const loadOperationCorrections = (): OperationCorrection[] => loadCuratedTable(operationCorrectionsTable);

/** How far apart two rows may put one town before they disagree, in degrees: a tenth is some 11 km. */
const sameTownTolerance = 0.1;

/**
 * Reads the list, applies the corrections and checks it. Throws a DataError at the first bad cell,
 * at a correction that no longer fits the file, or at a town given two points.
 */
export function parseUnOperations(
  text: string,
  corrections: OperationCorrection[],
  { source, file, today = todayUtc() }: { source: string; file: string; today?: string },
): UnOperation[] {
  const table = readCsv(text, { source, file, requiredColumns: operationColumns });
  if (table.records.length === 0) throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");
  applyCorrections(table, corrections);
  const schema = operationSchema(today);
  const seen = new Map<string, number>();
  const parsed = table.records.map((record) => {
    const result = schema.safeParse(record.values);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw cellError(table, record, String(issue.path[0] ?? "mission_acronym"), issue.message);
    }
    const row = result.data;
    const earlier = seen.get(row.mission_acronym);
    if (earlier !== undefined) throw cellError(table, record, "mission_acronym", `given twice: already on line ${earlier}`);
    seen.set(row.mission_acronym, record.line);
    return { record, row };
  });
  checkOneTownOnePoint(table, parsed);
  const acronyms = new Set(seen.keys());
  return parsed.map(({ record, row }) => ({
    acronym: row.mission_acronym,
    name: row.mission_name,
    running: row.mission_isactive,
    start_date: row.start_date,
    end_date: row.end_date,
    headquarters: row.mission_location,
    latitude: row.mission_latitude,
    longitude: row.mission_longitude,
    combines: combinedPhases(table, record, row.mission_acronym, row.mission_name, acronyms),
  }));
}

function applyCorrections(table: CsvShape & { records: CsvRecord[] }, corrections: OperationCorrection[]): void {
  const byAcronym = new Map(table.records.map((record) => [record.values.mission_acronym?.trim(), record]));
  for (const correction of corrections) {
    const record = byAcronym.get(correction.mission_acronym);
    if (!record)
      throw new DataError(
        { source: "curated:operation_corrections", file: "data-loaders/curated/operation_corrections.csv" },
        `a correction for ${correction.mission_acronym}, which the list (${table.origin.file}) does not hold: remove it`,
      );
    const cell = record.values[correction.column];
    if (cell !== correction.upstream_value)
      throw cellError(
        table,
        record,
        correction.column,
        `curated/operation_corrections.csv expects ${JSON.stringify(correction.upstream_value)} here, to correct it to ${JSON.stringify(correction.corrected_value)}: the list has changed; check the value and update or remove the correction`,
      );
    record.values[correction.column] = correction.corrected_value;
  }
}

type Parsed = { record: CsvRecord; row: z.output<ReturnType<typeof operationSchema>> };

function checkOneTownOnePoint(table: CsvShape, parsed: Parsed[]): void {
  const first = new Map<string, Parsed>();
  for (const entry of parsed) {
    const { mission_location: town, mission_longitude: x, mission_latitude: y } = entry.row;
    if (town === null || x === null || y === null) continue;
    const earlier = first.get(town);
    if (!earlier) {
      first.set(town, entry);
      continue;
    }
    const [ex, ey] = [earlier.row.mission_longitude!, earlier.row.mission_latitude!];
    if (Math.abs(ex - x) > sameTownTolerance || Math.abs(ey - y) > sameTownTolerance) {
      const swapped = Math.abs(ex - y) <= sameTownTolerance && Math.abs(ey - x) <= sameTownTolerance;
      throw cellError(
        table,
        entry.record,
        "mission_longitude",
        `${town} is at longitude ${x}, latitude ${y} here but at ${ex}, ${ey} on line ${earlier.record.line} (${earlier.row.mission_acronym})${
          swapped ? ": one of the two has longitude and latitude swapped" : ""
        }; settle it in curated/operation_corrections.csv`,
      );
    }
  }
}

/** "UNEF (I & II)" sums UNEF I and UNEF II, which must be rows of their own. */
function combinedPhases(table: CsvShape, record: CsvRecord, acronym: string, name: string, acronyms: Set<string>): string[] {
  const phases = /\(([IVX]+(?: & [IVX]+)+)\)$/.exec(name)?.[1].split(" & ");
  if (!phases) return [];
  const parts = phases.map((phase) => `${acronym} ${phase}`);
  const missing = parts.filter((part) => !acronyms.has(part));
  if (missing.length)
    throw cellError(table, record, "mission_name", `a combined row whose phases are not rows of the list: ${missing.join(", ")}`);
  return parts;
}

export function loadUnOperations(today = todayUtc(), corrections = loadOperationCorrections()): UnOperation[] {
  const source = sources.unOperations;
  const { path } = resolveUpstream(source);
  const file = displayPath(path);
  const text = decodeUtf8(readInput(path, { source: source.id, file }), { source: source.id, file });
  return parseUnOperations(text, corrections, { source: source.id, file, today });
}
