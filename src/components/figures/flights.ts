/*
 * The flights page's figures (src/flights.page.ts): the authorizations refused per reporting
 * period, the latest two periods with a share, the drone refusals and the first restriction in
 * the timeline.
 */
import { z } from "zod";

import { sourceKinds } from "../../../data-loaders/source-policy.js";
import { type TidyTables, rowsOf } from "../../../data-loaders/tidy-tables.js";
import { flightRefusals, type FlightRefusal } from "../metrics/flights.js";
import { checkFigures, count, datePrecision, flightRefusal, isoDate, share, url } from "./schema.js";
import { editionFields, editionValues } from "../../../data-loaders/edition-columns.js";

const refusalWithShare = flightRefusal.extend({ requested: count, share });

export const flightsFiguresSchema = z.object({
  refusals: z.array(flightRefusal).min(1),
  /** The latest period whose source gives the number of requests, and the one before it. */
  latest: refusalWithShare,
  earlier: refusalWithShare,
  /** The first period with drone refusals split out, if any. */
  withDrones: flightRefusal.extend({ drone_denied: count, drone_source_url: url }).nullable(),
  first: flightRefusal,
  /** The first restriction on the mission's flights in the timeline. */
  grounding: z.object({
    date: isoDate,
    date_precision: datePrecision,
    ...editionFields("event", z.string().min(1)),
    report: z.string(),
    source_url: url,
    source_kind: z.enum(sourceKinds),
  }),
});

export type FlightsFigures = z.infer<typeof flightsFiguresSchema>;

export function flightsFigures(tables: Pick<TidyTables, "flights" | "events">): FlightsFigures {
  const refusals: FlightRefusal[] = flightRefusals(tables.flights);
  const withShare = refusals.filter((row) => row.share !== null);
  const grounding = rowsOf(tables.events).find((event) => event.id === "flights-grounded");
  return checkFigures("flights", flightsFiguresSchema, {
    refusals,
    latest: withShare.at(-1),
    earlier: withShare.at(-2),
    withDrones: refusals.find((row) => row.drone_denied !== null) ?? null,
    first: refusals[0],
    grounding: grounding && {
      date: grounding.date,
      date_precision: grounding.date_precision,
      ...editionValues(grounding, "event"),
      report: grounding.report,
      source_url: grounding.source_url,
      source_kind: grounding.source_kind,
    },
  });
}
