/* Flight authorizations requested and refused, per reporting period (the flights table). */
import type { ColumnTable } from "arquero";
import type { FlightRow } from "../../../data-loaders/flights.js";
import type { SourceKind } from "../../../data-loaders/source-policy.js";
import type { DeniedCount } from "../../../data-loaders/flights.js";
import { translatedColumns, type ColumnsIn } from "../../../data-loaders/edition-columns.js";

export interface FlightRefusal extends ColumnsIn<"stated_by">, ColumnsIn<"source_title"> {
  period_start: string;
  period_end: string;
  /** How the source gave the period's bounds: "inferred" where they are read from the dates around the report. */
  date_precision: FlightRow["date_precision"];
  report: string;
  /** null where the source gives refusals without the number of requests. */
  requested: number | null;
  denied: number;
  /** What the count of requests not granted holds, in the source's terms. */
  denied_counts: DeniedCount;
  /** Who stated the counts (the Secretary-General's report as relayed, or the newspaper quoting it). */
  stated_by: string;
  /** denied / requested, or null without a request count. */
  share: number | null;
  /** Refusals of ISR drone flights in the same period, where the source splits them out. */
  drone_denied: number | null;
  /** Empty where the source is an article cited by its title. */
  source_url: string;
  source_title: string;
  source_kind: SourceKind;
  drone_source_url: string | null;
  drone_source_kind: SourceKind | null;
}

/** One row per reporting period: flights refused of all requested, the share, the drone refusals. */
export function flightRefusals(flights: ColumnTable): FlightRefusal[] {
  const periodKey = { period: (d: FlightRow) => d.period_start + "/" + d.period_end };
  const drones = flights
    .params({ category: "ISR drone flights" })
    .filter((d: FlightRow, $: { category: string }) => d.category === $.category)
    .derive(periodKey)
    .select({ period: "period", denied: "drone_denied", source_url: "drone_source_url", source_kind: "drone_source_kind" });
  return flights
    .params({ category: "all flights" })
    .filter((d: FlightRow, $: { category: string }) => d.category === $.category)
    .derive(periodKey)
    .lookup(drones, "period", "drone_denied", "drone_source_url", "drone_source_kind")
    .derive({ share: (d: FlightRow) => (d.requested == null ? null : d.denied / d.requested) })
    .select(
      "period_start",
      "period_end",
      "date_precision",
      "report",
      "requested",
      "denied",
      "denied_counts",
      "stated_by",
      ...translatedColumns("stated_by"),
      "share",
      "drone_denied",
      "source_url",
      "source_title",
      ...translatedColumns("source_title"),
      "source_kind",
      "drone_source_url",
      "drone_source_kind",
    )
    .orderby("period_start")
    .objects()
    .map((row: Record<string, unknown>) => ({
      ...row,
      // A table read back from CSV holds an empty cell as null; an untitled source has an empty title.
      ...Object.fromEntries(["source_title", ...translatedColumns("source_title")].map((name) => [name, row[name] ?? ""])),
      drone_denied: row.drone_denied ?? null,
      drone_source_url: row.drone_source_url ?? null,
      drone_source_kind: row.drone_source_kind ?? null,
    })) as FlightRefusal[];
}
