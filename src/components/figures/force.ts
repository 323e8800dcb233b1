/*
 * The shrinking-force page's figures (src/contingents.page.ts): the last authorized ceilings, the
 * departing contingents and their totals, and the deployed strength they are compared with.
 */
import { z } from "zod";
import type { ContingentRow } from "../../../data-loaders/contingents.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import { departingContingents, departureTotals, deployedAt, latestCeilings } from "../metrics/force.js";
import { checkFigures, contingentRow, count, isoDate, strengthRow, url } from "./schema.js";

/** The last month for which one source gives uniformed and military figures side by side. */
export const REFERENCE_MONTH = "2023-02";

const dated = z.object({ date: isoDate, source_url: url });
const ceiling = z.object({ authorized: count, since: dated, latest: dated });
const deployed = z.object({ deployed: count, source_url: url });

export const forceFiguresSchema = z.object({
  ceilings: z.object({ military: ceiling, police: ceiling }),
  reference: isoDate,
  uniformed: deployed,
  military: deployed,
  totals: z.object({ military: count, police: count, all: count, contingents: count }),
  countries: count,
  completed: count,
  /** One row per departing contingent (the first source listed where several disagree). */
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
    return row && { deployed: row.deployed, source_url: row.source_url };
  };
  const departing = departingContingents(tables.contingents);
  return checkFigures("force", forceFiguresSchema, {
    ceilings: { military: ceilingOf("military"), police: ceilingOf("police") },
    reference: REFERENCE_MONTH,
    uniformed: deployedIn("uniformed"),
    military: deployedIn("military"),
    totals: departureTotals(departing),
    countries: new Set(departing.map((row) => row.country)).size,
    completed: departing.filter((row) => row.departure_status === "completed").length,
    departing,
    strength: tables.strength.objects() as StrengthRow[],
    contingents: tables.contingents.objects() as ContingentRow[],
  });
}
