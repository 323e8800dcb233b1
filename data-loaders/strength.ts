import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { count, earliestDate, isoDayOrMonth, maxMissionPersonnel, optional, optionalText, qualifier, todayUtc } from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const strengthComponents = ["military", "police", "uniformed", "civilian", "total"] as const;
export type StrengthComponent = (typeof strengthComponents)[number];

export const strengthColumns = ["date", "component", "deployed", "authorized", "qualifier", ...citationColumns, "note"] as const;

/** One published figure of the mission's size: people deployed, the authorized ceiling, or both. */
export const strengthSchema = (today: string) =>
  z
    .object({
      date: isoDayOrMonth(today, earliestDate.mali),
      component: z.enum(strengthComponents, `unknown component; known: ${strengthComponents.join(", ")}`),
      deployed: optional(count(maxMissionPersonnel, "people in one mission")),
      authorized: optional(count(maxMissionPersonnel, "people in one mission")),
      qualifier,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      if (row.deployed === null && row.authorized === null) {
        ctx.addIssue({ code: "custom", path: ["deployed"], message: "neither a deployed nor an authorized figure" });
      }
    });

export type StrengthRow = z.output<ReturnType<typeof strengthSchema>>;

export const strengthTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof strengthSchema>> => ({
  name: "strength",
  schema: strengthSchema(today),
  columns: strengthColumns,
  key: ["date", "component", "source_url"],
});

export const loadStrength = (): StrengthRow[] => loadCuratedTable(strengthTable());
