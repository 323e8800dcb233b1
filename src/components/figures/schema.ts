/*
 * The runtime check at the boundary between the data and a page: each page's figures are parsed
 * with a zod schema before the page prints them, so a figure that is missing, not a number or not
 * a date stops the build with its path (`toll.deadliest.year: expected number`) instead of
 * printing "undefined" or "NaN". The row schemas are checked against the metrics' own types by
 * `satisfies`, so the two cannot drift apart.
 */
import { z } from "zod";
import type { ContingentRow } from "../../../data-loaders/contingents.js";
import { sourceKinds } from "../../../data-loaders/source-policy.js";
import { deniedCounts, periodPrecisions } from "../../../data-loaders/flights.js";
import { datePrecisions } from "../../../data-loaders/figure-fields.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import type { FlightRefusal } from "../metrics/flights.js";
import type { Lead } from "../metrics/leaders.js";
import type { MissionRank, NationalityCount, YearCategoryCount, YearCumulative, YearToll } from "../metrics/toll.js";
import { editionFields } from "../../../data-loaders/edition-columns.js";

export const count = z.number().int().nonnegative();
export const share = z.number().min(0).max(1);
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day, YYYY-MM-DD");
export const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected YYYY-MM-DD or YYYY-MM");
export const datePrecision = z.enum(datePrecisions);
export const url = z.string().regex(/^https?:\/\//, "expected an http(s) address");
/** A source's address, or empty where the source is an article cited by its title (source_title). */
export const urlOrTitled = z.union([url, z.literal("")]);

export const yearToll = z.object({ year: count, all: count, malicious: count }) satisfies z.ZodType<YearToll>;
export const yearCategoryCount = z.object({
  year: count,
  category: z.string().min(1),
  fatalities: count,
}) satisfies z.ZodType<YearCategoryCount>;
export const yearCumulative = yearToll.extend({ cumulative_all: count, cumulative_malicious: count }) satisfies z.ZodType<YearCumulative>;
export const missionRank = z.object({ mission: z.string().min(1), fatalities: count, rank: count.min(1) }) satisfies z.ZodType<MissionRank>;
export const lead = z.object({
  names: z.array(z.string().min(1)).min(1),
  count: count.min(1),
  share,
  kind: z.enum(["all", "majority", "plurality", "tie"]),
  groups: count.min(1),
}) satisfies z.ZodType<Lead>;
export const nationalityCount = z.object({
  nationality: z.string().min(1),
  fatalities: count,
  nationalities: count.min(1),
}) satisfies z.ZodType<NationalityCount>;

export const flightRefusal = z.object({
  period_start: isoDay,
  period_end: isoDay,
  date_precision: z.enum(periodPrecisions),
  report: z.string(),
  requested: count.nullable(),
  denied: count,
  denied_counts: z.enum(deniedCounts),
  ...editionFields("stated_by", z.string().min(1)),
  share: share.nullable(),
  drone_denied: count.nullable(),
  source_url: urlOrTitled,
  ...editionFields("source_title", z.string()),
  source_kind: z.enum(sourceKinds),
  drone_source_url: url.nullable(),
  drone_source_kind: z.enum(sourceKinds).nullable(),
}) satisfies z.ZodType<FlightRefusal>;

/** Curated rows pass through as the pipeline validated them; only their type is restated here. */
export const strengthRow = z.custom<StrengthRow>((row) => typeof row === "object" && row !== null && "component" in row);
export const contingentRow = z.custom<ContingentRow>((row) => typeof row === "object" && row !== null && "country" in row);

/** Parses figures, naming the page and the path of the first bad value. */
export function checkFigures<T>(page: string, schema: z.ZodType<T>, figures: unknown): T {
  const result = schema.safeParse(figures);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${[page, ...issue.path].join(".")}: ${issue.message}`);
  throw new Error(`the figures of the ${page} page are not what the page prints:\n  ${issues.join("\n  ")}`);
}
