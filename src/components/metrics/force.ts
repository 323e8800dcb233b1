/* The mission's size: published strength and ceilings, and the contingents that left. */
import type { ColumnTable } from "arquero";
import type { ContingentRow, DepartureStatus } from "../../../data-loaders/contingents.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import { sumQualifier, type FigureQualifier } from "../../../data-loaders/figure-fields.js";

/** Which row stands for a contingent: a departure that happened outranks one that was planned. */
const statusRank: Record<DepartureStatus, number> = { completed: 0, "under way": 1, planned: 2, suspended: 3 };

/**
 * One row per country and component, in the table's order of first mention: the row furthest
 * along (completed, under way, planned, suspended), so that a completed departure stands for its
 * contingent (Benin's company came home after its planned date, and with fewer soldiers) and an
 * announced departure for one also said to suspend its activities (Egypt); between rows equally
 * far along, the first listed counts, so the choice is made once, in the data, with its note.
 */
export function departingContingents(contingents: ColumnTable): ContingentRow[] {
  const rows = contingents.objects() as ContingentRow[];
  const chosen = new Map<string, ContingentRow>();
  for (const row of rows) {
    const key = `${row.country}\u0000${row.component}`;
    const held = chosen.get(key);
    if (!held || statusRank[row.departure_status] < statusRank[held.departure_status]) chosen.set(key, row);
  }
  return [...chosen.values()];
}

/** The contingents that left or were to leave: a suspension of activities is not a departure. */
export const leavingContingents = (departing: ContingentRow[]): ContingentRow[] =>
  departing.filter((row) => row.departure_status !== "suspended");

export interface DepartureTotals {
  military: number;
  police: number;
  all: number;
  /** How the sum reads: a sum of "about" figures is itself about (sumQualifier). */
  qualifier: FigureQualifier;
  contingents: number;
}

export function departureTotals(departing: ContingentRow[]): DepartureTotals {
  const sum = (component: string) =>
    departing.filter((row) => row.component === component).reduce((total, row) => total + row.personnel, 0);
  const military = sum("military");
  const police = sum("police");
  const qualifier = sumQualifier(departing.map((row) => row.qualifier));
  return { military, police, all: military + police, qualifier, contingents: departing.length };
}

/** The deployed figure a source gives for a component at a date (first listed if several). */
export function deployedAt(strength: ColumnTable, component: string, date: string): StrengthRow | undefined {
  return strength
    .params({ component, date })
    .filter(
      (d: StrengthRow, $: { component: string; date: string }) => d.component === $.component && d.date === $.date && d.deployed != null,
    )
    .objects()[0] as StrengthRow | undefined;
}

/**
 * The deployed counts of soldiers and police set against the ceiling in force on their date (the
 * latest authorized figure for the component on or before it; a month counts from its first day).
 * Counts with no ceiling yet in force are left out.
 */
export function countsAgainstCeilings(strength: readonly StrengthRow[]): { counts: number; belowCeiling: number } {
  const dayOf = (date: string) => (date.length === 7 ? `${date}-01` : date);
  const compared = strength
    .filter((row) => row.deployed !== null && (row.component === "military" || row.component === "police"))
    .flatMap((row) => {
      const ceiling = strength
        .filter((c) => c.component === row.component && c.authorized !== null && dayOf(c.date) <= dayOf(row.date))
        .sort((a, b) => dayOf(a.date).localeCompare(dayOf(b.date)))
        .at(-1);
      return ceiling ? [row.deployed! < ceiling.authorized!] : [];
    });
  return { counts: compared.length, belowCeiling: compared.filter(Boolean).length };
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
