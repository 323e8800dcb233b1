/*
 * The measures the claims ledger tests claims with (catalogue.ts): counts of the UN file, rows of
 * the curated tables, each with its definition in both editions' words and the computation that
 * gives its value. The computation names tables and filters, so it stays in the tables' English.
 */
import { type TidyTables, rowsOf } from "../../../data-loaders/tidy-tables.js";
import type { EventRow } from "../../../data-loaders/events.js";
import type { FlightRow } from "../../../data-loaders/flights.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";

import { MALICIOUS_ACT, TO_BE_DETERMINED, countCasualties, type CasualtyFilter } from "../metrics/counting.js";
import { ceilingsTogether } from "../metrics/force.js";
import { statementsAgainstFile, statementsBefore, type StatementComparison } from "../metrics/toll-statements.js";
import { formatter, type Locale } from "../i18n/format.js";
import { message, type KeysUnder, type MessageValues } from "../i18n/messages.js";
import { columnsIn, textIn, type ColumnsIn } from "../i18n/curated-text.js";
import { statedOn } from "../i18n/figure-words.js";
import { strengthComponentText, tollStatementsText } from "../i18n/chart-text.js";
import type { Measure } from "./verdicts.js";

/** The tables the claims are checked against (the withdrawal's are not among them yet). */
export type LedgerTables = Omit<TidyTables, "deployments" | "deploymentContributors" | "sites" | "withdrawal" | "missionReference">;

export const MISSION = "MINUSMA";
export const UN_FILE = "casualties table (UN fatalities file, DPPADPOSS-FATALITIES)";
/** The day Mali asked the UN to withdraw the mission. */
export const REQUEST_DATE = "2023-06-16";

/** A definition in the catalogues (claims.definition.*), with the values it takes in each edition. */
export type DefinitionKey = KeysUnder<"claims.definition">;

/** A measure's definition in every edition's words, under the claims table's columns: `definition`, `definition_fr`. */
export const definitionIn = (
  key: DefinitionKey,
  values: (locale: Locale) => MessageValues = () => ({}),
): ColumnsIn<"definition"> & { definition_key: DefinitionKey } => ({
  ...columnsIn("definition", (locale) => message(locale, `claims.definition.${key}`, values(locale))),
  definition_key: key,
});

export const UNIFORMED = ["Military", "Police"];
export const HOSTILE = [MALICIOUS_ACT];
const HOSTILE_OR_UNDETERMINED = [MALICIOUS_ACT, TO_BE_DETERMINED];

export const toll = (t: LedgerTables, definition: DefinitionKey, filter: Omit<CasualtyFilter, "mission">): Measure => ({
  ...definitionIn(definition),
  computation:
    `count of ${MISSION} rows in the ${UN_FILE}` +
    (filter.personnel ? `, personnel ${filter.personnel.join(" or ")}` : "") +
    (filter.incidents ? `, incident ${filter.incidents.join(" or ")}` : "") +
    (filter.years ? `, in ${filter.years.join(", ")}` : "") +
    (filter.to ? `, incidents up to ${filter.to}` : ""),
  value: countCasualties(t.casualties, { mission: MISSION, ...filter }),
});

/** The statements of hostile acts a reporter could have read in the three months up to `month`. */
export const contemporaneousStatements = (t: LedgerTables, month: string): StatementComparison[] =>
  statementsBefore(statementsAgainstFile(t.casualties, rowsOf(t.tollStatements), MISSION), month);

export const statementMeasure = (row: StatementComparison): Measure => ({
  ...definitionIn("statement", (locale) => ({
    by: textIn(row, "stated_by", locale),
    on: statedOn(row.stated_on, row.date_precision, locale),
    counted: tollStatementsText[locale].counted[row.counted],
  })),
  computation: `toll_statements table, row ${row.id}`,
  value: row.figure,
  qualifier: row.qualifier,
  source_url: row.source_url,
  source_title: row.source_title,
  ...columnsIn("stated_by", (locale) => textIn(row, "stated_by", locale)),
});

/** The usual ways a toll is counted, up to a date: the alternatives offered for every toll claim. */
export function tollVariants(t: LedgerTables, to: string, years?: number[]): Measure[] {
  const when = { to, years };
  return [
    toll(t, "toll.allAllCauses", when),
    toll(t, "toll.allMalicious", { ...when, incidents: HOSTILE }),
    toll(t, "toll.allMaliciousOrUndetermined", { ...when, incidents: HOSTILE_OR_UNDETERMINED }),
    toll(t, "toll.militaryAllCauses", { ...when, personnel: ["Military"] }),
    toll(t, "toll.militaryMalicious", { ...when, personnel: ["Military"], incidents: HOSTILE }),
    toll(t, "toll.militaryMaliciousOrUndetermined", { ...when, personnel: ["Military"], incidents: HOSTILE_OR_UNDETERMINED }),
    toll(t, "toll.uniformedAllCauses", { ...when, personnel: UNIFORMED }),
    toll(t, "toll.uniformedMalicious", { ...when, personnel: UNIFORMED, incidents: HOSTILE }),
  ];
}

function strengthRows(t: LedgerTables): StrengthRow[] {
  return rowsOf(t.strength);
}

export function strengthMeasure(row: StrengthRow, definition: ReturnType<typeof definitionIn>): Measure {
  return {
    ...definition,
    computation: `strength table, ${row.component} deployed on ${row.date}${row.qualifier !== "exact" ? ` (source says "${row.qualifier}")` : ""}`,
    value: row.deployed!,
    qualifier: row.qualifier,
    source_url: row.source_url,
    source_title: row.source_title,
    ...columnsIn("stated_by", (locale) => textIn(row, "stated_by", locale)),
  };
}

/** The latest deployed figure for a component on or before a date, optionally excluding one source. */
export function latestDeployed(t: LedgerTables, component: string, onOrBefore: string, exceptSource?: string): StrengthRow | undefined {
  return strengthRows(t)
    .filter((row) => row.component === component && row.deployed !== null && row.date <= onOrBefore && row.source_url !== exceptSource)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}

/** Every deployed figure of 2023 up to the withdrawal request, for soldiers or all uniformed personnel. */
export function uniformedFigures2023(t: LedgerTables): Measure[] {
  return strengthRows(t)
    .filter(
      (row) => row.deployed !== null && row.date >= "2023" && row.date <= REQUEST_DATE && ["uniformed", "military"].includes(row.component),
    )
    .map((row) =>
      strengthMeasure(
        row,
        definitionIn("strengthOn", (locale) => ({
          component: row.component,
          componentName: strengthComponentText[locale][row.component],
          date: formatter(locale).date(row.date),
        })),
      ),
    );
}

/** The latest authorized ceilings for soldiers and police, added together. */
export const uniformedCeiling = (t: LedgerTables): number => ceilingsTogether(t.strength);

export function flightPeriod(t: LedgerTables, start: string, end: string): FlightRow | undefined {
  return rowsOf(t.flights).find((row) => row.category === "all flights" && row.period_start === start && row.period_end === end);
}

/** The event a claim is tested against, by its id in the events table; a missing one is an error, not a claim left unchecked. */
export function eventById(t: LedgerTables, id: string): EventRow {
  const event = rowsOf(t.events).find((row) => row.id === id);
  if (!event) throw new Error(`the claims ledger needs the event "${id}", which the events table does not have`);
  return event;
}
