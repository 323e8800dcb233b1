/*
 * How the report counts the dead: one row of the tidy casualties table is one person (the
 * pipeline keeps each casualty id once), and a toll is the number of rows, all causes and
 * malicious acts. Every toll of the pages and the ledger is counted here.
 *
 * The table expressions are arrow functions that arquero parses from their source text, so `op`
 * is resolved by arquero itself and never read at run time. Declaring it instead of importing it
 * keeps these modules free of any one arquero build: Node uses the package entry, the browser a
 * bundle without Node built-ins.
 */
import type { ColumnTable } from "arquero";
import type { Casualty } from "../../../data-loaders/casualties.js";

declare const op: typeof import("arquero").op;

export const MALICIOUS_ACT = "Malicious Act";
export const TO_BE_DETERMINED = "To Be Determined";

export interface TollCounts {
  all: number;
  malicious: number;
}

/**
 * The toll of each group of `table` (or of the whole table): people from all causes, and from
 * malicious acts. Group it first (by mission, by year) for a toll per group; `more` adds other
 * aggregates of the same pass.
 */
export function countTolls(table: ColumnTable, more: Record<string, (d: Casualty) => unknown> = {}): ColumnTable {
  return table.params({ malicious: MALICIOUS_ACT }).rollup({
    all: () => op.count(),
    malicious: (d: Casualty, $: { malicious: string }) => op.sum(d.incident_type === $.malicious ? 1 : 0),
    ...more,
  });
}

/** One mission's rows. */
export function ofMission(casualties: ColumnTable, mission: string): ColumnTable {
  return casualties.params({ mission }).filter((d: Casualty, $: { mission: string }) => d.mission === $.mission);
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
