import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { earliestDate, isoDay, maxLength, optionalText, requiredText, todayUtc } from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";
import { translatedColumns, translatedFields } from "./edition-columns.js";

// The other editions' words for a source cited by its title come right after it ("Le Monde, édition anglaise, juin 2023").
const [report, sourceUrl, sourceTitle, ...restOfCitation] = citationColumns;
export const correctionColumns = [
  "date",
  "figure",
  "page",
  "old_value",
  "new_value",
  "reason",
  report,
  sourceUrl,
  sourceTitle,
  ...translatedColumns("source_title"),
  ...restOfCitation,
] as const;

/**
 * One change to a figure the report had published: when, which figure (a claim id or a story
 * figure's name from the claims ledger), on which page, from what to what, and why, with the
 * source that prompted it. An empty log is valid: nothing published has been corrected.
 */
export const correctionSchema = (today: string) =>
  z
    .object({
      date: isoDay(today, earliestDate.mali),
      figure: requiredText("figure: name the claim id or story figure that changed", maxLength.id),
      page: requiredText("page", maxLength.name),
      old_value: requiredText("old value"),
      new_value: requiredText("new value"),
      reason: requiredText("reason: say why the figure changed"),
      ...citationFields,
      ...translatedFields("source_title", (name) => optionalText(name)),
    })
    .superRefine((row, ctx) => checkCitation(row, ctx, "reason"));

export type CorrectionRow = z.output<ReturnType<typeof correctionSchema>>;

export const correctionsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof correctionSchema>> => ({
  name: "corrections",
  schema: correctionSchema(today),
  columns: correctionColumns,
  key: ["date", "figure"],
  mayBeEmpty: true,
});

export const loadCorrections = (): CorrectionRow[] => loadCuratedTable(correctionsTable());
