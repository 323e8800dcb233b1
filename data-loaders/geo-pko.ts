/**
 * Where the UN's peacekeepers were, from Geo-PKO v2.3 (Uppsala University), which codes the UN's
 * deployment maps: for each mission, year and place, the units drawn there. Two files, two tidy
 * tables:
 *  - `deployments`: one row per mission, year and place, from FrontMap (one row per map): the
 *    troops estimated there (the dataset's own yearly mean of the maps), the headquarters level
 *    and whether police, medical, aviation units or military observers were drawn there;
 *  - `deployment_contributors`: one row per mission, year, place and contributing country, from
 *    TCCMap, whose `year.overview` lists each country with the largest unit drawn for it that year
 *    ("Bangladesh (300), Benin (150)", "(size unknown)" where the map gives none).
 * The troop figures are estimates from the standard size of each unit symbol, not head counts;
 * summed over places they overstate a mission's strength. Pages that show them say so.
 */
import { z } from "zod";
import { cellError, eachCsvRecord, type CsvRecord, type CsvShape } from "./csv.js";
import { distinctValueValidator } from "./cell-validator.js";
import { DataError, readInput } from "./errors.js";
import { displayPath, resolveUpstream } from "./fetch.js";
import { count, degrees, maxLength, maxMissionPersonnel, missionAcronym, requiredText, todayUtc } from "./fields.js";
import { sources } from "./sources.js";
import { decodeUtf8 } from "./text.js";
import { placeOutside } from "./country-outlines.js";

export const frontColumns = [
  "mission",
  "year",
  "country",
  "location",
  "latitude",
  "longitude",
  "Infantry",
  "NoTroops",
  "Reserve",
  "hq",
  "UNPOL",
  "Med",
  "Av",
  "UNMO",
  "ave.no.troops",
] as const;

export const contributorColumns = ["mission", "year", "location", "latitude", "longitude", "No.TCC", "year.overview"] as const;

/** One mission, year and place, from the maps of that year. */
export interface Deployment {
  mission: string;
  year: number;
  /** The country the place is in, as Geo-PKO names it. */
  country: string;
  location: string;
  latitude: number;
  longitude: number;
  /** Troops estimated from the unit symbols, the mean over the year's maps; null where Geo-PKO gives none. */
  estimated_troops: number | null;
  /** Headquarters level drawn there, the highest of the year: 0 none to 3 the mission's headquarters. */
  hq_level: number;
  police: boolean;
  medical: boolean;
  aviation: boolean;
  observers: boolean;
  /** Maps of the year that show the place. */
  maps: number;
}

/** One contributing country at one place in one year. */
export interface DeploymentContributor {
  mission: string;
  year: number;
  location: string;
  country: string;
  /** The largest unit drawn for the country there that year, in troops; null where the map gives no size. */
  largest_unit: number | null;
}

export const deploymentColumns = [
  "mission",
  "year",
  "country",
  "location",
  "latitude",
  "longitude",
  "estimated_troops",
  "hq_level",
  "police",
  "medical",
  "aviation",
  "observers",
  "maps",
] as const satisfies readonly (keyof Deployment)[];

export const deploymentContributorColumns = [
  "mission",
  "year",
  "location",
  "country",
  "largest_unit",
] as const satisfies readonly (keyof DeploymentContributor)[];

/**
 * One spelling per contributor: the maps' coders wrote some countries several ways. Keyed by the
 * name as written; every entry was seen in the pinned copy.
 */
export const contributorNames: Record<string, string> = {
  Britain: "United Kingdom",
  UK: "United Kingdom",
  Us: "United States",
  USA: "United States",
  "Korea (ROK)": "Republic of Korea",
  "South Korea": "Republic of Korea",
  Drc: "DR Congo",
  Un: "UN",
  // The report's spelling of the country, as in the UN file and the contingents table.
  "Cote d'Ivoire": "Côte d'Ivoire",
};

/** Entries of `year.overview` that name no country: units of several countries, of the UN itself, or unnamed. */
export const notCountries = ["Multinational", "UN", "TCC name unknown"] as const;

/** The first UN deployment maps Geo-PKO codes are from 1994; nothing can be later than this year. */
const mapYear = (today: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}$/, "not a year of four digits")
    .transform(Number)
    .refine((year) => year >= 1990 && year <= Number(today.slice(0, 4)), `not a year from 1990 to ${today.slice(0, 4)}`);

/** A troop estimate, or NA where the dataset gives none. */
const estimate = z.union([z.literal("NA").transform(() => null), count(maxMissionPersonnel, "troops at one place")]);

/** A level or flag coded as a small whole number, from 0 to `max`. */
const level = (max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d$/, `not a ${what} from 0 to ${max}`)
    .transform(Number)
    .refine((value) => value <= max, `not a ${what} from 0 to ${max}`);

export const frontRowSchema = (today: string) =>
  z.object({
    mission: missionAcronym,
    year: mapYear(today),
    country: requiredText("country", maxLength.name),
    location: requiredText("location", maxLength.name),
    latitude: degrees(90, "latitude"),
    longitude: degrees(180, "longitude"),
    Infantry: estimate,
    NoTroops: estimate,
    Reserve: estimate,
    hq: level(3, "headquarters level"),
    UNPOL: level(1, "presence flag"),
    Med: level(1, "presence flag"),
    Av: level(2, "aviation level"),
    UNMO: level(1, "presence flag"),
    "ave.no.troops": estimate,
  });

const overviewEntry = /^(.*\S) \((\d+|size unknown)\)$/;

/**
 * The contributors listed in one `year.overview` cell: "Country (size)" entries joined by commas.
 * A name may hold parentheses ("Korea (ROK) (150)"); the size is the last pair.
 */
export function parseOverview(text: string): { country: string; largest_unit: number | null }[] | { problem: string } {
  if (text.trim() === "") return [];
  const entries = text.split(",").map((entry) => entry.trim());
  const parsed: { country: string; largest_unit: number | null }[] = [];
  for (const entry of entries) {
    const match = overviewEntry.exec(entry);
    if (!match) return { problem: `the entry ${JSON.stringify(entry)} is not of the form "Country (size)" or "Country (size unknown)"` };
    const size = match[2] === "size unknown" ? null : Number(match[2]);
    if (size !== null && size > maxMissionPersonnel)
      return { problem: `the entry ${JSON.stringify(entry)} gives more than ${maxMissionPersonnel.toLocaleString("en")} troops` };
    parsed.push({ country: contributorNames[match[1]] ?? match[1], largest_unit: size });
  }
  return parsed;
}

export const contributorRowSchema = (today: string) =>
  z.object({
    mission: missionAcronym,
    year: mapYear(today),
    location: requiredText("location", maxLength.name),
    latitude: degrees(90, "latitude"),
    longitude: degrees(180, "longitude"),
    "No.TCC": count(1000, "contributing countries at one place"),
    "year.overview": z
      .string()
      .max(maxLength.text, `longer than ${maxLength.text} characters`)
      .transform((text, ctx) => {
        const parsed = parseOverview(text);
        if (!("problem" in parsed)) return parsed;
        ctx.addIssue({ code: "custom", message: parsed.problem });
        return z.NEVER;
      }),
  });

export interface GeoPkoOptions {
  source: string;
  file: string;
  today?: string;
}

const placeKey = (row: { mission: string; year: number; location: string }) => `${row.mission}\u0000${row.year}\u0000${row.location}`;

/** The cell error for a record, with the shape the CSV reader gave. */
type Visit = (record: CsvRecord, shape: CsvShape) => void;

/**
 * A check that each place lies in the country its row names (country-outlines.ts), refusing the
 * cell at fault; points already checked are remembered.
 */
function pointChecker() {
  const checked = new Set<string>();
  return (shape: CsvShape, record: CsvRecord, country: string, latitude: number, longitude: number, countryColumn = "country") => {
    const key = `${country}\u0000${latitude}\u0000${longitude}`;
    if (checked.has(key)) return;
    const outside = placeOutside(country, latitude, longitude);
    if (outside) throw cellError(shape, record, outside.cell === "country" ? countryColumn : "latitude", outside.problem);
    checked.add(key);
  };
}

/**
 * FrontMap's rows (one per map) folded into one row per mission, year and place. The yearly mean
 * and the country are the dataset's per place and year: a map that gives another is refused. The
 * coordinates are the first map's (in ten places of other missions the maps differ by under 2 km).
 */
export function parseDeployments(text: string, { source, file, today = todayUtc() }: GeoPkoOptions): Deployment[] {
  const validate = distinctValueValidator(frontRowSchema(today));
  const checkPoint = pointChecker();
  const places = new Map<string, Deployment & { line: number }>();
  const visit: Visit = (record, shape) => {
    const checked = validate(record.values);
    if (!checked.ok) throw cellError(shape, record, checked.column, checked.message);
    const row = checked.row;
    const key = placeKey(row);
    const earlier = places.get(key);
    if (!earlier) {
      checkPoint(shape, record, row.country, row.latitude, row.longitude);
      places.set(key, {
        mission: row.mission,
        year: row.year,
        country: row.country,
        location: row.location,
        latitude: row.latitude,
        longitude: row.longitude,
        estimated_troops: row["ave.no.troops"],
        hq_level: row.hq,
        police: row.UNPOL > 0,
        medical: row.Med > 0,
        aviation: row.Av > 0,
        observers: row.UNMO > 0,
        maps: 1,
        line: record.line,
      });
      return;
    }
    if (earlier.estimated_troops !== row["ave.no.troops"])
      throw cellError(
        shape,
        record,
        "ave.no.troops",
        `the year's mean for this place differs from line ${earlier.line} (${earlier.estimated_troops ?? "NA"})`,
      );
    if (earlier.country !== row.country)
      throw cellError(shape, record, "country", `this place is in ${JSON.stringify(earlier.country)} on line ${earlier.line}`);
    checkPoint(shape, record, row.country, row.latitude, row.longitude);
    earlier.hq_level = Math.max(earlier.hq_level, row.hq);
    earlier.police ||= row.UNPOL > 0;
    earlier.medical ||= row.Med > 0;
    earlier.aviation ||= row.Av > 0;
    earlier.observers ||= row.UNMO > 0;
    earlier.maps += 1;
  };
  const read = eachCsvRecord(text, { source, file, requiredColumns: frontColumns }, visit);
  if (read.records === 0) throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");
  return [...places.values()].map(({ line: _line, ...deployment }) => deployment);
}

/**
 * TCCMap's rows, each `year.overview` parsed into one row per country. The number of countries
 * must match `No.TCC`. A place listed twice in one year (with coordinates a little apart) is one
 * place: each country keeps its largest unit. TCCMap does not say which country a place is in;
 * given FrontMap's places (`deployments`), each place must be one of them, and its point in
 * that place's country.
 */
export function parseDeploymentContributors(
  text: string,
  { source, file, today = todayUtc(), deployments }: GeoPkoOptions & { deployments?: Deployment[] },
): DeploymentContributor[] {
  const validate = distinctValueValidator(contributorRowSchema(today));
  const checkPoint = pointChecker();
  const countryOfPlace = deployments && new Map(deployments.map((place) => [placeKey(place), place.country]));
  const byPlace = new Map<string, Map<string, DeploymentContributor>>();
  const visit: Visit = (record, shape) => {
    const checked = validate(record.values);
    if (!checked.ok) throw cellError(shape, record, checked.column, checked.message);
    const row = checked.row;
    if (countryOfPlace) {
      const country = countryOfPlace.get(placeKey(row));
      if (country === undefined)
        throw cellError(
          shape,
          record,
          "location",
          `FrontMap has no place of this name for ${row.mission} in ${row.year}, so its country is unknown`,
        );
      checkPoint(shape, record, country, row.latitude, row.longitude, "location");
    }
    const listed = row["year.overview"];
    if (listed.length !== row["No.TCC"])
      throw cellError(shape, record, "No.TCC", `${row["No.TCC"]} countries, but year.overview lists ${listed.length}`);
    const key = placeKey(row);
    const countries = byPlace.get(key) ?? new Map<string, DeploymentContributor>();
    byPlace.set(key, countries);
    for (const { country, largest_unit } of listed) {
      const earlier = countries.get(country);
      if (earlier && (largest_unit === null || (earlier.largest_unit ?? -1) >= largest_unit)) continue;
      countries.set(country, { mission: row.mission, year: row.year, location: row.location, country, largest_unit });
    }
  };
  const read = eachCsvRecord(text, { source, file, requiredColumns: contributorColumns }, visit);
  if (read.records === 0) throw new DataError({ source, file, line: 2 }, "the file has a header but no rows");
  return [...byPlace.values()].flatMap((countries) => [...countries.values()]);
}

/** Both tables from the pinned Geo-PKO files. */
export function loadGeoPko(today = todayUtc()): { deployments: Deployment[]; contributors: DeploymentContributor[] } {
  const read = (source: (typeof sources)["geoPkoFront" | "geoPkoContributors"]) => {
    const { path } = resolveUpstream(source);
    const file = displayPath(path);
    return { text: decodeUtf8(readInput(path, { source: source.id, file }), { source: source.id, file }), source: source.id, file };
  };
  const front = read(sources.geoPkoFront);
  const contributors = read(sources.geoPkoContributors);
  const deployments = parseDeployments(front.text, { ...front, today });
  return { deployments, contributors: parseDeploymentContributors(contributors.text, { ...contributors, today, deployments }) };
}
