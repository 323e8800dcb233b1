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
import { formatter, type Locale } from "../format.js";
import { theMissionIn } from "../i18n/mission-names.js";
import { deniedWords, statedNumber, statedOn, statedPeriod } from "../i18n/figure-words.js";
import {
  contemporaneousStatements,
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
const fr = formatter("fr");

/** The claimant of the article the report answers. */
export const LE_MONDE = "Le Monde";
// The article is cited as a newspaper is: its English edition is the text the claims are quoted from.
const LE_MONDE_NOTE = "Le Monde, English edition, June 2023.";
const LE_MONDE_NOTE_FR = "Le Monde, édition anglaise, juin 2023\u00a0; l'extrait est traduit de l'anglais.";
// Where the article attributes a figure, the ledger says so: the attribution is the article's.
const LE_MONDE_UN_NOTE =
  "Le Monde, English edition, June 2023. The article attributes the figures to the UN's latest report on Mali, published on 1 June 2023 (the Secretary-General's report of that day is S/2023/402; the article names no symbol); that attribution is the article's.";
const LE_MONDE_UN_NOTE_FR =
  "Le Monde, édition anglaise, juin 2023\u00a0; l'extrait est traduit de l'anglais. L'article attribue ces chiffres au dernier rapport de l'ONU sur le Mali, publié le 1er juin 2023 (le rapport du secrétaire général publié ce jour-là est le S/2023/402\u00a0; l'article ne donne pas de cote)\u00a0: cette attribution est celle de l'article.";
const REUTERS_NOTE = "Reuters' French service, 16 June 2023.";
const REUTERS_NOTE_FR = "Service français de Reuters, 16 juin 2023\u00a0; l'affirmation est citée telle que la dépêche la formule.";
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
  /** Context in plain words, after the computed comparison, in each edition's words. */
  context: (t: LedgerTables) => Record<Locale, string>;
}

/** No context beyond the comparison. */
const none = () => ({ en: "", fr: "" });

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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "number", value: 15000, qualifier: "about", unit: "people" },
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "total", REQUEST_DATE);
      return row
        ? strengthMeasure(row, [
            "all personnel (soldiers, police and civilians), latest published figure before the withdrawal request",
            "tout le personnel (militaires, policiers et civils), dernier chiffre publié avant la demande de retrait",
          ])
        : null;
    },
    alternatives: (t) => [
      ...uniformedFigures2023(t),
      {
        definition: "the authorized ceilings for soldiers and police added together: a limit, not people present",
        definition_fr: "les plafonds autorisés des militaires et des policiers additionnés\u00a0: une limite, non des personnes présentes",
        computation: "strength table, latest authorized military plus police",
        value: uniformedCeiling(t),
      },
    ],
    context: () => ({
      en: "The claim names civilians, so the test uses the mission's total personnel. The only figure near 15,000 in the tables is the sum of the authorized ceilings, which counts places, not people deployed. The total of February 2023 comes from a page whose figure for soldiers and police together is that sum of ceilings; if its total was built on it too, fewer people were present than it says, and the gap to the claim is smaller.",
      fr: "L'affirmation cite les civils\u00a0: le test retient donc l'ensemble du personnel de la mission. Le seul chiffre proche de 15\u202f000 dans les tableaux est la somme des plafonds autorisés, qui compte des postes, non des personnes déployées. Le total de février 2023 vient d'une page dont le chiffre des militaires et policiers réunis est cette somme de plafonds\u00a0; si son total a lui aussi été calculé à partir de cette somme, moins de personnes étaient présentes qu'il ne le dit, et l'écart avec l'affirmation est moindre.",
    }),
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "number", value: 1, qualifier: "exactly", unit: "rank" },
    data_sources: [UN_FILE],
    primary: (t) => ({
      definition: "rank among all missions in the UN file by deaths from malicious acts, all years",
      definition_fr: "rang parmi toutes les missions du fichier de l'ONU pour les morts par actes malveillants, toutes années",
      computation: `missions ranked by rows with incident type "${MALICIOUS_ACT}" in the ${UN_FILE}`,
      value: rankOf(missionRanking(t.casualties, MALICIOUS_ACT), MISSION).rank,
    }),
    alternatives: (t) => [
      {
        definition: "rank by deaths from all causes, all years",
        definition_fr: "rang pour les morts toutes causes, toutes années",
        computation: `missions ranked by all rows in the ${UN_FILE}`,
        value: rankOf(missionRanking(t.casualties), MISSION).rank,
      },
    ],
    context: (t) => {
      const [first] = missionRanking(t.casualties);
      return {
        en: `"Deadliest" is read as deaths from deliberate attacks: the ledger's reading of the danger a mission's members faced, not a measure the UN publishes. Counting illness and accidents too, ${first.mission} has more deaths (${en.number(first.fatalities)}).`,
        fr: `«\u00a0La plus meurtrière\u00a0» est compris comme les morts dans des attaques délibérées\u00a0: c'est la lecture que fait ce registre du danger couru par les membres d'une mission, non une mesure que publie l'ONU. Si l'on compte aussi les maladies et les accidents, ${theMissionIn(first.mission, "fr")} compte plus de morts (${fr.number(first.fatalities)}).`,
      };
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "number", value: ARTICLE_TOLL, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(
        t,
        [
          "military personnel killed in malicious acts, from the start of the mission to the withdrawal request",
          "personnel militaire tué dans des actes malveillants, du début de la mission à la demande de retrait",
        ],
        { to: REQUEST_DATE, personnel: ["Military"], incidents: HOSTILE },
      ),
    alternatives: (t) => [...tollVariants(t, REQUEST_DATE), ...contemporaneousStatements(t, ARTICLE_MONTH).map(statementMeasure)],
    context: (t) => {
      const stated = contemporaneousStatements(t, ARTICLE_MONTH);
      const reading = {
        en: `"Soldiers" is read as the UN's "Military" personnel type and "killed" as deaths from malicious acts; "ten years" runs to the withdrawal request of ${en.date(REQUEST_DATE)}.`,
        fr: `«\u00a0Soldats\u00a0» est compris comme la catégorie de personnel «\u00a0Militaire\u00a0» du fichier de l'ONU et «\u00a0tués\u00a0» comme les morts par actes malveillants\u00a0; les «\u00a0dix ans\u00a0» courent jusqu'à la demande de retrait du ${fr.date(REQUEST_DATE)}.`,
      };
      if (!stated.length)
        return {
          en: `${reading.en} No statement of the toll from the months before the article is in the toll_statements table.`,
          fr: `${reading.fr} Le tableau des bilans annoncés (toll_statements) ne contient aucune déclaration du bilan dans les mois qui précèdent l'article.`,
        };
      const close = stated.some((row) => Math.abs(row.figure - ARTICLE_TOLL) <= CLOSE_TO_ARTICLE);
      const gaps = (format: typeof en) => format.list(stated.map((row) => `${row.gap > 0 ? "+" : ""}${format.number(row.gap)}`));
      return {
        en: `${reading.en} The toll as stated at the time${close ? " was close to the article's" : ""}: ${en.list(
          stated.map(
            (row) =>
              `${statedNumber(row.figure, row.qualifier, "en")} (${row.stated_by}) ${statedOn(row.stated_on, row.date_precision, "en")}`,
          ),
        )} killed in hostile acts, when the UN file as it stands (an April 2025 edition) counts ${
          new Set(stated.map((row) => row.file.malicious)).size === 1
            ? `${en.number(stated[0].file.malicious)} deaths from malicious acts by ${stated.length === 1 ? "that day" : "each of those days"}`
            : `${en.list(stated.map((row) => en.number(row.file.malicious)))} deaths from malicious acts by those days`
        } (the statements stand ${gaps(en)} against it).${
          close ? ` The ${en.number(ARTICLE_TOLL)} sits with the toll as it was stated in 2023.` : ""
        } The file counts lower: it was revised after the fact, or those who stated the toll counted differently; the data cannot say which (see "Why 187", below).`,
        fr: `${reading.fr} Le bilan annoncé à l'époque${close ? ", proche de celui de l'article," : ""} était le suivant\u00a0: ${stated
          .map(
            (row) =>
              `${statedNumber(row.figure, row.qualifier, "fr")} morts dans des actes hostiles selon ${row.stated_by_fr}, ${statedOn(row.stated_on, row.date_precision, "fr")}`,
          )
          .join("\u00a0; ")}. Le fichier de l'ONU dans son état actuel (une édition d'avril 2025) compte ${
          new Set(stated.map((row) => row.file.malicious)).size === 1
            ? `${fr.number(stated[0].file.malicious)} morts par actes malveillants à ${stated.length === 1 ? "cette date" : "chacune de ces dates"}`
            : `respectivement ${fr.list(stated.map((row) => fr.number(row.file.malicious)))} morts par actes malveillants à ces dates`
        } (soit ${stated.length === 1 ? "un écart" : "des écarts"} de ${gaps(fr)}).${
          close ? ` Les ${fr.number(ARTICLE_TOLL)} de l'article se rapprochent du bilan tel qu'il était annoncé en 2023.` : ""
        } Le fichier compte moins\u00a0: soit il a été révisé après coup, soit ceux qui annonçaient le bilan comptaient autrement\u00a0; les données ne permettent pas de trancher (voir «\u00a0Pourquoi 187\u00a0», plus bas).`,
      };
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
    source_note: LE_MONDE_UN_NOTE,
    source_note_fr: LE_MONDE_UN_NOTE_FR,
    stated: { kind: "number", value: 565, qualifier: "exactly", unit: "authorizations" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row?.requested != null
        ? {
            definition: "flight authorizations requested, 1 April–11 May 2023",
            definition_fr: "autorisations de vol demandées, 1er avril–11 mai 2023",
            computation: "flights table, all flights, period 2023-04-01 to 2023-05-11, requested",
            value: row.requested,
            source_url: row.source_url,
            source_title: row.source_title,
            stated_by: row.stated_by,
            stated_by_fr: row.stated_by_fr,
          }
        : null;
    },
    context: () => ({
      en: "The flights table holds this period only as Le Monde reported it; the report the article cites was not found in its own words. A figure taken from the claim's own outlet cannot check it.",
      fr: "Le tableau des vols ne contient cette période que telle que Le Monde l'a rapportée\u00a0; le texte même du rapport cité n'a pas été trouvé. Un chiffre tiré du média même qui l'affirme ne peut pas le vérifier.",
    }),
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
    source_note: LE_MONDE_UN_NOTE,
    source_note_fr: LE_MONDE_UN_NOTE_FR,
    stated: { kind: "number", value: 167, qualifier: "exactly", unit: "authorizations" },
    data_sources: ["flights table"],
    primary: (t) => {
      const row = flightPeriod(t, "2023-04-01", "2023-05-11");
      return row
        ? {
            definition: `flight authorizations ${deniedWords.en[row.denied_counts]}, 1 April–11 May 2023`,
            definition_fr: `autorisations de vol ${deniedWords.fr[row.denied_counts]}, 1er avril–11 mai 2023`,
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
          definition: `flight authorizations ${deniedWords.en[row.denied_counts]} in another period, ${statedPeriod(row.period_start, row.period_end, row.date_precision, "en", { words: true })}`,
          definition_fr: `autorisations de vol ${deniedWords.fr[row.denied_counts]} sur une autre période, ${statedPeriod(row.period_start, row.period_end, row.date_precision, "fr", { words: true })}`,
          computation: "flights table, all flights, denied",
          value: row.denied,
          source_url: row.source_url,
          source_title: row.source_title,
        })),
    context: () => ({
      en: "Same source as the request count: the flights table holds this period only as Le Monde reported it, so nothing independent checks the figure. The table's other periods come from other reports and are listed for comparison.",
      fr: "Même source que le nombre de demandes\u00a0: le tableau des vols ne contient cette période que telle que Le Monde l'a rapportée, et rien d'indépendant ne vérifie le chiffre. Les autres périodes du tableau viennent d'autres rapports et sont données pour comparaison.",
    }),
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
    source_note: LE_MONDE_UN_NOTE,
    source_note_fr: LE_MONDE_UN_NOTE_FR,
    stated: { kind: "number", value: 4, qualifier: "exactly", unit: "requests" },
    data_sources: [],
    primary: () => null,
    context: () => ({
      en: "None of the report's tables records requests to investigate human-rights violations.",
      fr: "Aucun tableau du rapport n'enregistre de demandes d'enquête sur des violations des droits humains.",
    }),
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
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
            definition: "departing uniformed personnel as a share of all personnel in February 2023",
            definition_fr: "personnel en uniforme sur le départ, rapporté à l'ensemble du personnel en février 2023",
            computation: `contingents table, a completed departure or else the first listed row per country and component, suspensions left out: ${en.number(totals.all)} (${totals.qualifier}); strength table, total, 2023-02: ${en.number(total.deployed!)}`,
            value: ofTotal.percent,
            qualifier: ofTotal.qualifier,
            source_url: total.source_url,
            source_title: total.source_title,
            stated_by: total.stated_by,
          },
        {
          definition: "departing uniformed personnel as a share of the authorized ceilings (military plus police), not of people present",
          definition_fr:
            "personnel en uniforme sur le départ, rapporté aux plafonds autorisés (militaires et policiers), non des personnes présentes",
          computation: `contingents table: ${en.number(totals.all)} (${totals.qualifier}); strength table, latest ceilings: ${en.number(ceilings)}`,
          value: uniformed.percent,
          qualifier: uniformed.qualifier,
        },
      ];
      return measures.filter((measure): measure is Measure => measure !== undefined);
    },
    context: (t) => {
      const ceilings = uniformedCeiling(t);
      return {
        en: `A drop in the workforce is a net change over time, which needs the UN's monthly contributions by country; the report has only dated figures from different sources, and the departures in the contingents table are mostly plans with rounded sizes. No count of soldiers or of uniformed personnel for February 2023 is kept: the page that gives them counts ${en.number(ceilings)} uniformed personnel, the sum of the authorized ceilings, and soldiers and police that do not add up to it.`,
        fr: `Une baisse des effectifs est une variation nette dans le temps, qui demande les chiffres mensuels de l'ONU sur les contingents de chaque pays\u00a0; le rapport n'a que des chiffres datés, de sources différentes, et les départs du tableau des contingents sont surtout des projets aux effectifs arrondis. Aucun décompte des militaires ni du personnel en uniforme de février 2023 n'est retenu\u00a0: la page qui les donne compte ${fr.number(ceilings)} membres du personnel en uniforme, la somme des plafonds autorisés, et des militaires et des policiers dont la somme n'est pas celle-là.`,
      };
    },
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "number", value: 500, qualifier: "at least", unit: "people" },
    data_sources: ["events table"],
    primary: () => null,
    context: (t) => {
      const moura = eventById(t, "moura-operation");
      return {
        en: `The figure is the UN human rights office's: it reported reasonable grounds to believe that at least 500 people were executed, as the timeline records (${en.date(moura.date)}); the report holds no count of its own to test it against.`,
        fr: `Le chiffre est celui du Haut-Commissariat des Nations unies aux droits de l'homme, qui a dit avoir des motifs raisonnables de croire qu'au moins 500 personnes avaient été exécutées, comme le consigne la chronologie (${fr.date(moura.date)})\u00a0; le rapport n'a pas de décompte propre pour le vérifier.`,
      };
    },
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "date", value: "2022-08" },
    data_sources: ["events table"],
    primary: (t) => {
      const event = eventById(t, "barkhane-leaves-mali");
      return {
        definition: "date of the last Barkhane soldiers' departure in the timeline",
        definition_fr: "date du départ des derniers soldats de l'opération «\u00a0Barkhane\u00a0» dans la chronologie",
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
    source_note: LE_MONDE_NOTE,
    source_note_fr: LE_MONDE_NOTE_FR,
    stated: { kind: "date", value: "2013" },
    data_sources: ["events table", UN_FILE],
    primary: (t) => {
      const event = eventById(t, "minusma-created");
      return {
        definition: "date of the first mission event in the timeline",
        definition_fr: "date du premier événement de la mission dans la chronologie",
        computation: "events table, category mission, earliest",
        value: event.date,
        data_source: "events table",
        source_url: event.source_url,
      };
    },
    alternatives: (t) => [
      {
        definition: "date of the mission's first recorded fatality",
        definition_fr: "date du premier décès enregistré de la mission",
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
    source_note: REUTERS_NOTE,
    source_note_fr: REUTERS_NOTE_FR,
    stated: { kind: "number", value: 303, qualifier: "at least", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(t, ["all personnel, all causes, up to the day of the report", "tout le personnel, toutes causes, jusqu'au jour de la dépêche"], {
        to: REQUEST_DATE,
      }),
    alternatives: (t) => tollVariants(t, REQUEST_DATE).slice(1),
    context: () => ({
      en: '"Members" covers every kind of personnel and "killed" is read broadly, as the UN\'s fatality count does.',
      fr: "«\u00a0Membres\u00a0» couvre toutes les catégories de personnel, et «\u00a0tués\u00a0» est lu au sens large, comme le fait le décompte des décès de l'ONU.",
    }),
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
    source_note: REUTERS_NOTE,
    source_note_fr: REUTERS_NOTE_FR,
    stated: { kind: "number", value: 12000, qualifier: "about", unit: "people" },
    own_sources: [REUTERS_URL, REUTERS_COPY_URL],
    data_sources: ["strength table"],
    primary: (t) => {
      const row = latestDeployed(t, "uniformed", REQUEST_DATE, REUTERS_URL);
      return row
        ? strengthMeasure(row, [
            "uniformed personnel, latest figure before the report from another source",
            "personnel en uniforme, dernier chiffre d'une autre source avant la dépêche",
          ])
        : null;
    },
    alternatives: uniformedFigures2023,
    context: () => ({
      en: 'The strength table also holds this Reuters figure itself, so the test uses the latest figure from another source. A lower bound ("more than") is compared as its stated value.',
      fr: "Le tableau des effectifs contient aussi ce chiffre de Reuters\u00a0: le test retient donc le dernier chiffre d'une autre source. Un minimum («\u00a0plus de\u00a0») est comparé à sa valeur déclarée.",
    }),
  },
  {
    id: "ap-19-killed-2021",
    claimant: "Associated Press",
    date: "2022-01",
    claim: "19 peacekeepers lost their lives in Mali in 2021.",
    wording: "paraphrased",
    claim_fr: "19 Casques bleus ont perdu la vie au Mali en 2021.",
    wording_fr: "paraphrased",
    source_url: "https://politicalobserver.in/news/united-nations-suspends-mali-peacekeeping-flights-after-military-rules",
    source_note: "Agency copy published in January 2022.",
    source_note_fr: "Reprise d'une dépêche publiée en janvier 2022, en anglais\u00a0; l'affirmation est traduite.",
    stated: { kind: "number", value: 19, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(
        t,
        [
          "uniformed personnel (military and police), all causes, in 2021",
          "personnel en uniforme (militaires et policiers), toutes causes, en 2021",
        ],
        { years: [2021], personnel: UNIFORMED },
      ),
    alternatives: (t) => tollVariants(t, "9999-12-31", [2021]),
    context: () => ({
      en: '"Peacekeepers" is read as uniformed personnel and "lost their lives" as death from any cause.',
      fr: "«\u00a0Casques bleus\u00a0» est compris comme le personnel en uniforme, et «\u00a0ont perdu la vie\u00a0» comme la mort, quelle qu'en soit la cause.",
    }),
  },
  {
    id: "military-africa-288",
    claimant: "military.africa",
    date: "2022-11",
    claim: "288 UN soldiers had lost their lives in Mali since 2013.",
    wording: "paraphrased",
    claim_fr: "288 soldats de l'ONU avaient perdu la vie au Mali depuis 2013.",
    wording_fr: "paraphrased",
    source_url: "https://military.africa/2022/11/uk-troops-pulls-out-of-un-mission-in-mali",
    source_note: "Article on the UK's withdrawal announcement of 14 November 2022.",
    source_note_fr: "Article, en anglais, sur l'annonce du retrait britannique du 14 novembre 2022\u00a0; l'affirmation est traduite.",
    stated: { kind: "number", value: 288, qualifier: "exactly", unit: "deaths" },
    data_sources: [UN_FILE],
    primary: (t) =>
      toll(t, ["military personnel, all causes, up to 14 November 2022", "personnel militaire, toutes causes, jusqu'au 14 novembre 2022"], {
        to: "2022-11-14",
        personnel: ["Military"],
      }),
    alternatives: (t) => tollVariants(t, "2022-11-14"),
    context: () => ({
      en: '"UN soldiers" is read as military personnel; the count runs to the day of the announcement the article reports.',
      fr: "«\u00a0Soldats de l'ONU\u00a0» est compris comme le personnel militaire\u00a0; le décompte court jusqu'au jour de l'annonce que rapporte l'article.",
    }),
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
    const judged = judge(spec.stated, primary, alternatives, spec.context(tables));
    const { primary: _p, alternatives: _a, context: _c, own_sources: _o, ...meta } = spec;
    return { ...meta, primary, own_outlet: primary !== measured, ...judged, alternatives };
  });
}
