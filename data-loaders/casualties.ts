import { z } from "zod";
import { iso3OrEmpty, isoDay, todayUtc } from "./fields.js";
import { cellError, decodeUtf8, eachCsvRecord } from "./csv.js";
import { distinctValueValidator } from "./cell-validator.js";
import { DataError } from "./errors.js";
import { displayPath, resolveUpstream } from "./fetch.js";
import { cleanNationality } from "./nationalities.js";
import { sources } from "./sources.js";

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

const rawColumns = [
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
const rawRowSchema = (today: string) =>
  z.object({
    incident_date: isoDay(today),
    casualty_id: z.string().trim().min(1, "empty casualty id"),
    mission_acronym: z
      .string()
      .trim()
      .regex(/^[A-Za-z]+$/, "not a mission acronym (letters only)"),
    type_of_casualty: z.literal("Fatality", "this table holds fatalities only"),
    gender: z.enum(["M", "F", ""], "gender must be M, F or empty"),
    casualty_nationality: z.string().trim(),
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

export interface CasualtiesResult {
  rows: Casualty[];
  rowsRead: number;
  /** Rows whose casualty_id had been seen already: the same person listed twice. */
  duplicatesDropped: { casualty_id: string; line: number }[];
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

/** Parses, validates and tidies the UN fatalities CSV. Throws a DataError on the first bad cell. */
export function parseCasualties(text: string, { source, file, today, progress }: ParseOptions): CasualtiesResult {
  const validate = distinctValueValidator(rawRowSchema(today ?? todayUtc()), { everyRow: ["casualty_id"] });
  const seen = new Set<string>();
  const rows: Casualty[] = [];
  const duplicatesDropped: CasualtiesResult["duplicatesDropped"] = [];
  const nationalitiesRepaired: Record<string, number> = {};

  // Record by record: the raw rows are never all held at once (the benchmark runs 100x the file).
  let rowsRead = 0;
  const read = eachCsvRecord(text, { source, file, requiredColumns: rawColumns }, (record, shape) => {
    if (++rowsRead % progressEvery === 0) progress?.(rowsRead);
    const checked = validate(record.values);
    if (!checked.ok) throw cellError(shape, record, checked.column, checked.message);
    const raw = checked.row;
    if (seen.has(raw.casualty_id)) {
      duplicatesDropped.push({ casualty_id: raw.casualty_id, line: record.line });
      return;
    }
    seen.add(raw.casualty_id);
    const nationality = cleanNationality(raw.casualty_nationality, raw.isocode3);
    if (nationality.nationality !== raw.casualty_nationality || nationality.iso3 !== raw.isocode3) {
      nationalitiesRepaired[raw.casualty_nationality] = (nationalitiesRepaired[raw.casualty_nationality] ?? 0) + 1;
    }
    rows.push({
      casualty_id: raw.casualty_id,
      date: raw.incident_date,
      year: Number(raw.incident_date.slice(0, 4)),
      mission: raw.mission_acronym,
      personnel_type: raw.casualty_personnel_type,
      incident_type: raw.type_of_incident,
      ...nationality,
      gender: raw.gender,
    });
  });
  if (read.records === 0) {
    throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");
  }
  return { rows, rowsRead: read.records, duplicatesDropped, nationalitiesRepaired };
}

/** The casualties table from the pinned UN file. */
export function loadCasualties({ progress }: Pick<ParseOptions, "progress"> = {}): CasualtiesResult & { path: string } {
  const source = sources.unFatalities;
  const { path, bytes } = resolveUpstream(source);
  const file = displayPath(path);
  const text = decodeUtf8(bytes, { source: source.id, file });
  return { ...parseCasualties(text, { source: source.id, file, progress }), path };
}
