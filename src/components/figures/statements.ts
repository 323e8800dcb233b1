/*
 * The figures of "Why 187" (the claims page, and the toll page where it explains the 187): each
 * toll MINUSMA or the press stated at the time, beside the UN file's counts for the same day, the
 * file's running counts for the chart, and where the two part.
 */
import { z } from "zod";
import { statementCounts } from "../../../data-loaders/toll-statements.js";
import { datePrecisions, figureQualifiers } from "../../../data-loaders/figure-fields.js";
import { type TidyTables, rowsOf } from "../../../data-loaders/tidy-tables.js";
import {
  fileDefinitions,
  runningCounts,
  statementsAgainstFile,
  statementsBefore,
  type RunningCount,
  type StatementComparison,
} from "../metrics/toll-statements.js";
import { ARTICLE_MONTH } from "../claims/catalogue.js";
import { checkFigures, count, datePrecision, isoDate, isoDay, urlOrTitled } from "./schema.js";
import { editionFields } from "../../../data-loaders/edition-columns.js";

export const MISSION = "MINUSMA";
/** The months the chart's running counts cover: the first death to the end of the withdrawal. */
export const SERIES = { from: "2013-07", to: "2023-12" } as const;
/** A statement within this many deaths of the file's count under its definition agrees with it. */
export const AGREEMENT = 2;
/** From this day on, the statements and the file part. */
export const PARTING_FROM = "2022-01-01";

const fileCounts = z.object(
  Object.fromEntries(Object.keys(fileDefinitions).map((key) => [key, count])) as Record<keyof typeof fileDefinitions, typeof count>,
);

const statement = z.object({
  id: z.string().min(1),
  stated_on: isoDate,
  date_precision: z.enum(datePrecisions),
  figure: count,
  qualifier: z.enum(figureQualifiers),
  counted: z.enum(statementCounts),
  ...editionFields("stated_by", z.string().min(1)),
  source_url: urlOrTitled,
  source_title: z.string(),
  file: fileCounts,
  gap: z.number().int(),
}) satisfies z.ZodType<StatementComparison>;

/** The gaps of a kind of statement; `qualified` counts those resting on a figure given as a floor or roughly, which are bounds. */
const gapRange = z.object({ statements: count, smallest: z.number().int(), largest: z.number().int(), qualified: count });

export const statementsFiguresSchema = z.object({
  statements: z.array(statement).min(1),
  series: z.array(
    z.object({ date: isoDay, definition: z.enum(Object.keys(fileDefinitions) as [keyof typeof fileDefinitions]), deaths: count }),
  ) satisfies z.ZodType<RunningCount[]>,
  /** Statements in the table. */
  total: count,
  /**
   * The statements before PARTING_FROM, how many of them agree with the file within AGREEMENT, and
   * the widest gap among those that agree (the tolerance itself where none does): what a sentence says they agree within.
   */
  before: z.object({ statements: count, agreeing: count, within: count, lastDate: isoDate }),
  /** From PARTING_FROM: the gaps of the hostile-acts and of the all-causes statements (stated − file). */
  hostile: gapRange,
  allCauses: gapRange,
  /** The hostile-act statements of the three months before the article: the lowest and highest figure. */
  beforeArticle: z.object({
    statements: count.min(1),
    lowest: count,
    highest: count,
    first: isoDate,
    last: isoDate,
    /** How precisely the first and the last statements are dated, which the sentence giving the span prints. */
    firstPrecision: datePrecision,
    lastPrecision: datePrecision,
  }),
});

export type StatementsFigures = z.infer<typeof statementsFiguresSchema>;

function range(statements: StatementComparison[]): z.infer<typeof gapRange> {
  const gaps = statements.map((row) => row.gap);
  if (!gaps.length) throw new Error(`no toll statement of this kind from ${PARTING_FROM}: the comparison has nothing to show`);
  return {
    statements: gaps.length,
    smallest: Math.min(...gaps),
    largest: Math.max(...gaps),
    qualified: statements.filter((row) => row.qualifier !== "exact").length,
  };
}

export function statementsFigures(tables: Pick<TidyTables, "casualties" | "tollStatements">): StatementsFigures {
  const statements = statementsAgainstFile(tables.casualties, rowsOf(tables.tollStatements), MISSION);
  const before = statements.filter((row) => row.stated_on < PARTING_FROM);
  const agreeing = before.filter((row) => Math.abs(row.gap) <= AGREEMENT);
  const after = statements.filter((row) => row.stated_on >= PARTING_FROM);
  const beforeArticle = statementsBefore(statements, ARTICLE_MONTH);
  return checkFigures("statements", statementsFiguresSchema, {
    statements,
    series: runningCounts(tables.casualties, MISSION, SERIES.from, SERIES.to),
    total: statements.length,
    before: {
      statements: before.length,
      agreeing: agreeing.length,
      within: agreeing.length ? Math.max(...agreeing.map((row) => Math.abs(row.gap))) : AGREEMENT,
      lastDate: before.at(-1)?.stated_on,
    },
    hostile: range(after.filter((row) => row.counted === "hostile acts")),
    allCauses: range(after.filter((row) => row.counted === "all causes")),
    beforeArticle: {
      statements: beforeArticle.length,
      lowest: Math.min(...beforeArticle.map((row) => row.figure)),
      highest: Math.max(...beforeArticle.map((row) => row.figure)),
      first: beforeArticle[0]?.stated_on,
      last: beforeArticle.at(-1)?.stated_on,
      firstPrecision: beforeArticle[0]?.date_precision,
      lastPrecision: beforeArticle.at(-1)?.date_precision,
    },
  });
}
