import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec, type RowRefusal } from "./curated.js";
import { partsWithinWhole } from "./row-rules.js";
import { count, earliestDate, isoDayOrMonth, maxMissionPersonnel, optional, optionalText, todayUtc } from "./fields.js";
import { checkDatePrecision, datePrecision, figureQualifier, statedBy, statedByTranslations } from "./figure-fields.js";
import { translatedColumns } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const strengthComponents = ["military", "police", "uniformed", "civilian", "total"] as const;
export type StrengthComponent = (typeof strengthComponents)[number];

export const strengthColumns = [
  "date",
  "date_precision",
  "component",
  "deployed",
  "authorized",
  "qualifier",
  "stated_by",
  ...translatedColumns("stated_by"),
  ...citationColumns,
  "note",
] as const;

/** One published figure of the mission's size: people deployed, the authorized ceiling, or both. */
export const strengthSchema = (today: string) =>
  z
    .object({
      date: isoDayOrMonth(today, earliestDate.mali),
      date_precision: datePrecision,
      component: z.enum(strengthComponents, `unknown component; known: ${strengthComponents.join(", ")}`),
      deployed: optional(count(maxMissionPersonnel, "people in one mission")),
      authorized: optional(count(maxMissionPersonnel, "people in one mission")),
      qualifier: figureQualifier,
      stated_by: statedBy,
      ...statedByTranslations,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      checkDatePrecision(row.date, row.date_precision, ctx, "date");
      if (row.deployed === null && row.authorized === null) {
        ctx.addIssue({ code: "custom", path: ["deployed"], message: "neither a deployed nor an authorized figure" });
      }
    });

export type StrengthRow = z.output<ReturnType<typeof strengthSchema>>;

/** How the components nest: each whole and the parts that, without overlapping, make it up. */
const breakdowns: { whole: StrengthComponent; parts: StrengthComponent[] }[] = [
  { whole: "uniformed", parts: ["military", "police"] },
  { whole: "total", parts: ["uniformed", "civilian"] },
  { whole: "total", parts: ["military", "police", "civilian"] },
];

/** The table's rules between rows: on one date, deployed and authorized alike, no part of the mission larger than a whole that holds it. */
function checkStrengthRows(rows: StrengthRow[], at: RowRefusal): void {
  for (const column of ["deployed", "authorized"] as const)
    for (const date of new Set(rows.map((row) => row.date))) {
      const figures = (component: StrengthComponent) =>
        rows.flatMap((row, index) =>
          row.date === date && row.component === component && row[column] !== null
            ? [{ row: index, value: row[column], qualifier: row.qualifier }]
            : [],
        );
      for (const { whole, parts } of breakdowns)
        partsWithinWhole(
          figures(whole),
          parts.map((part) => ({ name: `${part} ${column}`, figures: figures(part) })),
          column,
          `${whole} ${column} that date`,
          at,
          { disjoint: true },
        );
    }
}

export const strengthTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof strengthSchema>> => ({
  name: "strength",
  schema: strengthSchema(today),
  columns: strengthColumns,
  key: ["date", "component", "source_url"],
  checkRows: checkStrengthRows,
});

export const loadStrength = (): StrengthRow[] => loadCuratedTable(strengthTable());
