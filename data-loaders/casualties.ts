import { z } from "zod";
import { earliestDate, iso3OrEmpty, isoDay, maxLength, notAReservedPageName, todayUtc } from "./fields.js";
import { cellError, eachCsvRecord, eachCsvRecordOfStream, type CsvRecord, type CsvShape } from "./csv.js";
import { utf8Chunks } from "./text.js";
import { distinctValueValidator } from "./cell-validator.js";
import { DataError, inputChunks } from "./errors.js";
import { displayPath, resolveUpstream } from "./fetch.js";
import { cleanNationality } from "./nationalities.js";
import { sources } from "./sources.js";
import { clashMessage, SpellingRegister, spellingKey, type Spelling } from "./spellings.js";

export const incidentTypes = ["Malicious Act", "Accident", "Illness", "Self-Inflicted", "To Be Determined", "Unknown"] as const;
export const personnelTypes = ["Military", "Police", "Military Observer", "International Civilian", "Local", "Other"] as const;

export type IncidentType = (typeof incidentTypes)[number];
export type PersonnelType = (typeof personnelTypes)[number];

/** One row of the tidy casualties table: one person killed while serving in a UN mission. */
export interface Casualty {
  casualty_id: string;
  date: string;
  year: number;
  mission: string;
  personnel_type: PersonnelType;
  incident_type: IncidentType;
  nationality: string;
  iso3: string;
  gender: "M" | "F" | "";
}

export const casualtyColumns = [
  "casualty_id",
  "date",
  "year",
  "mission",
  "personnel_type",
  "incident_type",
  "nationality",
  "iso3",
  "gender",
] as const satisfies readonly (keyof Casualty)[];

export const rawColumns = [
  "incident_date",
  "casualty_id",
  "mission_acronym",
  "type_of_casualty",
  "gender",
  "casualty_nationality",
  "casualty_personnel_type",
  "type_of_incident",
  "isocode3",
] as const;

/** The UN file's columns as the report accepts them; other columns are ignored. */
export const rawRowSchema = (today: string) =>
  z.object({
    incident_date: isoDay(today, earliestDate.unMissions),
    casualty_id: z
      .string()
      .trim()
      .min(1, "empty casualty id")
      .max(maxLength.id, `longer than ${maxLength.id} characters, which no casualty id is`),
    mission_acronym: z
      .string()
      .trim()
      .regex(/^[A-Za-z]+$/, "not a mission acronym (letters only)")
      .max(maxLength.acronym, `longer than ${maxLength.acronym} letters, which no mission acronym is`)
      .refine(...notAReservedPageName),
    type_of_casualty: z.literal("Fatality", "this table holds fatalities only"),
    gender: z.enum(["M", "F", ""], "gender must be M, F or empty"),
    casualty_nationality: z.string().trim().max(maxLength.name, `longer than ${maxLength.name} characters, which no nationality is`),
    casualty_personnel_type: z
      .string()
      .trim()
      .pipe(z.enum(personnelTypes, `unknown personnel type; known: ${personnelTypes.join(", ")}`)),
    type_of_incident: z
      .string()
      .trim()
      .pipe(z.enum(incidentTypes, `unknown incident type; known: ${incidentTypes.join(", ")}`)),
    // The UN leaves the code empty where it recorded no nationality.
    isocode3: iso3OrEmpty,
  });

/** A record of the UN file as its rules read it. */
export type RawCasualty = z.output<ReturnType<typeof rawRowSchema>>;

/** The tidy row of one validated record, its nationality repaired where the UN's spelling varies. */
export function tidyCasualty(raw: RawCasualty): Casualty {
  return {
    casualty_id: raw.casualty_id,
    date: raw.incident_date,
    year: Number(raw.incident_date.slice(0, 4)),
    mission: raw.mission_acronym,
    personnel_type: raw.casualty_personnel_type,
    incident_type: raw.type_of_incident,
    ...cleanNationality(raw.casualty_nationality, raw.isocode3),
    gender: raw.gender,
  };
}

/** Columns whose values name something (a page, a group): each name must have one spelling. */
export const identifyingColumns = ["mission_acronym", "casualty_nationality"] as const;
const identifyingColumnMeaning: Record<(typeof identifyingColumns)[number], string> = {
  mission_acronym: "mission",
  casualty_nationality: "nationality",
};

export interface CasualtiesResult {
  rows: Casualty[];
  rowsRead: number;
  /** Rows whose casualty_id had been seen already: the same person listed twice. */
  duplicatesDropped: { casualty_id: string; line: number; firstLine: number }[];
  /** How many kept rows had their nationality or its ISO code repaired (nationalities.ts), by the name as written. */
  nationalitiesRepaired: Record<string, number>;
}

export interface ParseOptions {
  source: string;
  file: string;
  /** Latest acceptable incident date; a later one is a data error. Defaults to today (UTC). */
  today?: string;
  /** Called every `progressEvery` rows read, for a progress line on a large file. */
  progress?: (rowsRead: number) => void;
}

const progressEvery = 100_000;

/**
 * What both readings of the UN file share: each record validated, deduplicated and tidied as it
 * comes, handed to `keep`; the counts at the end. `keep` decides what is held: the whole table
 * for the report, running totals for a benchmark.
 */
function casualtiesCollector({ source, file, today, progress }: ParseOptions, keep: (row: Casualty) => void) {
  const validate = distinctValueValidator(rawRowSchema(today ?? todayUtc()), { everyRow: ["casualty_id"] });
  // Casualty ids by their spelling key: the same id in another case is the same person.
  const seen = new Map<string, Spelling>();
  const spellings = identifyingColumns.map((column) => ({ column, register: new SpellingRegister(), values: new Set<string>() }));
  const duplicatesDropped: CasualtiesResult["duplicatesDropped"] = [];
  const nationalitiesRepaired: Record<string, number> = {};
  let rowsRead = 0;
  let kept = 0;
  const visit = (record: CsvRecord, shape: CsvShape) => {
    if (++rowsRead % progressEvery === 0) progress?.(rowsRead);
    const checked = validate(record.values);
    if (!checked.ok) throw cellError(shape, record, checked.column, checked.message);
    const raw = checked.row;
    for (const { column, register, values } of spellings) {
      const value = raw[column];
      if (values.has(value)) continue;
      values.add(value);
      const earlier = register.clash(value, record.line);
      if (earlier) throw cellError(shape, record, column, clashMessage(earlier, identifyingColumnMeaning[column]));
    }
    const idKey = spellingKey(raw.casualty_id);
    const earlierId = seen.get(idKey);
    if (earlierId !== undefined) {
      if (earlierId.value !== raw.casualty_id) throw cellError(shape, record, "casualty_id", clashMessage(earlierId, "casualty id"));
      duplicatesDropped.push({ casualty_id: raw.casualty_id, line: record.line, firstLine: earlierId.line });
      return;
    }
    seen.set(idKey, { value: raw.casualty_id, line: record.line });
    const row = tidyCasualty(raw);
    if (row.nationality !== raw.casualty_nationality || row.iso3 !== raw.isocode3) {
      nationalitiesRepaired[raw.casualty_nationality] = (nationalitiesRepaired[raw.casualty_nationality] ?? 0) + 1;
    }
    kept++;
    keep(row);
  };
  const counts = (read: { records: number }): Omit<CasualtiesResult, "rows"> & { kept: number } => {
    if (read.records === 0) throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");
    return { rowsRead: read.records, duplicatesDropped, nationalitiesRepaired, kept };
  };
  return { visit, counts };
}

const csvOptions = ({ source, file }: ParseOptions) => ({ source, file, requiredColumns: rawColumns });

/** Parses, validates and tidies the UN fatalities CSV. Throws a DataError on the first bad cell. */
export function parseCasualties(text: string, options: ParseOptions): CasualtiesResult {
  const rows: Casualty[] = [];
  const collector = casualtiesCollector(options, (row) => rows.push(row));
  const { kept: _kept, ...counts } = collector.counts(eachCsvRecord(text, csvOptions(options), collector.visit));
  return { rows, ...counts };
}

/**
 * The same, from a stream of bytes, never holding the file: each tidy row goes to `keep` as it is
 * made. Returns the counts; what `keep` held is the caller's.
 */
export async function streamCasualties(
  bytes: AsyncIterable<Uint8Array>,
  options: ParseOptions,
  keep: (row: Casualty) => void,
): Promise<Omit<CasualtiesResult, "rows"> & { kept: number }> {
  const collector = casualtiesCollector(options, keep);
  const text = utf8Chunks(bytes, { source: options.source, file: options.file });
  return collector.counts(await eachCsvRecordOfStream(text, csvOptions(options), collector.visit));
}

/** The casualties table from the pinned UN file, read as a stream. */
export async function loadCasualties({ progress }: Pick<ParseOptions, "progress"> = {}): Promise<CasualtiesResult & { path: string }> {
  const source = sources.unFatalities;
  const { path } = resolveUpstream(source);
  const file = displayPath(path);
  const rows: Casualty[] = [];
  const { kept: _kept, ...counts } = await streamCasualties(
    inputChunks(path, { source: source.id, file }),
    { source: source.id, file, progress },
    (row) => rows.push(row),
  );
  return { rows, ...counts, path };
}
