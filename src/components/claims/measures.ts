/*
 * The measures the claims ledger tests claims with (catalogue.ts): counts of the UN file, rows of
 * the curated tables, each with its definition in both editions' words and the computation that
 * gives its value. The computation names tables and filters, so it stays in the tables' English.
 */
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import type { EventRow } from "../../../data-loaders/events.js";
import type { FlightRow } from "../../../data-loaders/flights.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import type { TollStatementRow } from "../../../data-loaders/toll-statements.js";
import { MALICIOUS_ACT, TO_BE_DETERMINED, countCasualties, type CasualtyFilter } from "../metrics/counting.js";
import { ceilingsTogether } from "../metrics/force.js";
import { statementsAgainstFile, statementsBefore, type StatementComparison } from "../metrics/toll-statements.js";
import { formatter } from "../format.js";
import { statedOn } from "../i18n/figure-words.js";
import { strengthComponentText, tollStatementsText } from "../i18n/chart-text.js";
import type { Measure } from "./verdicts.js";

/** The tables the claims are checked against (the withdrawal's are not among them yet). */
export type LedgerTables = Omit<TidyTables, "deployments" | "deploymentContributors" | "sites" | "withdrawal" | "missionReference">;

export const MISSION = "MINUSMA";
export const UN_FILE = "casualties table (UN fatalities file, DPPADPOSS-FATALITIES)";
/** The day Mali asked the UN to withdraw the mission. */
export const REQUEST_DATE = "2023-06-16";

/** A definition in the English and the French edition's words. */
export type Definition = [en: string, fr: string];

export const UNIFORMED = ["Military", "Police"];
export const HOSTILE = [MALICIOUS_ACT];
const HOSTILE_OR_UNDETERMINED = [MALICIOUS_ACT, TO_BE_DETERMINED];

export const toll = (t: LedgerTables, [definition, definition_fr]: Definition, filter: Omit<CasualtyFilter, "mission">): Measure => ({
  definition,
  definition_fr,
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
  statementsBefore(statementsAgainstFile(t.casualties, t.tollStatements.objects() as TollStatementRow[], MISSION), month);

export const statementMeasure = (row: StatementComparison): Measure => ({
  definition: `the toll as stated (${row.stated_by}) ${statedOn(row.stated_on, row.date_precision, "en")}: members who died in ${row.counted} since the mission began`,
  definition_fr: `le bilan annoncé (${row.stated_by_fr}) ${statedOn(row.stated_on, row.date_precision, "fr")}\u00a0: membres de la mission morts (${
    tollStatementsText.fr.counted[row.counted]
  }) depuis son début`,
  computation: `toll_statements table, row ${row.id}`,
  value: row.figure,
  qualifier: row.qualifier,
  source_url: row.source_url,
  source_title: row.source_title,
  stated_by: row.stated_by,
  stated_by_fr: row.stated_by_fr,
});

/** The usual ways a toll is counted, up to a date: the alternatives offered for every toll claim. */
export function tollVariants(t: LedgerTables, to: string, years?: number[]): Measure[] {
  const when = { to, years };
  return [
    toll(t, ["all personnel, all causes", "tout le personnel, toutes causes"], when),
    toll(t, ["all personnel, malicious acts", "tout le personnel, actes malveillants"], { ...when, incidents: HOSTILE }),
    toll(
      t,
      [
        "all personnel, malicious acts or cause still to be determined",
        "tout le personnel, actes malveillants ou cause encore à déterminer",
      ],
      {
        ...when,
        incidents: HOSTILE_OR_UNDETERMINED,
      },
    ),
    toll(t, ["military personnel, all causes", "personnel militaire, toutes causes"], { ...when, personnel: ["Military"] }),
    toll(t, ["military personnel, malicious acts", "personnel militaire, actes malveillants"], {
      ...when,
      personnel: ["Military"],
      incidents: HOSTILE,
    }),
    toll(
      t,
      ["military personnel, malicious acts or cause to be determined", "personnel militaire, actes malveillants ou cause à déterminer"],
      {
        ...when,
        personnel: ["Military"],
        incidents: HOSTILE_OR_UNDETERMINED,
      },
    ),
    toll(t, ["uniformed personnel (military and police), all causes", "personnel en uniforme (militaires et policiers), toutes causes"], {
      ...when,
      personnel: UNIFORMED,
    }),
    toll(
      t,
      ["uniformed personnel (military and police), malicious acts", "personnel en uniforme (militaires et policiers), actes malveillants"],
      { ...when, personnel: UNIFORMED, incidents: HOSTILE },
    ),
  ];
}

function strengthRows(t: LedgerTables): StrengthRow[] {
  return t.strength.objects() as StrengthRow[];
}

export function strengthMeasure(row: StrengthRow, [definition, definition_fr]: Definition): Measure {
  return {
    definition,
    definition_fr,
    computation: `strength table, ${row.component} deployed on ${row.date}${row.qualifier !== "exact" ? ` (source says "${row.qualifier}")` : ""}`,
    value: row.deployed!,
    qualifier: row.qualifier,
    source_url: row.source_url,
    source_title: row.source_title,
    stated_by: row.stated_by,
    stated_by_fr: row.stated_by_fr,
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
      strengthMeasure(row, [
        `${row.component} personnel, ${formatter("en").date(row.date)}`,
        `${row.component === "military" ? "personnel militaire" : strengthComponentText.fr[row.component]}, ${formatter("fr").date(row.date)}`,
      ]),
    );
}

/** The latest authorized ceilings for soldiers and police, added together. */
export const uniformedCeiling = (t: LedgerTables): number => ceilingsTogether(t.strength);

export function flightPeriod(t: LedgerTables, start: string, end: string): FlightRow | undefined {
  return (t.flights.objects() as FlightRow[]).find(
    (row) => row.category === "all flights" && row.period_start === start && row.period_end === end,
  );
}

/** The event a claim is tested against, by its id in the events table; a missing one is an error, not a claim left unchecked. */
export function eventById(t: LedgerTables, id: string): EventRow {
  const event = (t.events.objects() as EventRow[]).find((row) => row.id === id);
  if (!event) throw new Error(`the claims ledger needs the event "${id}", which the events table does not have`);
  return event;
}
