/*
 * A mission's toll: in all, by year, by category, running, by nationality; and where missions
 * stand against each other. Counted with counting.ts.
 */
import type { ColumnTable } from "arquero";
import { leadOf } from "./leaders.js";
import type { Casualty } from "../../../data-loaders/casualties.js";
import { countTolls, ofMission, type TollCounts } from "./counting.js";

declare const op: typeof import("arquero").op;

export interface Toll extends TollCounts {
  firstDate: string;
  lastDate: string;
}

export function missionToll(casualties: ColumnTable, mission: string): Toll {
  const [toll] = countTolls(ofMission(casualties, mission), {
    firstDate: (d: Casualty) => op.min(d.date),
    lastDate: (d: Casualty) => op.max(d.date),
  }).objects() as Toll[];
  // A mission the file does not have is an error, never a toll of zero.
  if (!toll || toll.all === 0) throw new Error(`${mission} is not a mission of the casualties table`);
  return toll;
}

export interface YearCategoryCount {
  year: number;
  /** The incident type or the personnel type, as the UN writes it. */
  category: string;
  fatalities: number;
}

export type CasualtyCategory = "incident_type" | "personnel_type";

/** Fatalities per mission, calendar year and incident type (or personnel type): one pass for every mission. */
export function fatalitiesByMissionYearAndCategory(
  casualties: ColumnTable,
  category: CasualtyCategory = "incident_type",
): (YearCategoryCount & { mission: string })[] {
  return casualties
    .select({ mission: "mission", year: "year", [category]: "category" })
    .groupby("mission", "year", "category")
    .count({ as: "fatalities" })
    .orderby("mission", "year", "category")
    .objects() as (YearCategoryCount & { mission: string })[];
}

/** One mission's fatalities per calendar year and incident type (or personnel type), for the stacked charts. */
export function fatalitiesByYearAndCategory(
  casualties: ColumnTable,
  mission: string,
  category: CasualtyCategory = "incident_type",
): YearCategoryCount[] {
  return fatalitiesByMissionYearAndCategory(ofMission(casualties, mission), category).map(({ year, category, fatalities }) => ({
    year,
    category,
    fatalities,
  }));
}

export interface YearToll extends TollCounts {
  year: number;
}

/** Every calendar year from the first fatality to the last, years without deaths as zero. */
export function everyYearOf(counted: YearToll[]): YearToll[] {
  if (counted.length === 0) return [];
  const byYear = new Map(counted.map((row) => [row.year, { year: row.year, all: row.all, malicious: row.malicious }]));
  const years = counted.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(first + i) ?? { year: first + i, all: 0, malicious: 0 });
}

/** A mission's toll per calendar year, from its first fatality to its last. */
export function fatalitiesByYear(casualties: ColumnTable, mission: string): YearToll[] {
  return everyYearOf(countTolls(ofMission(casualties, mission).groupby("year")).objects() as YearToll[]);
}

/**
 * The year with the most fatalities, for a sentence that names one deadliest year: two years that
 * tie are an error naming them, since such a sentence would be false (the mission pages, which
 * name every tied year, use the lead itself).
 */
export function deadliestYear(byYear: YearToll[]): YearToll | undefined {
  if (!byYear.some((row) => row.all > 0)) return undefined;
  const lead = leadOf(
    byYear.map((row) => [String(row.year), row.all]),
    byYear.reduce((sum, row) => sum + row.all, 0),
  );
  if (lead.kind === "tie")
    throw new Error(
      `${lead.names.join(" and ")} tie as the deadliest year (${lead.count} deaths each): a sentence naming one would be false`,
    );
  return byYear.find((row) => String(row.year) === lead.names[0]);
}

export interface YearCumulative extends YearToll {
  cumulative_all: number;
  cumulative_malicious: number;
}

/** The running toll at the end of each year of a toll by year. */
export function runningToll(byYear: YearToll[]): YearCumulative[] {
  let all = 0;
  let malicious = 0;
  return byYear.map((row) => ({ ...row, cumulative_all: (all += row.all), cumulative_malicious: (malicious += row.malicious) }));
}

/** The running toll at the end of each year of the mission's record. */
export function cumulativeToll(casualties: ColumnTable, mission: string): YearCumulative[] {
  return runningToll(fatalitiesByYear(casualties, mission));
}

export interface NationalityCount {
  nationality: string;
  fatalities: number;
  /** How many nationalities the row stands for: 1, or more for the "all others" row. */
  nationalities: number;
  /** The edition's shorter name for the country, for a chart where the full name does not fit. */
  short?: string;
}

/** Deaths per nationality, for one mission or (null) every mission at once. */
export function fatalitiesByNationality(
  casualties: ColumnTable,
  mission: string | null,
): { mission: string; nationality: string; fatalities: number }[] {
  const rows = mission === null ? casualties : ofMission(casualties, mission);
  const counts = rows.groupby("mission", "nationality").count({ as: "fatalities" }).objects() as {
    mission: string;
    nationality: string | null;
    fatalities: number;
  }[];
  // The UN leaves some nationalities empty; a CSV read gives them back as null.
  return counts.map((row) => ({ ...row, nationality: row.nationality || "Not recorded" }));
}

/** What the file writes, or the pipeline writes for it, where it records no country: never a nationality of its own. */
export const unrecordedNationalities: readonly string[] = ["Not recorded", "Undetermined"];

/**
 * The nationalities with the most deaths, one row for all the other nationalities, and then the
 * deaths whose nationality is not recorded, each under the file's word, never counted as a nationality.
 */
export function topAndOthers(counts: { nationality: string; fatalities: number }[], top = 10): NationalityCount[] {
  const unrecorded = counts
    .filter((row) => unrecordedNationalities.includes(row.nationality))
    .map((row) => ({ nationality: row.nationality, fatalities: row.fatalities, nationalities: 1 }));
  const sorted = counts
    .filter((row) => !unrecordedNationalities.includes(row.nationality))
    .sort((a, b) => b.fatalities - a.fatalities || a.nationality.localeCompare(b.nationality));
  // One nationality past the top is shown by its name: "all others" always stands for two or more.
  const cut = sorted.length === top + 1 ? top + 1 : top;
  const shown = sorted.slice(0, cut).map((row) => ({ nationality: row.nationality, fatalities: row.fatalities, nationalities: 1 }));
  const rest = sorted.slice(cut);
  if (rest.length === 0) return [...shown, ...unrecorded];
  return [
    ...shown,
    {
      nationality: `All others (${rest.length} nationalities)`,
      fatalities: rest.reduce((sum, row) => sum + row.fatalities, 0),
      nationalities: rest.length,
    },
    ...unrecorded,
  ];
}

/** A mission's nationalities with the most deaths, and one row for all the others. */
export function topNationalities(casualties: ColumnTable, mission: string, top = 10): NationalityCount[] {
  return topAndOthers(fatalitiesByNationality(casualties, mission), top);
}

export interface MissionRank {
  mission: string;
  fatalities: number;
  /** 1 for the highest toll; missions with equal tolls share a rank. */
  rank: number;
}

/** Missions ordered by fatalities, all causes or one incident type. */
export function missionRanking(casualties: ColumnTable, incidentType?: string): MissionRank[] {
  const filtered =
    incidentType === undefined
      ? casualties
      : casualties.params({ incidentType }).filter((d: Casualty, $: { incidentType: string }) => d.incident_type === $.incidentType);
  return rankMissions(filtered.groupby("mission").count({ as: "fatalities" }).objects() as Omit<MissionRank, "rank">[]);
}

/** Missions ordered by a count, the highest first; equal counts share a rank. */
export function rankMissions(counts: Omit<MissionRank, "rank">[]): MissionRank[] {
  const sorted = [...counts].sort((a, b) => b.fatalities - a.fatalities || a.mission.localeCompare(b.mission));
  return sorted.map((row) => ({ ...row, rank: 1 + sorted.filter((other) => other.fatalities > row.fatalities).length }));
}

/** A mission's place in a ranking; a mission that is not in it is an error, never rank 0. */
export function rankOf(ranking: MissionRank[], mission: string): MissionRank {
  const found = ranking.find((row) => row.mission === mission);
  if (!found) throw new Error(`${mission} is not in the ranking (${ranking.length} missions)`);
  return found;
}

export function missionCount(casualties: ColumnTable): number {
  return casualties.groupby("mission").count().numRows();
}
