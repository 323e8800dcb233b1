/*
 * Every mission compared: one summary row per mission, and the profile each mission's page
 * shows, computed for all missions in one grouped pass over the table per measure.
 */
import type { ColumnTable } from "arquero";
import type { Casualty } from "../../../data-loaders/casualties.js";
import { countTolls, type TollCounts } from "./counting.js";
import {
  everyYearOf,
  fatalitiesByMissionYearAndCategory,
  fatalitiesByNationality,
  rankMissions,
  runningToll,
  topAndOthers,
  type MissionRank,
  type NationalityCount,
  type Toll,
  type YearCategoryCount,
  type YearCumulative,
  type YearToll,
} from "./toll.js";

declare const op: typeof import("arquero").op;

export interface MissionSummary {
  mission: string;
  /** The mission's page name: its acronym in lower case. */
  slug: string;
  all: number;
  malicious: number;
  first_year: number;
  last_year: number;
  rank_all: number;
  /** null for a mission with no death from malicious acts. */
  rank_malicious: number | null;
}

/** The columns of missions.csv, in order. */
export const missionSummaryColumns = [
  "mission",
  "slug",
  "all",
  "malicious",
  "first_year",
  "last_year",
  "rank_all",
  "rank_malicious",
] as const;

/** One row per mission: its toll, the years it spans and its ranks. Computed once per build. */
export function missionSummaries(casualties: ColumnTable): MissionSummary[] {
  // One pass: each mission's toll and the years it spans; the ranks follow from the tolls.
  const tolls = countTolls(casualties.groupby("mission"), {
    first_year: (d: Casualty) => op.min(d.year),
    last_year: (d: Casualty) => op.max(d.year),
  }).objects() as (TollCounts & { mission: string; first_year: number; last_year: number })[];
  const byAll = new Map(rankMissions(tolls.map(({ mission, all }) => ({ mission, fatalities: all }))).map((row) => [row.mission, row]));
  const byMalicious = new Map(
    rankMissions(tolls.filter((row) => row.malicious > 0).map(({ mission, malicious }) => ({ mission, fatalities: malicious }))).map(
      (row) => [row.mission, row],
    ),
  );
  return tolls
    .map(({ mission, first_year, last_year }) => ({
      mission,
      slug: missionSlug(mission),
      all: byAll.get(mission)!.fatalities,
      malicious: byMalicious.get(mission)?.fatalities ?? 0,
      first_year,
      last_year,
      rank_all: byAll.get(mission)!.rank,
      rank_malicious: byMalicious.get(mission)?.rank ?? null,
    }))
    .sort((a, b) => a.rank_all - b.rank_all || a.mission.localeCompare(b.mission));
}

/** A mission's page name: its acronym in lower case. */
export function missionSlug(mission: string): string {
  return mission.toLowerCase();
}

/** A mission's page, as Framework names it: the one rule the config and the links use. */
export function missionPagePath(mission: string): string {
  return `/missions/${missionSlug(mission)}`;
}

/** The ranking of missions by one toll, read back from the per-mission summaries. */
export function rankingFrom(summaries: MissionSummary[], toll: "all" | "malicious", rank: "rank_all" | "rank_malicious"): MissionRank[] {
  return summaries
    .filter((row) => row[rank] !== null)
    .map((row) => ({ mission: row.mission, fatalities: row[toll], rank: row[rank]! }))
    .sort((a, b) => a.rank - b.rank || a.mission.localeCompare(b.mission));
}

export interface MissionProfile {
  toll: Toll;
  byYear: YearToll[];
  byIncident: YearCategoryCount[];
  byPersonnel: YearCategoryCount[];
  cumulative: YearCumulative[];
  nationalities: NationalityCount[];
  /** Countries of those who died, as recorded: the unrecorded and undetermined nationalities left out. */
  countries: number;
  /** Deaths whose nationality the file does not record, or records as undetermined. */
  unrecorded: number;
}

/** The file's words for a nationality it does not know (toll.ts names the empty cells "Not recorded"). */
export const unknownNationalities: ReadonlySet<string> = new Set(["Not recorded", "Undetermined"]);

/** Rows grouped by their mission, in order. */
function byMission<Row extends { mission: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.mission, [...(groups.get(row.mission) ?? []), row]);
  return groups;
}

const withoutMission = ({ year, category, fatalities }: YearCategoryCount): YearCategoryCount => ({ year, category, fatalities });

/**
 * Everything each mission's page shows about its toll, for every mission at once: each measure
 * is one grouped pass over the table (five in all), not one filter per mission and measure.
 */
export function missionProfiles(casualties: ColumnTable): Map<string, MissionProfile> {
  const tolls = countTolls(casualties.groupby("mission"), {
    firstDate: (d: Casualty) => op.min(d.date),
    lastDate: (d: Casualty) => op.max(d.date),
  }).objects() as (Toll & { mission: string })[];
  const years = byMission(countTolls(casualties.groupby("mission", "year")).objects() as (YearToll & { mission: string })[]);
  const incidents = byMission(fatalitiesByMissionYearAndCategory(casualties, "incident_type"));
  const personnel = byMission(fatalitiesByMissionYearAndCategory(casualties, "personnel_type"));
  const nationalities = byMission(fatalitiesByNationality(casualties, null));
  const profiles = new Map<string, MissionProfile>();
  for (const { mission, all, malicious, firstDate, lastDate } of tolls) {
    const byYear = everyYearOf(years.get(mission) ?? []);
    const counts = nationalities.get(mission) ?? [];
    profiles.set(mission, {
      toll: { all, malicious: malicious ?? 0, firstDate, lastDate },
      byYear,
      byIncident: (incidents.get(mission) ?? []).map(withoutMission),
      byPersonnel: (personnel.get(mission) ?? []).map(withoutMission),
      cumulative: runningToll(byYear),
      nationalities: topAndOthers(counts, 10),
      countries: counts.filter((row) => !unknownNationalities.has(row.nationality)).length,
      unrecorded: counts.filter((row) => unknownNationalities.has(row.nationality)).reduce((sum, row) => sum + row.fatalities, 0),
    });
  }
  return profiles;
}

/** Deaths the file dates before a mission's start or after its end. */
export interface OutsideDates {
  before: number;
  after: number;
}

/**
 * For each mission with dates, the deaths recorded outside them. Dates given only to the month or
 * the year compare at that precision: a death in March 1990 is not after an end given as 1990-03.
 */
export function deathsOutsideDates(
  casualties: ColumnTable,
  references: readonly { acronym: string; start_date: string | null; end_date: string | null }[],
): Map<string, OutsideDates> {
  const dates = new Map(references.map((row) => [row.acronym, row]));
  const counts = new Map<string, OutsideDates>(references.map((row) => [row.acronym, { before: 0, after: 0 }]));
  for (const { mission, date } of casualties.select("mission", "date").objects() as Pick<Casualty, "mission" | "date">[]) {
    const reference = dates.get(mission);
    if (!reference) continue;
    const count = counts.get(mission)!;
    const { start_date: start, end_date: end } = reference;
    if (start !== null && date.slice(0, start.length) < start) count.before++;
    if (end !== null && date.slice(0, end.length) > end) count.after++;
  }
  return counts;
}
