/*
 * The toll as MINUSMA and the press stated it at the time, against the UN file as it stands: for
 * each statement, the file's count on the same date under each definition a reporter could have
 * meant, counted by the one rule every toll of the report uses (countCasualties).
 */
import type { ColumnTable } from "arquero";
import type { StatementCount, TollStatementRow } from "../../../data-loaders/toll-statements.js";
import type { DatePrecision, FigureQualifier } from "../../../data-loaders/figure-fields.js";
import { MALICIOUS_ACT, TO_BE_DETERMINED, countCasualties, ofMission, type CasualtyFilter } from "./counting.js";
import { editionValues, type ColumnsIn } from "../../../data-loaders/edition-columns.js";

/** The four ways the file can count a mission's toll that a statement might mean. */
export const fileDefinitions = {
  all: { label: "all causes", filter: {} },
  malicious: { label: "malicious acts", filter: { incidents: [MALICIOUS_ACT] } },
  maliciousOrUndetermined: { label: "malicious acts or cause to be determined", filter: { incidents: [MALICIOUS_ACT, TO_BE_DETERMINED] } },
  militaryMalicious: { label: "military personnel, malicious acts", filter: { personnel: ["Military"], incidents: [MALICIOUS_ACT] } },
} as const satisfies Record<string, { label: string; filter: Omit<CasualtyFilter, "mission" | "to"> }>;

export type FileDefinition = keyof typeof fileDefinitions;
export type FileCounts = Record<FileDefinition, number>;

/** The file's definition a statement is compared with: its "hostile acts" are the file's malicious acts. */
export const comparableDefinition: Record<StatementCount, FileDefinition> = { "all causes": "all", "hostile acts": "malicious" };

/** The last day a date covers: the day itself, or the last day of a month given alone. */
export function lastDayCovered(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The mission's deaths on or before `to`, under each definition. */
export function fileCountsAt(casualties: ColumnTable, mission: string, to: string): FileCounts {
  const counts = {} as FileCounts;
  for (const [key, { filter }] of Object.entries(fileDefinitions) as [FileDefinition, (typeof fileDefinitions)[FileDefinition]][])
    counts[key] = countCasualties(casualties, { mission, to, ...filter });
  return counts;
}

export interface StatementComparison extends ColumnsIn<"stated_by"> {
  id: string;
  stated_on: string;
  date_precision: DatePrecision;
  figure: number;
  qualifier: FigureQualifier;
  counted: StatementCount;
  /** Empty where the source is an article cited by its title. */
  source_url: string;
  source_title: string;
  /** The file's counts on the last day the statement's date covers. */
  file: FileCounts;
  /** The figure less the file's count under the comparable definition. */
  gap: number;
}

export function statementsAgainstFile(casualties: ColumnTable, statements: TollStatementRow[], mission: string): StatementComparison[] {
  const rows = ofMission(casualties, mission);
  return [...statements]
    .sort((a, b) => a.stated_on.localeCompare(b.stated_on) || a.id.localeCompare(b.id))
    .map((statement) => {
      const file = fileCountsAt(rows, mission, lastDayCovered(statement.stated_on));
      const { id, stated_on, date_precision, figure, qualifier, counted, source_url, source_title } = statement;
      return {
        id,
        stated_on,
        date_precision,
        figure,
        qualifier,
        counted,
        ...editionValues(statement, "stated_by"),
        source_url,
        source_title,
        file,
        gap: figure - file[comparableDefinition[counted]],
      };
    });
}

export interface RunningCount {
  /** The last day of a month. */
  date: string;
  definition: FileDefinition;
  deaths: number;
}

/** The file's running toll at the end of each month from `from` to `to` (YYYY-MM), under each definition. */
export function runningCounts(casualties: ColumnTable, mission: string, from: string, to: string): RunningCount[] {
  const rows = ofMission(casualties, mission);
  const series: RunningCount[] = [];
  const [firstYear, firstMonth] = from.split("-").map(Number);
  for (let i = 0; ; i++) {
    const month = new Date(Date.UTC(firstYear, firstMonth - 1 + i, 1)).toISOString().slice(0, 7);
    if (month > to) break;
    const date = lastDayCovered(month);
    for (const [definition, deaths] of Object.entries(fileCountsAt(rows, mission, date)) as [FileDefinition, number][])
      series.push({ date, definition, deaths });
  }
  return series;
}

/**
 * The statements of one kind made in the `months` months up to the end of `month`: what a
 * reporter writing that month could have read (the claims ledger's 187 is checked against them).
 */
export function statementsBefore(
  comparisons: StatementComparison[],
  month: string,
  { months = 3, counted = "hostile acts" }: { months?: number; counted?: StatementCount } = {},
): StatementComparison[] {
  const [year, m] = month.split("-").map(Number);
  const start = new Date(Date.UTC(year, m - months, 1)).toISOString().slice(0, 10);
  const end = lastDayCovered(month);
  return comparisons.filter((row) => row.counted === counted && row.stated_on >= start && row.stated_on <= end);
}
