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
  qualifier,
  requiredText,
  todayUtc,
} from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const contingentComponents = ["military", "police"] as const;
export const departureStatuses = ["planned", "completed"] as const;

export const contingentColumns = [
  "country",
  "iso3",
  "component",
  "personnel",
  "qualifier",
  "announced",
  "departed",
  "departure_status",
  "reason",
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
      qualifier,
      announced: optional(isoDayOrMonth(today, earliestDate.mali)),
      departed: optional(isoDayOrMonth(today, earliestDate.mali)),
      departure_status: z.enum(departureStatuses, `departure_status must be ${departureStatuses.join(" or ")}`),
      reason: optionalText("reason"),
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      if (row.announced && row.departed && row.departed < row.announced) {
        ctx.addIssue({ code: "custom", path: ["departed"], message: `a departure before its announcement (${row.announced})` });
      }
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
