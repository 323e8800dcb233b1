/*
 * The catalogue of the claims ledger: each figure the article (and competing reports) stated,
 * who stated it and where, the definition it is tested with (fixed from its wording before any
 * value is computed), and the other definitions listed beside it with their distance from the
 * claim, never swapped in to make a claim match. The verdicts come from verdicts.ts.
 */
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import type { EventRow } from "../../../data-loaders/events.js";
import type { FlightRow } from "../../../data-loaders/flights.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import { MALICIOUS_ACT, TO_BE_DETERMINED, countCasualties, type CasualtyFilter } from "../metrics/counting.js";
import { flightRefusals } from "../metrics/flights.js";
import { departingContingents, departureTotals, deployedAt, latestCeilings } from "../metrics/force.js";
import { missionRanking, missionToll, rankOf } from "../metrics/toll.js";
import { statementsAgainstFile, statementsBefore, type StatementComparison } from "../metrics/toll-statements.js";
import type { TollStatementRow } from "../../../data-loaders/toll-statements.js";
import { formatDate, formatList, formatNumber } from "../format.js";
import { distance, judge, type ClaimEntry, type ClaimMeta, type Measure } from "./verdicts.js";

/** The tidy tables the claims are computed from (the same tables the pages use). */
/** The tables the claims are checked against (the withdrawal's are not among them yet). */
export type LedgerTables = Omit<TidyTables, "deployments" | "deploymentContributors" | "sites" | "withdrawal" | "missionReference">;

const MISSION = "MINUSMA";
const UN_FILE = "casualties table (UN fatalities file, DPPADPOSS-FATALITIES)";
const LE_MONDE = "Le Monde";
const LE_MONDE_NOTE = "The article (June 2023) could not be read here; its figures are as quoted in the project's brief.";
const REQUEST_DATE = "2023-06-16";
/** The article's toll of soldiers killed, and the month it was published. */
const ARTICLE_TOLL = 187;
export const ARTICLE_MONTH = "2023-06";
/** A statement within this many deaths of the article's toll is close to it. */
const CLOSE_TO_ARTICLE = 5;

interface ClaimSpec extends ClaimMeta {
  /** null: the tables hold nothing that measures this claim. */
  primary: (t: LedgerTables) => Measure | null;
  alternatives?: (t: LedgerTables) => Measure[];
  /** Addresses of the claim's own article, whose figures are kept out of its alternatives. */
  own_sources?: string[];
  /** Context in plain words, after the computed comparison. */
  context: (t: LedgerTables) => string;
}

const toll = (t: LedgerTables, definition: string, filter: Omit<CasualtyFilter, "mission">): Measure => ({
  definition,
  computation:
    `count of ${MISSION} rows in the ${UN_FILE}` +
    (filter.personnel ? `, personnel ${filter.personnel.join(" or ")}` : "") +
    (filter.incidents ? `, incident ${filter.incidents.join(" or ")}` : "") +
    (filter.years ? `, in ${filter.years.join(", ")}` : "") +
    (filter.to ? `, incidents up to ${filter.to}` : ""),
  value: countCasualties(t.casualties, { mission: MISSION, ...filter }),
});

const UNIFORMED = ["Military", "Police"];
const HOSTILE = [MALICIOUS_ACT];
const HOSTILE_OR_UNDETERMINED = [MALICIOUS_ACT, TO_BE_DETERMINED];

/** The statements of hostile acts a reporter could have read in the three months up to `month`. */
const contemporaneousStatements = (t: LedgerTables, month: string): StatementComparison[] =>
  statementsBefore(statementsAgainstFile(t.casualties, t.tollStatements.objects() as TollStatementRow[], MISSION), month);

const statementMeasure = (row: StatementComparison): Measure => ({
  definition: `the toll as stated on ${formatDate(row.stated_on)} (${row.stated_by}): members who died in ${row.counted} since the mission began`,
  computation: `toll_statements table, row ${row.id}`,
  value: row.figure,
  source_url: row.source_url,
});

/** The usual ways a toll is counted, up to a date: the alternatives offered for every toll claim. */
function tollVariants(t: LedgerTables, to: string, years?: number[]): Measure[] {
  const when = { to, years };
  return [
    toll(t, "all personnel, all causes", when),
    toll(t, "all personnel, malicious acts", { ...when, incidents: HOSTILE }),
    toll(t, "all personnel, malicious acts or cause still to be determined", { ...when, incidents: HOSTILE_OR_UNDETERMINED }),
    toll(t, "military personnel, all causes", { ...when, personnel: ["Military"] }),
    toll(t, "military personnel, malicious acts", { ...when, personnel: ["Military"], incidents: HOSTILE }),
    toll(t, "military personnel, malicious acts or cause to be determined", {
      ...when,
      personnel: ["Military"],
      incidents: HOSTILE_OR_UNDETERMINED,
    }),
    toll(t, "uniformed personnel (military and police), all causes", { ...when, personnel: UNIFORMED }),
    toll(t, "uniformed personnel (military and police), malicious acts", { ...when, personnel: UNIFORMED, incidents: HOSTILE }),
  ];
}

function strengthRows(t: LedgerTables): StrengthRow[] {
  return t.strength.objects() as StrengthRow[];
}

function strengthMeasure(row: StrengthRow, definition: string): Measure {
  return {
    definition,
    computation: `strength table, ${row.component} deployed on ${row.date}${row.qualifier ? ` (source says "${row.qualifier}")` : ""}`,
    value: row.deployed!,
    source_url: row.source_url,
  };
}

/** The latest deployed figure for a component on or before a date, optionally excluding one source. */
function latestDeployed(t: LedgerTables, component: string, onOrBefore: string, exceptSource?: string): StrengthRow | undefined {
  return strengthRows(t)
    .filter((row) => row.component === component && row.deployed !== null && row.date <= onOrBefore && row.source_url !== exceptSource)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
}

/** Every deployed figure of 2023 up to the withdrawal request, for soldiers or all uniformed personnel. */
function uniformedFigures2023(t: LedgerTables): Measure[] {
  return strengthRows(t)
    .filter(
      (row) => row.deployed !== null && row.date >= "2023" && row.date <= REQUEST_DATE && ["uniformed", "military"].includes(row.component),
    )
    .map((row) => strengthMeasure(row, `${row.component} personnel, ${row.date}`));
}

/** The latest authorized ceilings for soldiers and police, added together. */
function uniformedCeiling(t: LedgerTables): number {
  return latestCeilings(t.strength)
    .filter((ceiling) => ["military", "police"].includes(ceiling.component))
    .reduce((sum, ceiling) => sum + ceiling.authorized, 0);
}

function flightPeriod(t: LedgerTables, start: string, end: string): FlightRow | undefined {
  return (t.flights.objects() as FlightRow[]).find(
    (row) => row.category === "all flights" && row.period_start === start && row.period_end === end,
  );
}

/** The event a claim is tested against, by its id in the events table; a missing one is an error, not a claim left unchecked. */
function eventById(t: LedgerTables, id: string): EventRow {
  const event = (t.events.objects() as EventRow[]).find((row) => row.id === id);
  if (!event) throw new Error(`the claims ledger needs the event "${id}", which the events table does not have`);
  return event;
}

const REUTERS_URL =
  "https://www.boursorama.com/actualite-economique/actualites/le-mali-reclame-le-retrait-de-la-minusma-00a05523c11a556281da6445b452a315";
// The same Reuters dispatch, as republished by another site; the strength table cites this copy.
const REUTERS_COPY_URL = "https://www.boursier.com/actualites/reuters/le-mali-reclame-le-retrait-de-la-minusma-331308.html";

const specs: ClaimSpec[] = [
  {
    id: "deployed-15000",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Some 15,000 soldiers, police officers and civilians were deployed with the mission.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 15000, qualifier: "about", unit: "people" },
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "total", REQUEST_DATE);
      return row
        ? strengthMeasure(row, "all personnel (soldiers, police and civilians), latest published figure before the withdrawal request")
        : null;
    },
    alternatives: uniformedFigures2023,
    context: () =>
      "The claim names civilians, so the test uses the mission's total personnel. A figure near 15,000 appears only if civilians are left out: the uniformed count of the same month.",
  },
  {
    id: "deadliest-mission",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "MINUSMA is the deadliest UN mission for those who serve in it.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 1, qualifier: "exactly", unit: "rank" },
    data_sources: [UN_FILE],
    primary: (t) => ({
      definition: "rank among all missions in the UN file by deaths from malicious acts, all years",
      computation: `missions ranked by rows with incident type "${MALICIOUS_ACT}" in the ${UN_FILE}`,
      value: rankOf(missionRanking(t.casualties, MALICIOUS_ACT), MISSION).rank,
    }),
    alternatives: (t) => [
      {
        definition: "rank by deaths from all causes, all years",
        computation: `missions ranked by all rows in the ${UN_FILE}`,
        value: rankOf(missionRanking(t.casualties), MISSION).rank,
      },
    ],
    context: (t) => {
      const [first] = missionRanking(t.casualties);
      return `"Deadliest" is read as deaths from deliberate attacks, the UN's measure of how dangerous a mission is. Counting illness and accidents too, ${first.mission} has more deaths (${formatNumber(first.fatalities)}).`;
    },
  },
  {
    id: "soldiers-killed-187",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "187 soldiers were killed in ten years.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: ARTICLE_TOLL, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(t, "military personnel killed in malicious acts, from the start of the mission to the withdrawal request", {
        to: REQUEST_DATE,
        personnel: ["Military"],
        incidents: HOSTILE,
      }),
    alternatives: (t) => [...tollVariants(t, REQUEST_DATE), ...contemporaneousStatements(t, ARTICLE_MONTH).map(statementMeasure)],
    context: (t) => {
      const stated = contemporaneousStatements(t, ARTICLE_MONTH);
      const reading = `"Soldiers" is read as the UN's "Military" personnel type and "killed" as deaths from malicious acts; "ten years" runs to the withdrawal request of ${REQUEST_DATE}.`;
      if (!stated.length) return `${reading} No statement of the toll from the months before the article is in the toll_statements table.`;
      const close = stated.some((row) => Math.abs(row.figure - ARTICLE_TOLL) <= CLOSE_TO_ARTICLE);
      return `${reading} The mission's own figures at the time${close ? " were close to the article's" : ""}: ${formatList(
        stated.map((row) => `${formatNumber(row.figure)} on ${formatDate(row.stated_on)}`),
      )} killed in hostile acts, when the UN file as it stands (an April 2025 edition) counts ${formatList(
        stated.map((row) => formatNumber(row.file.malicious)),
      )} deaths from malicious acts by those days (the statements stand ${formatList(
        stated.map((row) => `${row.gap > 0 ? "+" : ""}${formatNumber(row.gap)}`),
      )} against it).${
        close ? ` The ${formatNumber(ARTICLE_TOLL)} sits with the toll as it was stated in 2023.` : ""
      } The file counts lower: it was revised after the fact, or the mission counted differently; the data cannot say which ("Why 187", on the claims page).`;
    },
  },
  {
    id: "flights-requested-565",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Between 1 April and 11 May 2023 the mission asked for 565 flight authorizations.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 565, qualifier: "exactly", unit: "flights" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row?.requested != null
        ? {
            definition: "flight authorizations requested, 1 April–11 May 2023",
            computation: "flights table, all flights, period 2023-04-01 to 2023-05-11, requested",
            value: row.requested,
            source_url: row.source_url,
          }
        : null;
    },
    context: () =>
      "The flights table takes this period from the Secretary-General's report S/2023/402, the report the article draws on, so the check confirms the transcription rather than an independent count.",
  },
  {
    id: "flights-not-obtained-167",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Of those, 167 authorizations were not obtained.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 167, qualifier: "exactly", unit: "flights" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row
        ? {
            definition: "flight authorizations refused or unanswered, 1 April–11 May 2023",
            computation: "flights table, all flights, period 2023-04-01 to 2023-05-11, denied",
            value: row.denied,
            source_url: row.source_url,
          }
        : null;
    },
    alternatives: (t) =>
      flightRefusals(t.flights)
        .filter((row) => row.period_start !== "2023-04-01")
        .map((row) => ({
          definition: `flights refused in another period, ${row.period_start} to ${row.period_end}`,
          computation: "flights table, all flights, denied",
          value: row.denied,
          source_url: row.source_url,
        })),
    context: () => "Same source as the request count: the check confirms the transcription.",
  },
  {
    id: "human-rights-investigations",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Four of the five requests to investigate human-rights violations made since January 2023 were denied.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 4, qualifier: "exactly", unit: "requests" },
    data_sources: [],
    primary: () => null,
    context: () => "None of the report's tables records requests to investigate human-rights violations.",
  },
  {
    id: "workforce-drop-17",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "The withdrawal of contingents caused a 17% drop in the mission's workforce.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 17, qualifier: "about", unit: "%" },
    data_sources: ["contingents table", "strength table"],
    primary: () => null,
    alternatives: (t) => {
      const totals = departureTotals(departingContingents(t.contingents));
      const uniformed = deployedAt(t.strength, "uniformed", "2023-02");
      const military = deployedAt(t.strength, "military", "2023-02");
      const ceilings = uniformedCeiling(t);
      const share = (part: number, whole: number) => Math.round((1000 * part) / whole) / 10;
      const measures: (Measure | undefined)[] = [
        uniformed && {
          definition: "departing uniformed personnel as a share of uniformed personnel deployed in February 2023",
          computation: `contingents table, first listed row per country and component: ${formatNumber(totals.all)}; strength table, uniformed, 2023-02: ${formatNumber(uniformed.deployed!)}`,
          value: share(totals.all, uniformed.deployed!),
          source_url: uniformed.source_url,
        },
        military && {
          definition: "departing soldiers as a share of soldiers deployed in February 2023",
          computation: `contingents table, military: ${formatNumber(totals.military)}; strength table, military, 2023-02: ${formatNumber(military.deployed!)}`,
          value: share(totals.military, military.deployed!),
          source_url: military.source_url,
        },
        {
          definition: "departing uniformed personnel as a share of the authorized ceilings (military plus police)",
          computation: `contingents table: ${formatNumber(totals.all)}; strength table, latest ceilings: ${formatNumber(ceilings)}`,
          value: share(totals.all, ceilings),
        },
      ];
      return measures.filter((measure): measure is Measure => measure !== undefined);
    },
    context: (t) => {
      const uniformed = deployedAt(t.strength, "uniformed", "2023-02");
      const ceilings = uniformedCeiling(t);
      const same = uniformed?.deployed === ceilings;
      return (
        "A drop in the workforce is a net change over time, which needs the UN's monthly contributions by country; the report has only dated figures from different sources, and the departures in the contingents table are mostly plans with rounded sizes." +
        (same
          ? ` The February 2023 uniformed figure (${formatNumber(ceilings)}) equals the sum of the authorized ceilings, so it may be a ceiling rather than a count.`
          : "")
      );
    },
  },
  {
    id: "moura-500",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "At least 500 people were executed in Moura in March 2022.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "number", value: 500, qualifier: "at least", unit: "people" },
    data_sources: ["events table"],
    primary: () => null,
    context: (t) => {
      const moura = eventById(t, "moura-operation");
      return moura
        ? `The figure is the UN human rights office's own finding, recorded in the timeline (${moura.date}); the report holds no count of its own to test it against.`
        : "The report holds no count of the Moura victims.";
    },
  },
  {
    id: "barkhane-left-2022-08",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "The last soldiers of France's Operation Barkhane left Mali in August 2022.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "date", value: "2022-08" },
    data_sources: ["events table"],
    primary: (t) => {
      const event = eventById(t, "barkhane-leaves-mali");
      return event
        ? {
            definition: "date of the last Barkhane soldiers' departure in the timeline",
            computation: "events table, foreign forces, Barkhane",
            value: event.date,
            source_url: event.source_url,
          }
        : null;
    },
    context: () => "",
  },
  {
    id: "deployed-since-2013",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "The mission had been deployed since 2013.",
    source_url: null,
    source_note: LE_MONDE_NOTE,
    stated: { kind: "date", value: "2013" },
    data_sources: ["events table", UN_FILE],
    primary: (t) => {
      const event = eventById(t, "minusma-created");
      return event
        ? {
            definition: "date of the first mission event in the timeline",
            computation: "events table, category mission, earliest",
            value: event.date,
            source_url: event.source_url,
          }
        : null;
    },
    alternatives: (t) => [
      {
        definition: "date of the mission's first recorded fatality",
        computation: `earliest ${MISSION} row in the ${UN_FILE}`,
        value: missionToll(t.casualties, MISSION).firstDate,
      },
    ],
    context: () => "",
  },
  {
    id: "reuters-303-killed",
    claimant: "Reuters",
    date: "2023-06-16",
    claim: "At least 303 members of MINUSMA had been killed in Mali since 2013.",
    source_url: REUTERS_URL,
    source_note: "Reuters' French service, 16 June 2023.",
    stated: { kind: "number", value: 303, qualifier: "at least", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) => toll(t, "all personnel, all causes, up to the day of the report", { to: REQUEST_DATE }),
    alternatives: (t) => tollVariants(t, REQUEST_DATE).slice(1),
    context: () => '"Members" covers every kind of personnel and "killed" is read broadly, as the UN\'s fatality count does.',
  },
  {
    id: "reuters-12000-peacekeepers",
    claimant: "Reuters",
    date: "2023-06-16",
    claim: "The mission numbered some 12,000 peacekeepers.",
    source_url: REUTERS_URL,
    source_note: "Reuters' French service, 16 June 2023.",
    stated: { kind: "number", value: 12000, qualifier: "about", unit: "people" },
    own_sources: [REUTERS_URL, REUTERS_COPY_URL],
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "uniformed", REQUEST_DATE, REUTERS_COPY_URL);
      return row ? strengthMeasure(row, "uniformed personnel, latest figure before the report from another source") : null;
    },
    alternatives: uniformedFigures2023,
    context: () =>
      'The strength table also holds this Reuters figure itself, so the test uses the latest figure from another source. A lower bound ("more than") is compared as its stated value.',
  },
  {
    id: "ap-19-killed-2021",
    claimant: "Associated Press (agency copy)",
    date: "2022-01",
    claim: "Nineteen peacekeepers lost their lives in Mali in 2021.",
    source_url: "https://politicalobserver.in/news/united-nations-suspends-mali-peacekeeping-flights-after-military-rules",
    source_note: "Agency copy published in January 2022.",
    stated: { kind: "number", value: 19, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) => toll(t, "uniformed personnel (military and police), all causes, in 2021", { years: [2021], personnel: UNIFORMED }),
    alternatives: (t) => tollVariants(t, "9999-12-31", [2021]),
    context: () => '"Peacekeepers" is read as uniformed personnel and "lost their lives" as death from any cause.',
  },
  {
    id: "military-africa-288",
    claimant: "military.africa",
    date: "2022-11",
    claim: "288 UN soldiers had lost their lives in Mali since 2013.",
    source_url: "https://military.africa/2022/11/uk-troops-pulls-out-of-un-mission-in-mali",
    source_note: "Article on the UK's withdrawal announcement of 14 November 2022.",
    stated: { kind: "number", value: 288, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) => toll(t, "military personnel, all causes, up to 14 November 2022", { to: "2022-11-14", personnel: ["Military"] }),
    alternatives: (t) => tollVariants(t, "2022-11-14"),
    context: () => '"UN soldiers" is read as military personnel; the count runs to the day of the announcement the article reports.',
  },
];

export function evaluateClaims(tables: LedgerTables): ClaimEntry[] {
  return specs.map((spec) => {
    const primary = spec.primary(tables);
    // A figure taken from the claim's own article cannot test it.
    const alternatives = (spec.alternatives?.(tables) ?? [])
      .filter((measure) => !measure.source_url || !spec.own_sources?.includes(measure.source_url))
      .map((measure) => distance(spec.stated, measure));
    const { verdict, explanation } = judge(spec.stated, primary, alternatives, spec.context(tables));
    const { primary: _p, alternatives: _a, context: _c, own_sources: _o, ...meta } = spec;
    return { ...meta, primary, verdict, explanation, alternatives };
  });
}
