/* The mission's size: published strength and ceilings, and the contingents that left. */
import type { ColumnTable } from "arquero";
import type { ContingentRow } from "../../../data-loaders/contingents.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";

declare const op: typeof import("arquero").op;

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
    .filter(
      (d: StrengthRow, $: { component: string; date: string }) => d.component === $.component && d.date === $.date && d.deployed != null,
    )
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
