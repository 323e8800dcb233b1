import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { count, earliestDate, isoDay, optional, optionalText, todayUtc } from "./fields.js";
import { datePrecisions, statedBy, statedByTranslations, type DatePrecision } from "./figure-fields.js";
import { translatedColumns, translatedFields } from "./edition-columns.js";
import { checkCitation, citationFields } from "./source-policy.js";

export const flightCategories = ["all flights", "ISR drone flights"] as const;

/**
 * What a report's count of requests not granted holds: those refused, those refused or never
 * answered, or those "not obtained" where the source does not say which. Reports differ, so each
 * row says which, and pages print its words.
 */
export const deniedCounts = ["refused", "refused or unanswered", "not obtained"] as const;
export type DeniedCount = (typeof deniedCounts)[number];

/** A reporting period is given by its days: as stated, roughly, or inferred; never as months alone. */
export const periodPrecisions = datePrecisions.filter((p): p is Exclude<DatePrecision, "month"> => p !== "month");

export const flightColumns = [
  "period_start",
  "period_end",
  "date_precision",
  "category",
  "requested",
  "denied",
  "denied_counts",
  "stated_by",
  ...translatedColumns("stated_by"),
  "report",
  "source_url",
  "source_title",
  // The other editions' words for a source cited by its title ("Le Monde, édition anglaise, juin 2023").
  ...translatedColumns("source_title"),
  "source_kind",
  "archive_url",
  "note",
] as const;

/** Flight authorizations the mission asked the Malian authorities for in one reporting period. */
export const flightSchema = (today: string) =>
  z
    .object({
      period_start: isoDay(today, earliestDate.mali),
      period_end: isoDay(today, earliestDate.mali),
      // Reports are dated by their issue day; where the period's bounds are read from the dates
      // around a report rather than from its text, the row says "inferred" and pages say so.
      date_precision: z.enum(
        periodPrecisions,
        `date_precision must be ${periodPrecisions.map((p) => `"${p}"`).join(", ")}: how the source gave the period's first and last days`,
      ),
      category: z.enum(flightCategories, `unknown flight category; known: ${flightCategories.join(", ")}`),
      // Some reports give the refusals without the number of requests.
      requested: optional(count(100_000, "flights in one period")),
      denied: count(100_000, "flights in one period"),
      denied_counts: z.enum(
        deniedCounts,
        `denied_counts must be ${deniedCounts.map((c) => `"${c}"`).join(" or ")}: what the source's count holds`,
      ),
      stated_by: statedBy,
      ...statedByTranslations,
      ...citationFields,
      ...translatedFields("source_title", (name) => optionalText(name)),
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      if (row.period_end < row.period_start) {
        ctx.addIssue({ code: "custom", path: ["period_end"], message: `the period ends before it starts (${row.period_start})` });
      }
      if (row.requested !== null && row.denied > row.requested) {
        ctx.addIssue({ code: "custom", path: ["denied"], message: `more flights denied than requested (${row.requested})` });
      }
    });

export type FlightRow = z.output<ReturnType<typeof flightSchema>>;

export const flightsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof flightSchema>> => ({
  name: "flights",
  schema: flightSchema(today),
  columns: flightColumns,
  key: ["period_start", "period_end", "category", "source_url"],
});

export const loadFlights = (): FlightRow[] => loadCuratedTable(flightsTable());
