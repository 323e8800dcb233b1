import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import {
  count,
  earliestDate,
  iso3,
  isoDayOrMonth,
  maxMissionPersonnel,
  maxLength,
  optional,
  optionalText,
  requiredText,
  todayUtc,
} from "./fields.js";
import { checkDatePrecision, figureQualifier, optionalDatePrecision, statedBy, statedByTranslations } from "./figure-fields.js";
import { translatedColumns } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const contingentComponents = ["military", "police"] as const;
/**
 * Where a contingent's departure stood when the source wrote: announced or scheduled ("planned"),
 * begun ("under way"), over ("completed"), or its activities stopped without a departure
 * ("suspended"). Only "completed" means the people had left.
 */
export const departureStatuses = ["completed", "under way", "planned", "suspended"] as const;
export type DepartureStatus = (typeof departureStatuses)[number];

/**
 * How the source gives a departure date: as the day or month it happened or is planned ("date"),
 * as the latest it may happen ("deadline": "to leave by August 2023"), or as the day a completed
 * contingent was back home ("arrival": it had left by then). Pages print "by" for the last two,
 * so that a limit is not read as a schedule, nor a homecoming as the day of leaving.
 */
export const departureDateKinds = ["date", "deadline", "arrival"] as const;
export type DepartureDateKind = (typeof departureDateKinds)[number];

export const contingentColumns = [
  "country",
  "iso3",
  "component",
  "personnel",
  "qualifier",
  "announced",
  "departed",
  "date_precision",
  "departed_as",
  "departure_status",
  "reason",
  "stated_by",
  ...translatedColumns("stated_by"),
  ...citationColumns,
  "note",
] as const;

/** A national contingent that left the mission or was cut, as one source reports it. */
export const contingentSchema = (today: string) =>
  z
    .object({
      country: requiredText("country", maxLength.name),
      iso3,
      component: z.enum(contingentComponents, `unknown component; known: ${contingentComponents.join(", ")}`),
      personnel: count(maxMissionPersonnel, "people in one contingent"),
      qualifier: figureQualifier,
      announced: optional(isoDayOrMonth(today, earliestDate.mali)),
      departed: optional(isoDayOrMonth(today, earliestDate.mali)),
      date_precision: optionalDatePrecision,
      departed_as: z.enum(
        ["", ...departureDateKinds],
        `departed_as must be empty (no departure date) or ${departureDateKinds.map((k) => `"${k}"`).join(" or ")}: how the source gives the departure date`,
      ),
      departure_status: z.enum(departureStatuses, `departure_status must be one of ${departureStatuses.map((s) => `"${s}"`).join(", ")}`),
      reason: optionalText("reason"),
      stated_by: statedBy,
      ...statedByTranslations,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      checkDatePrecision(row.departed, row.date_precision, ctx, "departure date");
      if (row.announced && row.departed && row.departed < row.announced) {
        ctx.addIssue({ code: "custom", path: ["departed"], message: `a departure before its announcement (${row.announced})` });
      }
      if ((row.departed === null) !== (row.departed_as === ""))
        ctx.addIssue({
          code: "custom",
          path: ["departed_as"],
          message:
            row.departed === null
              ? "a kind of date for a departure date that is not given"
              : 'say how the source gives the departure date: "date", "deadline" or "arrival"',
        });
      if (row.departed_as === "deadline" && row.departure_status !== "planned")
        ctx.addIssue({
          code: "custom",
          path: ["departed_as"],
          message: `a deadline belongs to a planned departure, not a ${row.departure_status} one`,
        });
      if (row.departed_as === "arrival" && row.departure_status !== "completed")
        ctx.addIssue({
          code: "custom",
          path: ["departed_as"],
          message: `a homecoming belongs to a completed departure, not a ${row.departure_status} one`,
        });
      if (row.departure_status === "completed" && !row.departed) {
        ctx.addIssue({ code: "custom", path: ["departed"], message: "a completed departure needs its date" });
      }
    });

export type ContingentRow = z.output<ReturnType<typeof contingentSchema>>;

export const contingentsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof contingentSchema>> => ({
  name: "contingents",
  schema: contingentSchema(today),
  columns: contingentColumns,
  key: ["country", "component", "source_url"],
});

export const loadContingents = (): ContingentRow[] => loadCuratedTable(contingentsTable());
