/**
 * The withdrawal in people: how many of the mission's personnel had left Mali by a date, from
 * 1 July 2023, and how many the withdrawal concerned, as the mission and the press stated them,
 * one source per row.
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec, type RowRefusal } from "./curated.js";
import { neverGoesDown, partsWithinWhole } from "./row-rules.js";
import { count, earliestDate, isoDay, maxMissionPersonnel, optionalText, todayUtc } from "./fields.js";
import { checkDatePrecision, datePrecision, figureQualifier, statedBy, statedByTranslations } from "./figure-fields.js";
import { translatedColumns } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const withdrawalComponents = ["all", "military", "police", "civilian"] as const;
/** "left": personnel who had left by the date; "to leave": all the withdrawal concerned. */
export const withdrawalMeasures = ["left", "to leave"] as const;

export const withdrawalColumns = [
  "date",
  "date_precision",
  "component",
  "measure",
  "personnel",
  "qualifier",
  "stated_by",
  ...translatedColumns("stated_by"),
  ...citationColumns,
  "note",
] as const;

export const withdrawalSchema = (today: string) =>
  z
    .object({
      date: isoDay(today, earliestDate.mali),
      date_precision: datePrecision,
      component: z.enum(withdrawalComponents, `unknown component; known: ${withdrawalComponents.join(", ")}`),
      measure: z.enum(withdrawalMeasures, `measure must be ${withdrawalMeasures.map((m) => `"${m}"`).join(" or ")}`),
      personnel: count(maxMissionPersonnel, "people in one mission"),
      qualifier: figureQualifier,
      stated_by: statedBy,
      ...statedByTranslations,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      checkDatePrecision(row.date, row.date_precision, ctx, "date");
    });

export type WithdrawalRow = z.output<ReturnType<typeof withdrawalSchema>>;

/**
 * The table's rules between rows: the people who had left, per component, never fewer at a later
 * date; on one date, no component's leavers more than all leavers, nor the components together;
 * never more leavers than the people the withdrawal concerned.
 */
function checkWithdrawalRows(rows: WithdrawalRow[], at: RowRefusal): void {
  const figures = (keep: (row: WithdrawalRow) => boolean) =>
    rows.flatMap((row, index) => (keep(row) ? [{ row: index, value: row.personnel, qualifier: row.qualifier, date: row.date }] : []));
  const left = (component: string) => (row: WithdrawalRow) => row.measure === "left" && row.component === component;
  for (const component of withdrawalComponents)
    neverGoesDown(figures(left(component)), "personnel", `${component === "all" ? "" : `${component} `}personnel had left`, at);
  for (const date of new Set(rows.map((row) => row.date))) {
    const onDate = (component: string) => figures((row) => left(component)(row) && row.date === date);
    const parts = (["military", "police", "civilian"] as const).map((name) => ({
      name: `${name} personnel who had left`,
      figures: onDate(name),
    }));
    partsWithinWhole(onDate("all"), parts, "personnel", "personnel who had left by that date", at, { disjoint: true });
  }
  partsWithinWhole(
    figures((row) => row.measure === "to leave" && row.component === "all"),
    [{ name: "personnel who had left", figures: figures(left("all")) }],
    "personnel",
    "personnel the withdrawal concerned",
    at,
  );
}

export const withdrawalTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof withdrawalSchema>> => ({
  name: "withdrawal",
  schema: withdrawalSchema(today),
  columns: withdrawalColumns,
  key: ["date", "component", "measure", "source_url"],
  checkRows: checkWithdrawalRows,
});

export const loadWithdrawal = (): WithdrawalRow[] => loadCuratedTable(withdrawalTable());
