import type { ColumnTable } from "arquero";
import type { SourceKind } from "../../data-loaders/source-policy.js";
import type { Casualty } from "../../data-loaders/casualties.js";
import type { ContingentRow } from "../../data-loaders/contingents.js";
import type { FlightRow } from "../../data-loaders/flights.js";
import type { StrengthRow } from "../../data-loaders/strength.js";

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
type Params = { mission: string; malicious: string; incidentType: string; category: string; component: string; date: string };

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

export interface YearCategoryCount {
  year: number;
  /** The incident type or the personnel type, as the UN writes it. */
  category: string;
  fatalities: number;
}

export type CasualtyCategory = "incident_type" | "personnel_type";

/** Fatalities per calendar year and incident type (or personnel type), for the stacked charts. */
export function fatalitiesByYearAndCategory(
  casualties: ColumnTable,
  mission: string,
  category: CasualtyCategory = "incident_type",
): YearCategoryCount[] {
  return casualties
    .params({ mission })
    .filter((d: Casualty, $: Params) => d.mission === $.mission)
    .select({ year: "year", [category]: "category" })
    .groupby("year", "category")
    .count({ as: "fatalities" })
    .orderby("year", "category")
    .objects() as YearCategoryCount[];
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

export interface FlightRefusal {
  period_start: string;
  period_end: string;
  report: string;
  /** null where the source gives refusals without the number of requests. */
  requested: number | null;
  denied: number;
  /** denied / requested, or null without a request count. */
  share: number | null;
  /** Refusals of ISR drone flights in the same period, where the source splits them out. */
  drone_denied: number | null;
  source_url: string;
  source_kind: SourceKind;
  drone_source_url: string | null;
  drone_source_kind: SourceKind | null;
}

/** One row per reporting period: flights refused of all requested, the share, the drone refusals. */
export function flightRefusals(flights: ColumnTable): FlightRefusal[] {
  const periodKey = { period: (d: FlightRow) => d.period_start + "/" + d.period_end };
  const drones = flights
    .params({ category: "ISR drone flights" })
    .filter((d: FlightRow, $: Params) => d.category === $.category)
    .derive(periodKey)
    .select({ period: "period", denied: "drone_denied", source_url: "drone_source_url", source_kind: "drone_source_kind" });
  return flights
    .params({ category: "all flights" })
    .filter((d: FlightRow, $: Params) => d.category === $.category)
    .derive(periodKey)
    .lookup(drones, "period", "drone_denied", "drone_source_url", "drone_source_kind")
    .derive({ share: (d: FlightRow) => (d.requested == null ? null : d.denied / d.requested) })
    .select(
      "period_start",
      "period_end",
      "report",
      "requested",
      "denied",
      "share",
      "drone_denied",
      "source_url",
      "source_kind",
      "drone_source_url",
      "drone_source_kind",
    )
    .orderby("period_start")
    .objects()
    .map((row: Record<string, unknown>) => ({
      ...row,
      drone_denied: row.drone_denied ?? null,
      drone_source_url: row.drone_source_url ?? null,
      drone_source_kind: row.drone_source_kind ?? null,
    })) as FlightRefusal[];
}

/**
 * One row per country and component. Where sources disagree on a contingent, the first row
 * listed in the curated table counts, so the choice is made once, in the data, with its note.
 */
export function departingContingents(contingents: ColumnTable): ContingentRow[] {
  return contingents
    .groupby("country", "component")
    .filter(() => op.row_number() === 1)
    .ungroup()
    .objects() as ContingentRow[];
}

export interface DepartureTotals {
  military: number;
  police: number;
  all: number;
  contingents: number;
}

export function departureTotals(departing: ContingentRow[]): DepartureTotals {
  const sum = (component: string) =>
    departing.filter((row) => row.component === component).reduce((total, row) => total + row.personnel, 0);
  const military = sum("military");
  const police = sum("police");
  return { military, police, all: military + police, contingents: departing.length };
}

/** The deployed figure a source gives for a component at a date (first listed if several). */
export function deployedAt(strength: ColumnTable, component: string, date: string): StrengthRow | undefined {
  return strength
    .params({ component, date })
    .filter((d: StrengthRow, $: Params) => d.component === $.component && d.date === $.date && d.deployed != null)
    .objects()[0] as StrengthRow | undefined;
}

export interface Ceiling {
  component: string;
  authorized: number;
  /** The first published figure of this ceiling, and the latest one that still gives it. */
  since: StrengthRow;
  latest: StrengthRow;
}

/** The latest authorized ceiling per component, with the first date a source gave that value. */
export function latestCeilings(strength: ColumnTable): Ceiling[] {
  const figures = strength
    .filter((d: StrengthRow) => d.authorized != null)
    .orderby("date")
    .objects() as StrengthRow[];
  const latest = new Map(figures.map((row) => [row.component, row]));
  return [...latest.values()].map((row) => ({
    component: row.component,
    authorized: row.authorized!,
    since: figures.find((other) => other.component === row.component && other.authorized === row.authorized)!,
    latest: row,
  }));
}

export interface CasualtyFilter {
  mission: string;
  /** First and last incident dates counted, inclusive (ISO days). */
  from?: string;
  to?: string;
  /** Personnel types counted; all when absent. */
  personnel?: string[];
  /** Incident types counted; all when absent. */
  incidents?: string[];
  years?: number[];
}

/** How many people a definition counts: the one counting rule behind every toll in the ledger. */
export function countCasualties(casualties: ColumnTable, filter: CasualtyFilter): number {
  const $ = {
    mission: filter.mission,
    from: filter.from ?? "0000-01-01",
    to: filter.to ?? "9999-12-31",
    personnel: filter.personnel ?? null,
    incidents: filter.incidents ?? null,
    years: filter.years ?? null,
  };
  return casualties
    .params($)
    .filter(
      (d: Casualty, p: typeof $) =>
        d.mission === p.mission &&
        d.date >= p.from &&
        d.date <= p.to &&
        (p.personnel === null || op.includes(p.personnel, d.personnel_type)) &&
        (p.incidents === null || op.includes(p.incidents, d.incident_type)) &&
        (p.years === null || op.includes(p.years, d.year)),
    )
    .numRows();
}

export interface YearCumulative extends YearToll {
  cumulative_all: number;
  cumulative_malicious: number;
}

/** The running toll at the end of each year of the mission's record. */
export function cumulativeToll(casualties: ColumnTable, mission: string): YearCumulative[] {
  let all = 0;
  let malicious = 0;
  return fatalitiesByYear(casualties, mission).map((row) => ({
    ...row,
    cumulative_all: (all += row.all),
    cumulative_malicious: (malicious += row.malicious),
  }));
}

export interface NationalityCount {
  nationality: string;
  fatalities: number;
  /** How many nationalities the row stands for: 1, or more for the "all others" row. */
  nationalities: number;
}

/** The nationalities with the most deaths, and one row for all the others. */
export function topNationalities(casualties: ColumnTable, mission: string, top = 10): NationalityCount[] {
  const counts = casualties
    .params({ mission })
    .filter((d: Casualty, $: Params) => d.mission === $.mission)
    .groupby("nationality")
    .count({ as: "fatalities" })
    .objects()
    // The UN leaves some nationalities empty; a CSV read gives them back as null.
    .map((row: { nationality: string | null; fatalities: number }) => ({ ...row, nationality: row.nationality || "Not recorded" })) as {
    nationality: string;
    fatalities: number;
  }[];
  counts.sort((a, b) => b.fatalities - a.fatalities || a.nationality.localeCompare(b.nationality));
  const shown = counts.slice(0, top).map((row) => ({ ...row, nationalities: 1 }));
  const rest = counts.slice(top);
  if (rest.length === 0) return shown;
  return [
    ...shown,
    {
      nationality: `All others (${rest.length} nationalit${rest.length === 1 ? "y" : "ies"})`,
      fatalities: rest.reduce((sum, row) => sum + row.fatalities, 0),
      nationalities: rest.length,
    },
  ];
}

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
  const byAll = new Map(missionRanking(casualties).map((row) => [row.mission, row]));
  const byMalicious = new Map(missionRanking(casualties, MALICIOUS_ACT).map((row) => [row.mission, row]));
  const years = casualties
    .groupby("mission")
    .rollup({ first_year: (d: Casualty) => op.min(d.year), last_year: (d: Casualty) => op.max(d.year) })
    .objects() as { mission: string; first_year: number; last_year: number }[];
  return years
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

export function missionSlug(mission: string): string {
  return mission.toLowerCase();
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
  /** Distinct nationality values, the unrecorded one included. */
  countries: number;
}

/** Everything a mission's page shows about its toll, computed at build time for all missions at once. */
export function missionProfile(casualties: ColumnTable, mission: string): MissionProfile {
  return {
    toll: missionToll(casualties, mission),
    byYear: fatalitiesByYear(casualties, mission),
    byIncident: fatalitiesByYearAndCategory(casualties, mission, "incident_type"),
    byPersonnel: fatalitiesByYearAndCategory(casualties, mission, "personnel_type"),
    cumulative: cumulativeToll(casualties, mission),
    nationalities: topNationalities(casualties, mission, 10),
    countries: casualties
      .params({ mission })
      .filter((d: Casualty, $: Params) => d.mission === $.mission)
      .groupby("nationality")
      .count()
      .numRows(),
  };
}
