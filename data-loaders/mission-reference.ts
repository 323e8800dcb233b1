/**
 * What each acronym of the UN fatalities file stands for: full name, kind, headquarters, point and
 * dates, from the UN's list of peacekeeping operations (data-loaders/un-operations.ts) or, for the
 * missions it leaves out, the curated other_missions table. Every acronym must resolve; one that
 * does not stops the build, named.
 *
 * A headquarters point comes from the list's own row; for a curated mission, from a row of the list
 * or a Geo-PKO place of the same town, where all of them agree. Where the list's headquarters is a
 * Geo-PKO headquarters of the same mission, the two points must agree too: that check is what
 * catches a swapped longitude and latitude on a row that names its town only once.
 */
import type { Deployment } from "./geo-pko.js";
import type { MissionKind, OtherMissionRow } from "./other-missions.js";
import { sources } from "./sources.js";
import type { UnOperation } from "./un-operations.js";

export interface MissionReference {
  acronym: string;
  name: string;
  kind: MissionKind;
  /** The headquarters town; null where no source names one. */
  headquarters: string | null;
  /** For a curated mission whose source names no town: the country or region it works on. */
  area: string | null;
  latitude: number | null;
  longitude: number | null;
  /** YYYY-MM-DD, or YYYY-MM / YYYY where the source is no finer; null where it gives none. */
  start_date: string | null;
  end_date: string | null;
  running: boolean;
  /** The phases a combined row of the UN's list sums, separated by commas ("UNEF I, UNEF II"). */
  combines: string;
  /** Where the row comes from: the UN's list, or the curated table. */
  listed_by: "UN list of operations" | "curated";
  /** The UN document symbol of a curated row's source, where it is one (S/RES/1401 (2002)); else empty. */
  report: string;
  source_url: string;
  note: string;
}

export const missionReferenceColumns = [
  "acronym",
  "name",
  "kind",
  "headquarters",
  "area",
  "latitude",
  "longitude",
  "start_date",
  "end_date",
  "running",
  "combines",
  "listed_by",
  "report",
  "source_url",
  "note",
] as const satisfies readonly (keyof MissionReference)[];

type Point = { latitude: number; longitude: number };

/**
 * A date of the UN's list as precisely as the list can be read: it writes most of its dates as the
 * first day of a month (more than two in three of them), which cannot be told from a mission that
 * truly began or ended on the 1st; so a date on the 1st is kept as its month, and a death later
 * that month is not dated after the mission's end.
 */
export function listedDate(date: string | null): string | null {
  return date !== null && date.endsWith("-01") ? date.slice(0, 7) : date;
}

/** Degrees two sources may differ by on one town: a tenth is some 11 km. */
const tolerance = 0.1;
const near = (a: Point, b: Point) => Math.abs(a.latitude - b.latitude) <= tolerance && Math.abs(a.longitude - b.longitude) <= tolerance;

/** Towns to points, kept only where every source of the town agrees. */
function gazetteer(operations: UnOperation[], deployments: Deployment[]): Map<string, Point> {
  const points = new Map<string, Point[]>();
  const add = (town: string | null, point: Point) => town && points.set(town, [...(points.get(town) ?? []), point]);
  for (const row of operations) if (row.latitude !== null && row.longitude !== null) add(row.headquarters, row as Point);
  for (const row of deployments) add(row.location, row);
  const agreed = new Map<string, Point>();
  for (const [town, all] of points) if (all.every((point) => near(point, all[0]))) agreed.set(town, all[0]);
  return agreed;
}

/** The list's headquarters against Geo-PKO's maps of the same mission (or its phases) at a town of the same name. */
function checkAgainstGeoPko(operations: UnOperation[], deployments: Deployment[]): void {
  for (const row of operations) {
    if (row.latitude === null || row.longitude === null || row.headquarters === null) continue;
    const missions = new Set([row.acronym, ...row.combines]);
    const mapped = deployments.find(
      (place) => missions.has(place.mission) && place.location === row.headquarters && !near(place, row as Point),
    );
    if (mapped)
      throw new Error(
        `[${sources.unOperations.id}] ${row.acronym}: the UN's list puts ${row.headquarters} at latitude ${row.latitude}, longitude ${row.longitude}, but Geo-PKO's maps of ${mapped.mission} (${mapped.year}) put it at ${mapped.latitude}, ${mapped.longitude}; settle it in data-loaders/curated/operation_corrections.csv`,
      );
  }
}

/**
 * One row per acronym of the fatalities file, in the order given. Throws, naming them, if some
 * acronyms resolve nowhere or twice.
 */
export function missionReference(
  acronyms: string[],
  { operations, others, deployments }: { operations: UnOperation[]; others: OtherMissionRow[]; deployments: Deployment[] },
): MissionReference[] {
  checkAgainstGeoPko(operations, deployments);
  const listed = new Map(operations.map((row) => [row.acronym, row]));
  const curated = new Map(others.map((row) => [row.acronym, row]));
  const points = gazetteer(operations, deployments);
  const twice = acronyms.filter((acronym) => listed.has(acronym) && curated.has(acronym));
  if (twice.length)
    throw new Error(
      `curated:other_missions: ${twice.join(", ")} ${twice.length === 1 ? "is" : "are"} in the UN's list of operations too: remove the curated row`,
    );
  const missing = acronyms.filter((acronym) => !listed.has(acronym) && !curated.has(acronym));
  if (missing.length)
    throw new Error(
      `${missing.length} acronym${missing.length === 1 ? "" : "s"} of the UN fatalities file resolve${missing.length === 1 ? "s" : ""} neither in the UN's list of operations nor in data-loaders/curated/other_missions.csv: ${missing.join(", ")}. Add a row for each, with its source.`,
    );
  return acronyms.map((acronym): MissionReference => {
    const row = listed.get(acronym);
    if (row)
      return {
        acronym,
        name: row.name,
        kind: "peacekeeping operation",
        headquarters: row.headquarters,
        area: null,
        latitude: row.latitude,
        longitude: row.longitude,
        start_date: listedDate(row.start_date),
        end_date: listedDate(row.end_date),
        running: row.running,
        combines: row.combines.join(", "),
        listed_by: "UN list of operations",
        report: "",
        source_url: sources.unOperations.datasetPage,
        note: "",
      };
    const other = curated.get(acronym)!;
    const point = other.headquarters ? points.get(other.headquarters) : undefined;
    return {
      acronym,
      name: other.name,
      kind: other.kind,
      headquarters: other.headquarters || null,
      area: other.area || null,
      latitude: point?.latitude ?? null,
      longitude: point?.longitude ?? null,
      start_date: other.start_date,
      end_date: other.end_date,
      running: other.running,
      combines: "",
      listed_by: "curated",
      report: other.report,
      source_url: other.source_url,
      note: other.note,
    };
  });
}

/** The acronyms whose row gives no date at all: the pages say so, and the build names them. */
export const undated = (rows: MissionReference[]): string[] =>
  rows.filter((row) => row.start_date === null && row.end_date === null).map((row) => row.acronym);
