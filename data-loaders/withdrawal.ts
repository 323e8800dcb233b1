/**
 * The withdrawal in people: how many of the mission's personnel had left Mali by a date, from
 * 1 July 2023, and how many the withdrawal concerned, as the mission and the press stated them,
 * one source per row.
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { count, earliestDate, isoDay, maxMissionPersonnel, optionalText, qualifier, todayUtc } from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const withdrawalComponents = ["all", "military", "police", "civilian"] as const;
/** "left": personnel who had left by the date; "to leave": all the withdrawal concerned. */
export const withdrawalMeasures = ["left", "to leave"] as const;

export const withdrawalColumns = ["date", "component", "measure", "personnel", "qualifier", ...citationColumns, "note"] as const;

export const withdrawalSchema = (today: string) =>
  z
    .object({
      date: isoDay(today, earliestDate.mali),
      component: z.enum(withdrawalComponents, `unknown component; known: ${withdrawalComponents.join(", ")}`),
      measure: z.enum(withdrawalMeasures, `measure must be ${withdrawalMeasures.map((m) => `"${m}"`).join(" or ")}`),
      personnel: count(maxMissionPersonnel, "people in one mission"),
      qualifier,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => checkCitation(row, ctx));

export type WithdrawalRow = z.output<ReturnType<typeof withdrawalSchema>>;

export const withdrawalTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof withdrawalSchema>> => ({
  name: "withdrawal",
  schema: withdrawalSchema(today),
  columns: withdrawalColumns,
  key: ["date", "component", "measure", "source_url"],
});

export const loadWithdrawal = (): WithdrawalRow[] => loadCuratedTable(withdrawalTable());
