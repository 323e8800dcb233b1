/*
 * The catalogue of the claims ledger: each figure the article (and competing reports) stated,
 * who stated it and where, the definition it is tested with (fixed from its wording before any
 * value is computed), and the other definitions listed beside it with their distance from the
 * claim, never swapped in to make a claim match. The verdicts come from verdicts.ts.
 */
import { flightRefusals } from "../metrics/flights.js";
import { departingContingents, departureTotals, deployedAt, leavingContingents, qualifiedPercent } from "../metrics/force.js";
import { missionRanking, missionToll, rankOf } from "../metrics/toll.js";
import { MALICIOUS_ACT } from "../metrics/counting.js";
import { formatter, type Locale } from "../i18n/format.js";
import { message, type KeysUnder, type MessageValues } from "../i18n/messages.js";
import { columnsIn, textIn, type ColumnsIn } from "../i18n/curated-text.js";
import { theMissionIn } from "../i18n/mission-names.js";
import { deniedWords, statedNumber, statedOn, statedPeriod } from "../i18n/figure-words.js";
import {
  contemporaneousStatements,
  definitionIn,
  eventById,
  flightPeriod,
  HOSTILE,
  latestDeployed,
  MISSION,
  REQUEST_DATE,
  statementMeasure,
  strengthMeasure,
  toll,
  tollVariants,
  UN_FILE,
  UNIFORMED,
  uniformedCeiling,
  uniformedFigures2023,
  type LedgerTables,
} from "./measures.js";
import { distance, judge, type ClaimEntry, type ClaimMeta, type Measure } from "./verdicts.js";

export type { LedgerTables } from "./measures.js";

const en = formatter("en");

/** The claimant of the article the report answers. */
export const LE_MONDE = "Le Monde";
// The article is cited as a newspaper is: its English edition is the text the claims are quoted from.
const LE_MONDE_NOTE: ColumnsIn<"source_note"> = {
  source_note: "Le Monde, English edition, June 2023.",
  source_note_fr: "Le Monde, édition anglaise, juin 2023\u00a0; l'extrait est traduit de l'anglais.",
};
// Where the article attributes a figure, the ledger says so: the attribution is the article's.
const LE_MONDE_UN_NOTE: ColumnsIn<"source_note"> = {
  source_note:
    "Le Monde, English edition, June 2023. The article attributes the figures to the UN's latest report on Mali, published on 1 June 2023 (the Secretary-General's report of that day is S/2023/402; the article names no symbol); that attribution is the article's.",
  source_note_fr:
    "Le Monde, édition anglaise, juin 2023\u00a0; l'extrait est traduit de l'anglais. L'article attribue ces chiffres au dernier rapport de l'ONU sur le Mali, publié le 1er juin 2023 (le rapport du secrétaire général publié ce jour-là est le S/2023/402\u00a0; l'article ne donne pas de cote)\u00a0: cette attribution est celle de l'article.",
};
const REUTERS_NOTE: ColumnsIn<"source_note"> = {
  source_note: "Reuters' French service, 16 June 2023.",
  source_note_fr: "Service français de Reuters, 16 juin 2023\u00a0; l'affirmation est citée telle que la dépêche la formule.",
};
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
  /** Context in plain words, after the computed comparison, in the edition's words (claims.context.<id>). */
  context: (t: LedgerTables, locale: Locale) => string;
}

/** A claim whose context the catalogues hold (claims.context.<id>). */
type ContextKey = KeysUnder<"claims.context">;

/** No context beyond the comparison. */
const none = () => "";
/** The context the catalogue holds for a claim, with no values of its own. */
const said = (id: ContextKey) => (_t: LedgerTables, locale: Locale) => message(locale, `claims.context.${id}`);

// Reuters' dispatch is cited at one address, the copy the strength and toll tables cite too; the
// same dispatch carried by another site stays among the claim's own sources, out of its tests.
const REUTERS_URL = "https://www.boursier.com/actualites/reuters/le-mali-reclame-le-retrait-de-la-minusma-331308.html";
const REUTERS_COPY_URL =
  "https://www.boursorama.com/actualite-economique/actualites/le-mali-reclame-le-retrait-de-la-minusma-00a05523c11a556281da6445b452a315";

const specs: ClaimSpec[] = [
  {
    id: "deployed-15000",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "some 15,000 soldiers, police and civilians deployed under the UN flag",
    wording: "quoted",
    claim_fr: "quelque 15\u202f000 soldats, policiers et civils déployés sous le drapeau de l'ONU",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "number", value: 15000, qualifier: "about", unit: "people" },
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "total", REQUEST_DATE);
      return row ? strengthMeasure(row, definitionIn("deployedTotal")) : null;
    },
    alternatives: (t) => [
      ...uniformedFigures2023(t),
      {
        ...definitionIn("ceilingsTogether"),
        computation: "strength table, latest authorized military plus police",
        value: uniformedCeiling(t),
      },
    ],
    context: said("deployed-15000"),
  },
  {
    id: "deadliest-mission",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "the Minusma, the deadliest mission for its participants",
    wording: "quoted",
    claim_fr: "la MINUSMA, la mission la plus meurtrière pour ceux qui y participent",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "number", value: 1, qualifier: "exactly", unit: "rank" },
    data_sources: [UN_FILE],
    primary: (t) => ({
      ...definitionIn("rankMalicious"),
      computation: `missions ranked by rows with incident type "${MALICIOUS_ACT}" in the ${UN_FILE}`,
      value: rankOf(missionRanking(t.casualties, MALICIOUS_ACT), MISSION).rank,
    }),
    alternatives: (t) => [
      {
        ...definitionIn("rankAllCauses"),
        computation: `missions ranked by all rows in the ${UN_FILE}`,
        value: rankOf(missionRanking(t.casualties), MISSION).rank,
      },
    ],
    context: (t, locale) => {
      const [first] = missionRanking(t.casualties);
      return message(locale, "claims.context.deadliest-mission", {
        first: theMissionIn(first.mission, locale),
        deaths: formatter(locale).number(first.fatalities),
      });
    },
  },
  {
    id: "soldiers-killed-187",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "with 187 soldiers killed in ten years",
    wording: "quoted",
    claim_fr: "avec 187 soldats tués en dix ans",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "number", value: ARTICLE_TOLL, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) => toll(t, "militaryKilledToRequest", { to: REQUEST_DATE, personnel: ["Military"], incidents: HOSTILE }),
    alternatives: (t) => [...tollVariants(t, REQUEST_DATE), ...contemporaneousStatements(t, ARTICLE_MONTH).map(statementMeasure)],
    context: (t, locale) => {
      const format = formatter(locale);
      const stated = contemporaneousStatements(t, ARTICLE_MONTH);
      const context = (key: KeysUnder<"claims.context.soldiers-killed-187">, values?: MessageValues) =>
        message(locale, `claims.context.soldiers-killed-187.${key}`, values);
      const reading = context("reading", { request: format.date(REQUEST_DATE) });
      if (!stated.length) return `${reading} ${context("noStatements")}`;
      const fileCounts = [...new Set(stated.map((row) => row.file.malicious))];
      return `${reading} ${context("stated", {
        close: stated.some((row) => Math.abs(row.figure - ARTICLE_TOLL) <= CLOSE_TO_ARTICLE) ? "yes" : "no",
        statements: stated
          .map((row) =>
            context("statement", {
              figure: statedNumber(row.figure, row.qualifier, locale),
              by: textIn(row, "stated_by", locale),
              on: statedOn(row.stated_on, row.date_precision, locale),
            }),
          )
          .join(format.semicolon),
        file:
          fileCounts.length === 1
            ? context("fileSame", { deaths: format.number(fileCounts[0]), statements: stated.length })
            : context("fileEach", { deaths: format.list(stated.map((row) => format.number(row.file.malicious))) }),
        count: stated.length,
        gaps: format.list(stated.map((row) => `${row.gap > 0 ? "+" : ""}${format.number(row.gap)}`)),
        article: format.number(ARTICLE_TOLL),
      })}`;
    },
  },
  {
    id: "flights-requested-565",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Between April 1 and May 11, the mission requested 565 flight authorizations",
    wording: "quoted",
    claim_fr: "Entre le 1er avril et le 11 mai, la mission a demandé 565 autorisations de vol",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_UN_NOTE,
    stated: { kind: "number", value: 565, qualifier: "exactly", unit: "authorizations" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row?.requested != null
        ? {
            ...definitionIn("flightsRequested"),
            computation: "flights table, all flights, period 2023-04-01 to 2023-05-11, requested",
            value: row.requested,
            source_url: row.source_url,
            source_title: row.source_title,
            ...columnsIn("stated_by", (locale) => textIn(row, "stated_by", locale)),
          }
        : null;
    },
    context: said("flights-requested-565"),
  },
  {
    id: "flights-not-obtained-167",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "of which 167 were not obtained",
    wording: "quoted",
    claim_fr: "dont 167 n'ont pas été obtenues",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_UN_NOTE,
    stated: { kind: "number", value: 167, qualifier: "exactly", unit: "authorizations" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row
        ? {
            ...definitionIn("flightsDenied", (locale) => ({ denied: deniedWords[locale][row.denied_counts] })),
            computation: "flights table, all flights, period 2023-04-01 to 2023-05-11, denied",
            value: row.denied,
            source_url: row.source_url,
            source_title: row.source_title,
            stated_by: row.stated_by,
          }
        : null;
    },
    alternatives: (t) =>
      flightRefusals(t.flights)
        .filter((row) => row.period_start !== "2023-04-01")
        .map((row) => ({
          ...definitionIn("flightsDeniedElsewhen", (locale) => ({
            denied: deniedWords[locale][row.denied_counts],
            period: statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { words: true }),
          })),
          computation: "flights table, all flights, denied",
          value: row.denied,
          source_url: row.source_url,
          source_title: row.source_title,
        })),
    context: said("flights-not-obtained-167"),
  },
  {
    id: "human-rights-investigations",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "four of the five requests made to the authorities for investigate human rights “have been denied” since January",
    wording: "quoted",
    claim_fr: "quatre des cinq demandes faites aux autorités pour enquêter sur les droits humains “ont été refusées” depuis janvier",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_UN_NOTE,
    stated: { kind: "number", value: 4, qualifier: "exactly", unit: "requests" },
    data_sources: [],
    primary: () => null,
    context: said("human-rights-investigations"),
  },
  {
    id: "workforce-drop-17",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "recently causing a 17% drop in the mission’s workforce",
    wording: "quoted",
    claim_fr: "provoquant récemment une baisse de 17\u00a0% des effectifs de la mission",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    // The article writes "a 17% drop", with no "about".
    stated: { kind: "number", value: 17, qualifier: "exactly", unit: "%" },
    data_sources: ["contingents table", "strength table"],
    primary: () => null,
    alternatives: (t) => {
      const totals = departureTotals(leavingContingents(departingContingents(t.contingents)));
      const total = deployedAt(t.strength, "total", "2023-02");
      const ceilings = uniformedCeiling(t);
      const ofTotal = total && qualifiedPercent(totals.all, totals.qualifier, total.deployed!, total.qualifier);
      const uniformed = qualifiedPercent(totals.all, totals.qualifier, ceilings, "exact");
      const measures: (Measure | undefined)[] = [
        total &&
          ofTotal && {
            ...definitionIn("departingOfTotal"),
            computation: `contingents table, a completed departure or else the first listed row per country and component, suspensions left out: ${en.number(totals.all)} (${totals.qualifier}); strength table, total, 2023-02: ${en.number(total.deployed!)}`,
            value: ofTotal.percent,
            qualifier: ofTotal.qualifier,
            source_url: total.source_url,
            source_title: total.source_title,
            stated_by: total.stated_by,
          },
        {
          ...definitionIn("departingOfCeilings"),
          computation: `contingents table: ${en.number(totals.all)} (${totals.qualifier}); strength table, latest ceilings: ${en.number(ceilings)}`,
          value: uniformed.percent,
          qualifier: uniformed.qualifier,
        },
      ];
      return measures.filter((measure): measure is Measure => measure !== undefined);
    },
    context: (t, locale) =>
      message(locale, "claims.context.workforce-drop-17", { ceilings: formatter(locale).number(uniformedCeiling(t)) }),
  },
  {
    id: "moura-500",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "of having executed at least 500 people during an anti-terrorist operation carried out in March 2022 in the village of Moura",
    wording: "quoted",
    claim_fr: "d'avoir exécuté au moins 500 personnes lors d'une opération antiterroriste menée en mars 2022 dans le village de Moura",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "number", value: 500, qualifier: "at least", unit: "people" },
    data_sources: ["events table"],
    primary: () => null,
    context: (t, locale) =>
      message(locale, "claims.context.moura-500", { date: formatter(locale).date(eventById(t, "moura-operation").date) }),
  },
  {
    id: "barkhane-left-2022-08",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "In August 2022, the last soldiers of Operation Barkhane left the country.",
    wording: "quoted",
    claim_fr: "En août 2022, les derniers soldats de l'opération «\u00a0Barkhane\u00a0» ont quitté le pays.",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "date", value: "2022-08" },
    data_sources: ["events table"],
    primary: (t) => {
      const event = eventById(t, "barkhane-leaves-mali");
      return {
        ...definitionIn("barkhaneLeft"),
        computation: "events table, foreign forces, Barkhane",
        value: event.date,
        data_source: "events table",
        source_url: event.source_url,
      };
    },
    context: none,
  },
  {
    id: "deployed-since-2013",
    claimant: LE_MONDE,
    date: "2023-06",
    claim: "Deployed since 2013 to restore state authority and protect civilians",
    wording: "quoted",
    claim_fr: "Déployée depuis 2013 pour restaurer l'autorité de l'État et protéger les civils",
    wording_fr: "translated",
    source_url: null,
    ...LE_MONDE_NOTE,
    stated: { kind: "date", value: "2013" },
    data_sources: ["events table", UN_FILE],
    primary: (t) => {
      const event = eventById(t, "minusma-created");
      return {
        ...definitionIn("firstMissionEvent"),
        computation: "events table, category mission, earliest",
        value: event.date,
        data_source: "events table",
        source_url: event.source_url,
      };
    },
    alternatives: (t) => [
      {
        ...definitionIn("firstFatality"),
        computation: `earliest ${MISSION} row in the ${UN_FILE}`,
        value: missionToll(t.casualties, MISSION).firstDate,
      },
    ],
    context: none,
  },
  {
    id: "reuters-303-killed",
    claimant: "Reuters",
    date: "2023-06-16",
    claim: "At least 303 members of MINUSMA had been killed in Mali since 2013.",
    wording: "paraphrased",
    // The dispatch's own French, from Reuters' French service.
    claim_fr: "Au moins 303 membres de la Minusma […] ont été tués au Mali depuis 2013.",
    wording_fr: "quoted",
    source_url: REUTERS_URL,
    ...REUTERS_NOTE,
    stated: { kind: "number", value: 303, qualifier: "at least", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(t, "allToDispatch", {
        to: REQUEST_DATE,
      }),
    alternatives: (t) => tollVariants(t, REQUEST_DATE).slice(1),
    context: said("reuters-303-killed"),
  },
  {
    id: "reuters-12000-peacekeepers",
    claimant: "Reuters",
    date: "2023-06-16",
    claim: "The mission numbered some 12,000 peacekeepers.",
    wording: "paraphrased",
    // The dispatch writes "12.000"; the quote groups the thousands as the edition does everywhere.
    claim_fr: "[La MINUSMA] compte actuellement quelque 12\u202f000 casques bleus.",
    wording_fr: "quoted",
    source_url: REUTERS_URL,
    ...REUTERS_NOTE,
    stated: { kind: "number", value: 12000, qualifier: "about", unit: "people" },
    own_sources: [REUTERS_URL, REUTERS_COPY_URL],
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "uniformed", REQUEST_DATE, REUTERS_URL);
      return row ? strengthMeasure(row, definitionIn("uniformedOtherSource")) : null;
    },
    alternatives: uniformedFigures2023,
    context: said("reuters-12000-peacekeepers"),
  },
  {
    id: "ap-19-killed-2021",
    claimant: "Associated Press",
    date: "2022-01",
    claim: "In 2021, 19 peacekeepers lost their lives in Mali.",
    wording: "paraphrased",
    claim_fr: "En 2021, 19 Casques bleus ont perdu la vie au Mali.",
    wording_fr: "paraphrased",
    source_url: "https://politicalobserver.in/news/united-nations-suspends-mali-peacekeeping-flights-after-military-rules",
    source_note: "Agency copy published in January 2022.",
    source_note_fr: "Reprise d'une dépêche publiée en janvier 2022, en anglais\u00a0; l'affirmation est traduite.",
    stated: { kind: "number", value: 19, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) => toll(t, "uniformed2021", { years: [2021], personnel: UNIFORMED }),
    alternatives: (t) => tollVariants(t, "9999-12-31", [2021]),
    context: said("ap-19-killed-2021"),
  },
  {
    id: "military-africa-288",
    claimant: "military.africa",
    date: "2022-11",
    claim: "Since 2013, 288 UN soldiers had lost their lives in Mali.",
    wording: "paraphrased",
    claim_fr: "Depuis 2013, 288 soldats de l'ONU avaient perdu la vie au Mali.",
    wording_fr: "paraphrased",
    source_url: "https://military.africa/2022/11/uk-troops-pulls-out-of-un-mission-in-mali",
    source_note: "Article on the UK's withdrawal announcement of 14 November 2022.",
    source_note_fr: "Article, en anglais, sur l'annonce du retrait britannique du 14 novembre 2022\u00a0; l'affirmation est traduite.",
    stated: { kind: "number", value: 288, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(t, "militaryToAnnouncement", {
        to: "2022-11-14",
        personnel: ["Military"],
      }),
    alternatives: (t) => tollVariants(t, "2022-11-14"),
    context: said("military-africa-288"),
  },
];

/**
 * Whether a measure was stated by the claim's own outlet (the curated row's stated_by names it):
 * such a figure repeats the claim and cannot check it.
 */
export const statedByClaimant = (measure: Measure | null, claimant: string): boolean =>
  measure?.stated_by !== undefined && measure.stated_by.includes(claimant);

export function evaluateClaims(tables: LedgerTables): ClaimEntry[] {
  return specs.map((spec) => {
    const measured = spec.primary(tables);
    const primary = statedByClaimant(measured, spec.claimant) ? null : measured;
    // A figure taken from the claim's own article cannot test it.
    const alternatives = (spec.alternatives?.(tables) ?? [])
      .filter((measure) => !measure.source_url || !spec.own_sources?.includes(measure.source_url))
      .map((measure) => distance(spec.stated, measure));
    const judged = judge(spec.stated, primary, alternatives, (locale) => spec.context(tables, locale));
    const { primary: _p, alternatives: _a, context: _c, own_sources: _o, ...meta } = spec;
    return { ...meta, primary, own_outlet: primary !== measured, ...judged, alternatives };
  });
}
