/* The mission's size: published strength and ceilings, and the contingents that left. */

import type { ContingentRow, DepartureStatus } from "../../../data-loaders/contingents.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import { shareQualifier, sumQualifier, type SumQualifier } from "../../../data-loaders/figure-fields.js";
import { ABOUT_TOLERANCE } from "../../../data-loaders/figure-fields.js";
import { rowsOf, type RowsTable } from "../../../data-loaders/tidy-tables.js";

/** Which row stands for a contingent: a departure that happened outranks one that was planned. */
const statusRank: Record<DepartureStatus, number> = { completed: 0, "under way": 1, planned: 2, suspended: 3 };

/**
 * One row per country and component, in the table's order of first mention: the row furthest
 * along (completed, under way, planned, suspended), so that a completed departure stands for its
 * contingent (Benin's company came home after its planned date, and with fewer soldiers) and an
 * announced departure for one also said to suspend its activities (Egypt); between rows equally
 * far along, the first listed counts, so the choice is made once, in the data, with its note.
 */
export function departingContingents(contingents: RowsTable<ContingentRow>): ContingentRow[] {
  const rows = rowsOf(contingents);
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
  /** How each sum reads: a sum of "about" figures is itself about (sumQualifier). */
  qualifier: SumQualifier;
  militaryQualifier: SumQualifier;
  policeQualifier: SumQualifier;
  contingents: number;
}

/** A percentage, unrounded so that gaps computed from it are exact, with the words its part and whole allow ("about 26.3%"). */
export interface QualifiedPercent {
  percent: number;
  qualifier: SumQualifier;
}

export function qualifiedPercent(part: number, partQualifier: SumQualifier, whole: number, wholeQualifier: SumQualifier): QualifiedPercent {
  return { percent: (100 * part) / whole, qualifier: shareQualifier(partQualifier, wholeQualifier) };
}

export function departureTotals(departing: ContingentRow[]): DepartureTotals {
  const sum = (component: string) =>
    departing.filter((row) => row.component === component).reduce((total, row) => total + row.personnel, 0);
  const military = sum("military");
  const police = sum("police");
  const qualifierOf = (rows: ContingentRow[]) => sumQualifier(rows.map((row) => row.qualifier));
  return {
    military,
    police,
    all: military + police,
    qualifier: qualifierOf(departing),
    militaryQualifier: qualifierOf(departing.filter((row) => row.component === "military")),
    policeQualifier: qualifierOf(departing.filter((row) => row.component === "police")),
    contingents: departing.length,
  };
}

/** The deployed figure a source gives for a component at a date (first listed if several). */
export function deployedAt(strength: RowsTable<StrengthRow>, component: string, date: string): StrengthRow | undefined {
  return strength
    .params({ component, date })
    .filter(
      (d: StrengthRow, $: { component: string; date: string }) => d.component === $.component && d.date === $.date && d.deployed != null,
    )
    .objects()[0] as StrengthRow | undefined;
}

/**
 * Every published count of soldiers, of police, or of both together, set against the ceiling in
 * force on its date (for both together, the two ceilings added). A count shows it was below only
 * when its figure says so: an exact or "almost" figure under the ceiling, an "about" figure well
 * under it (by more than the tolerance the claims ledger gives "about"). A floor ("more than", "at least") under the ceiling cannot show it
 * and is counted apart; counts before any ceiling are left out.
 */
export function countsAgainstCeilings(strength: readonly StrengthRow[]): { counts: number; belowCeiling: number; floors: number } {
  const dayOf = (date: string) => (date.length === 7 ? `${date}-01` : date);
  const ceilingOf = (component: "military" | "police", date: string) =>
    strength
      .filter((c) => c.component === component && c.authorized !== null && dayOf(c.date) <= dayOf(date))
      .sort((a, b) => dayOf(a.date).localeCompare(dayOf(b.date)))
      .at(-1)?.authorized ?? null;
  const compared = strength
    .filter((row) => row.deployed !== null && (row.component === "military" || row.component === "police" || row.component === "uniformed"))
    .flatMap((row) => {
      const parts = row.component === "uniformed" ? (["military", "police"] as const) : [row.component as "military" | "police"];
      const ceilings = parts.map((part) => ceilingOf(part, row.date));
      if (ceilings.some((ceiling) => ceiling === null)) return [];
      const ceiling = ceilings.reduce((sum, value) => sum! + value!, 0)!;
      const value = row.deployed!;
      if (row.qualifier === "more than" || row.qualifier === "at least") return [value >= ceiling ? "above" : "floor"];
      const below = row.qualifier === "about" ? value * (1 + ABOUT_TOLERANCE) < ceiling : value < ceiling;
      return [below ? "below" : "above"];
    });
  return {
    counts: compared.length,
    belowCeiling: compared.filter((result) => result === "below").length,
    floors: compared.filter((result) => result === "floor").length,
  };
}

export interface Ceiling {
  component: string;
  authorized: number;
  /** The first published figure of this ceiling, and the latest one that still gives it. */
  since: StrengthRow;
  latest: StrengthRow;
}

/** The latest authorized ceiling per component, with the first date a source gave that value. */
export function latestCeilings(strength: RowsTable<StrengthRow>): Ceiling[] {
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

/** The latest military and police ceilings added: a limit on soldiers and police together, not people present. */
export function ceilingsTogether(strength: RowsTable<StrengthRow>): number {
  return latestCeilings(strength)
    .filter((ceiling) => ceiling.component === "military" || ceiling.component === "police")
    .reduce((sum, ceiling) => sum + ceiling.authorized, 0);
}
