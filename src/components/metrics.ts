import type { ColumnTable } from "arquero";
import type { Casualty } from "../../data-loaders/casualties.js";

/*
 * Metrics over the tidy casualties table, shared by the pages, the claims and the tests.
 *
 * The table expressions below are arrow functions that arquero parses from their source text,
 * so `op` is resolved by arquero itself and never read at run time. Declaring it instead of
 * importing it keeps this module free of any one arquero build: Node uses the package entry,
 * the browser a bundle without Node built-ins (see DESIGN.md).
 */
declare const op: typeof import("arquero").op;

export const MALICIOUS_ACT = "Malicious Act";

/** Values handed to table expressions as `$` (arquero params). */
type Params = { mission: string; malicious: string; incidentType: string };

/** How a page or test reads `casualties.csv` into arquero, so that both see the same types. */
export const casualtiesCsvOptions = {
  autoType: false,
  parse: { year: Number },
} as const;

export interface Toll {
  all: number;
  malicious: number;
  firstDate: string | null;
  lastDate: string | null;
}

export function missionToll(casualties: ColumnTable, mission: string): Toll {
  const [toll] = casualties
    .params({ mission, malicious: MALICIOUS_ACT })
    .filter((d: Casualty, $: Params) => d.mission === $.mission)
    .rollup({
      all: () => op.count(),
      malicious: (d: Casualty, $: Params) => op.sum(d.incident_type === $.malicious ? 1 : 0),
      firstDate: (d: Casualty) => op.min(d.date),
      lastDate: (d: Casualty) => op.max(d.date),
    })
    .objects() as Toll[];
  return { ...toll, malicious: toll.malicious ?? 0 };
}

export interface YearIncidentCount {
  year: number;
  incident_type: string;
  fatalities: number;
}

/** Fatalities per calendar year and incident type, for the stacked chart. */
export function fatalitiesByYearAndIncident(casualties: ColumnTable, mission: string): YearIncidentCount[] {
  return casualties
    .params({ mission })
    .filter((d: Casualty, $: Params) => d.mission === $.mission)
    .groupby("year", "incident_type")
    .count({ as: "fatalities" })
    .orderby("year", "incident_type")
    .objects() as YearIncidentCount[];
}

export interface YearToll {
  year: number;
  all: number;
  malicious: number;
}

/** Every calendar year from the mission's first fatality to its last, years without deaths as zero. */
export function fatalitiesByYear(casualties: ColumnTable, mission: string): YearToll[] {
  const counted = casualties
    .params({ mission, malicious: MALICIOUS_ACT })
    .filter((d: Casualty, $: Params) => d.mission === $.mission)
    .groupby("year")
    .rollup({
      all: () => op.count(),
      malicious: (d: Casualty, $: Params) => op.sum(d.incident_type === $.malicious ? 1 : 0),
    })
    .objects() as YearToll[];
  if (counted.length === 0) return [];
  const byYear = new Map(counted.map((row) => [row.year, row]));
  const years = counted.map((row) => row.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => byYear.get(first + i) ?? { year: first + i, all: 0, malicious: 0 });
}

/** The year with the most fatalities (the earliest one on a tie). */
export function deadliestYear(byYear: YearToll[]): YearToll | undefined {
  return byYear.reduce<YearToll | undefined>((best, row) => (!best || row.all > best.all ? row : best), undefined);
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
      : casualties.params({ incidentType }).filter((d: Casualty, $: Params) => d.incident_type === $.incidentType);
  const counts = filtered.groupby("mission").count({ as: "fatalities" }).objects() as Omit<MissionRank, "rank">[];
  counts.sort((a, b) => b.fatalities - a.fatalities || a.mission.localeCompare(b.mission));
  return counts.map((row) => ({ ...row, rank: 1 + counts.filter((other) => other.fatalities > row.fatalities).length }));
}

export function rankOf(ranking: MissionRank[], mission: string): MissionRank | undefined {
  return ranking.find((row) => row.mission === mission);
}

export function missionCount(casualties: ColumnTable): number {
  return casualties.groupby("mission").count().numRows();
}
