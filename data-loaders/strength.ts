import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { count, isoDayOrMonth, optional, qualifier, reportSymbol, sourceUrl, todayUtc } from "./fields.js";

export const strengthComponents = ["military", "police", "uniformed", "civilian", "total"] as const;
export const sourceKinds = ["UN document", "UN press release", "UN official (quoted)", "government", "news report"] as const;

export const strengthColumns = [
  "date", "component", "deployed", "authorized", "qualifier", "report", "source_url", "source_kind", "note",
] as const;

/** One published figure of the mission's size: people deployed, the authorized ceiling, or both. */
export const strengthSchema = (today: string) =>
  z
    .object({
      date: isoDayOrMonth(today),
      component: z.enum(strengthComponents, `unknown component; known: ${strengthComponents.join(", ")}`),
      deployed: optional(count),
      authorized: optional(count),
      qualifier,
      report: reportSymbol,
      source_url: sourceUrl,
      source_kind: z.enum(sourceKinds, `unknown kind of source; known: ${sourceKinds.join(", ")}`),
      note: z.string().trim(),
    })
    .superRefine((row, ctx) => {
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
