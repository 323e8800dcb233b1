/*
 * The shrinking-force page's figures (src/contingents.page.ts): the last authorized ceilings, the
 * departing contingents and their totals, and the deployed strength they are compared with.
 */
import { z } from "zod";
import { departureStatuses } from "../../../data-loaders/contingents.js";
import { sumQualifiers } from "../../../data-loaders/figure-fields.js";

import { type TidyTables, rowsOf } from "../../../data-loaders/tidy-tables.js";
import {
  ceilingsTogether,
  departingContingents,
  departureTotals,
  deployedAt,
  latestCeilings,
  leavingContingents,
  qualifiedPercent,
} from "../metrics/force.js";
import { checkFigures, contingentRow, count, isoDate, strengthRow, url } from "./schema.js";
import { editionFields, editionValues } from "../../../data-loaders/edition-columns.js";

/**
 * The last month before the withdrawal request for which a source gives the mission's total
 * personnel. The same page's split (15,209 uniformed, the sum of the two ceilings, and soldiers and
 * police that do not add up to it) is not kept.
 */
export const REFERENCE_MONTH = "2023-02";

const dated = z.object({ date: isoDate, source_url: url });
const ceiling = z.object({ authorized: count, since: dated, latest: dated });
const deployed = z.object({
  deployed: count,
  qualifier: z.enum(sumQualifiers),
  ...editionFields("stated_by", z.string().min(1)),
  source_url: url,
});
const qualifiedPercentFigure = z.object({ percent: z.number().min(0), qualifier: z.enum(sumQualifiers) });

export const forceFiguresSchema = z.object({
  ceilings: z.object({ military: ceiling, police: ceiling }),
  reference: isoDate,
  /** All personnel in the reference month: the only count of that month the table keeps. */
  total: deployed,
  /** The contingents that left or were to leave; a suspension is not a departure and is left out. */
  totals: z.object({
    military: count,
    police: count,
    all: count,
    qualifier: z.enum(sumQualifiers),
    militaryQualifier: z.enum(sumQualifiers),
    policeQualifier: z.enum(sumQualifiers),
    contingents: count,
  }),
  /** The departing uniformed personnel as a share of the two ceilings added, and of the reference month's total. */
  leavingOfCeilings: qualifiedPercentFigure,
  leavingOfTotal: qualifiedPercentFigure,
  /** The two ceilings added: what the one published uniformed count of the reference month equals. */
  ceilingsTogether: count,
  /** Of those, how many sizes the sources gave as "about" or "more than" rather than as counts. */
  roundedSizes: count,
  countries: count,
  byStatus: z.object(
    Object.fromEntries(departureStatuses.map((status) => [status, count])) as Record<(typeof departureStatuses)[number], typeof count>,
  ),
  /** One row per contingent: a completed departure where there is one, else the first source listed. */
  departing: z.array(contingentRow),
  strength: z.array(strengthRow),
  contingents: z.array(contingentRow),
});

export type ForceFigures = z.infer<typeof forceFiguresSchema>;

export function forceFigures(tables: Pick<TidyTables, "strength" | "contingents">): ForceFigures {
  const ceilings = latestCeilings(tables.strength);
  const ceilingOf = (component: string) => {
    const found = ceilings.find((row) => row.component === component);
    return (
      found && {
        authorized: found.authorized,
        since: { date: found.since.date, source_url: found.since.source_url },
        latest: { date: found.latest.date, source_url: found.latest.source_url },
      }
    );
  };
  const deployedIn = (component: string) => {
    const row = deployedAt(tables.strength, component, REFERENCE_MONTH);
    return (
      row && {
        deployed: row.deployed,
        qualifier: row.qualifier,
        ...editionValues(row, "stated_by"),
        source_url: row.source_url,
      }
    );
  };
  const departing = departingContingents(tables.contingents);
  const leaving = leavingContingents(departing);
  const totals = departureTotals(leaving);
  const total = deployedIn("total");
  const ceilingsAdded = ceilingsTogether(tables.strength);
  return checkFigures("force", forceFiguresSchema, {
    ceilings: { military: ceilingOf("military"), police: ceilingOf("police") },
    reference: REFERENCE_MONTH,
    total,
    leavingOfCeilings: qualifiedPercent(totals.all, totals.qualifier, ceilingsAdded, "exact"),
    leavingOfTotal: total && qualifiedPercent(totals.all, totals.qualifier, total.deployed!, total.qualifier),
    ceilingsTogether: ceilingsAdded,
    totals,
    roundedSizes: leaving.filter((row) => row.qualifier !== "exact").length,
    countries: new Set(departing.map((row) => row.country)).size,
    byStatus: Object.fromEntries(
      departureStatuses.map((status) => [status, departing.filter((row) => row.departure_status === status).length]),
    ),
    departing,
    strength: rowsOf(tables.strength),
    contingents: rowsOf(tables.contingents),
  });
}
