/**
 * MINUSMA's death toll as it was stated at the time, by the mission or by the agencies and papers
 * quoting it: the figure, how it was qualified ("at least", "more than"), what it counted, who
 * said it and when, one source per row. Set beside the UN file's counts for the same dates, these
 * show where the toll stated in 2023 and the file as it stands today part (src/components/figures/toll-statements.ts).
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { count, earliestDate, isoDayOrMonth, maxLength, optionalText, todayUtc } from "./fields.js";
import { checkDatePrecision, datePrecision, figureQualifier, statedBy, statedByTranslations } from "./figure-fields.js";
import { translatedColumns } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

/** What a statement counted, in the UN file's terms: "hostile acts" is the file's "Malicious Act". */
export const statementCounts = ["all causes", "hostile acts"] as const;
export type StatementCount = (typeof statementCounts)[number];

/** The most deaths any mission's statement could give: more than any mission has had. */
const MAX_STATED_TOLL = 5_000;

export const tollStatementColumns = [
  "id",
  "stated_on",
  "date_precision",
  "figure",
  "qualifier",
  "counted",
  "stated_by",
  ...translatedColumns("stated_by"),
  ...citationColumns,
  "note",
] as const;

export const tollStatementSchema = (today: string) =>
  z
    .object({
      id: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not an id: lowercase letters and digits joined by hyphens, such as afp-2023-05-06")
        .max(maxLength.id, `longer than ${maxLength.id} characters, which no id needs`),
      // The day the figure was given; the month where the source dates it no closer.
      stated_on: isoDayOrMonth(today, earliestDate.mali),
      date_precision: datePrecision,
      figure: count(MAX_STATED_TOLL, "deaths in one mission"),
      qualifier: figureQualifier,
      counted: z.enum(statementCounts, `unknown count; known: ${statementCounts.join(", ")}`),
      stated_by: statedBy,
      ...statedByTranslations,
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      checkDatePrecision(row.stated_on, row.date_precision, ctx, "statement date");
    });

export type TollStatementRow = z.output<ReturnType<typeof tollStatementSchema>>;

export const tollStatementsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof tollStatementSchema>> => ({
  name: "toll_statements",
  schema: tollStatementSchema(today),
  columns: tollStatementColumns,
  key: ["id"],
});

export const loadTollStatements = (): TollStatementRow[] => loadCuratedTable(tollStatementsTable());
