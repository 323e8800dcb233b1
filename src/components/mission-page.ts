/*
 * The parts of a mission's page that both editions draw alike: the charts and the tables of
 * numbers behind them, from the same figures, in the page's language. The prose around them is
 * each edition's template's own (src/missions/[mission].page.ts, src/fr/missions/[mission].page.ts).
 */
import type { CorrectedColumn, OperationCorrection } from "../../data-loaders/un-operations.js";
import { cumulativeTollChart, fatalitiesByYearChart, missionRankingChart, nationalitiesChart, rankingShown } from "./charts.js";
import type { MissionFigures } from "./figures/missions.js";
import { formatter, type Locale } from "./format.js";
import { worldOutlines } from "./geography.js";
import { nationalitiesIn } from "./i18n/countries.js";
import { locatedHeadquarters, locatorMap } from "./locator-map.js";
import { placeName } from "./i18n/places.js";
import { missionAcronymIn } from "./i18n/mission-names.js";
import { citation } from "./lists.js";
import { html, type Markup } from "./markup.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";

type RankingBy = MissionFigures["rankingBy"];

/** The words of the parts below, per edition; a missing one fails the type check. */
const words: Record<
  Locale,
  {
    rankingBy: Record<RankingBy, string>;
    noPoint(headquarters: string | null): string;
    /** What a correction of the UN's list repairs, by the list's column. */
    corrected: Record<CorrectedColumn, string>;
    /** Introduces the corrections of the list, each with its source. */
    correctedFrom: string;
    numbers(mission: string): string;
    perYear: { caption(mission: string): string; year: string; all: string; malicious: string; sinceAll: string; sinceMalicious: string };
    nationalities: { caption(mission: string): string; nationality: string; deaths: string };
    ranking: { caption(by: string): string; rank: string; mission: string; deaths(by: string): string };
  }
> = {
  en: {
    rankingBy: { "malicious acts": "malicious acts", "all causes": "all causes" },
    noPoint: (headquarters) =>
      `None of the sources cited here gives a point for ${headquarters ?? "its headquarters"}, so no locator map is drawn.`,
    corrected: {
      mission_name: "name",
      mission_isactive: "status",
      start_date: "start date",
      end_date: "end date",
      mission_location: "headquarters",
      mission_longitude: "point",
      mission_latitude: "point",
    },
    correctedFrom: "Where the UN's list is wrong or out of date, this page corrects it, each correction with its source: ",
    numbers: (mission) => `Numbers behind the charts: ${mission} per year`,
    perYear: {
      caption: (mission) => `${mission} deaths per year`,
      year: "Year",
      all: "All causes",
      malicious: "Malicious acts",
      sinceAll: "Since the first, all causes",
      sinceMalicious: "Since the first, malicious acts",
    },
    nationalities: { caption: (mission) => `${mission} deaths by nationality`, nationality: "Nationality", deaths: "Deaths" },
    ranking: {
      caption: (by) => `The missions the ranking chart draws, by deaths from ${by}`,
      rank: "Rank",
      mission: "Mission",
      deaths: (by) => `Deaths, ${by}`,
    },
  },
  fr: {
    rankingBy: { "malicious acts": "actes malveillants", "all causes": "toutes causes" },
    noPoint: (headquarters) =>
      `Aucune des sources citées ici ne donne les coordonnées de ${headquarters ?? "son quartier général"}\u00a0: la carte de situation n'est pas dessinée.`,
    corrected: {
      mission_name: "nom",
      mission_isactive: "statut",
      start_date: "date de début",
      end_date: "date de fin",
      mission_location: "quartier général",
      mission_longitude: "coordonnées",
      mission_latitude: "coordonnées",
    },
    correctedFrom: "Là où la liste de l'ONU est erronée ou dépassée, cette page la corrige, chaque correction avec sa source\u00a0: ",
    numbers: (mission) => `Les chiffres des graphiques\u00a0: ${mission} année par année`,
    perYear: {
      caption: (mission) => `Décès par an, ${mission}`,
      year: "Année",
      all: "Toutes causes",
      malicious: "Actes malveillants",
      sinceAll: "Cumul, toutes causes",
      sinceMalicious: "Cumul, actes malveillants",
    },
    nationalities: { caption: (mission) => `Décès par nationalité, ${mission}`, nationality: "Nationalité", deaths: "Décès" },
    ranking: {
      caption: (by) => `Les missions du graphique de classement, par nombre de décès (${by})`,
      rank: "Rang",
      mission: "Mission",
      deaths: (by) => `Décès, ${by}`,
    },
  },
};

/**
 * The corrections made to the UN's list for this mission, each with its own source, so that a date
 * or a point the list got wrong is not credited to the list: "end date and status (S/RES/2690
 * (2023)); point (uu.se, other source)". Empty for a mission the list has right.
 */
export function listCorrections(corrections: readonly OperationCorrection[], acronym: string, locale: Locale): Markup {
  const w = words[locale];
  const bySource = new Map<string, { what: string[]; row: OperationCorrection }>();
  for (const row of corrections) {
    if (row.mission_acronym !== acronym) continue;
    const key = `${row.report} ${row.source_url} ${row.source_title}`;
    const entry = bySource.get(key) ?? { what: [], row };
    if (!entry.what.includes(w.corrected[row.column])) entry.what.push(w.corrected[row.column]);
    bySource.set(key, entry);
  }
  if (bySource.size === 0) return html``;
  const format = formatter(locale);
  const items = [...bySource.values()].map(({ what, row }) => html`${format.list(what)} (${citation(row, locale)})`);
  return html`${w.correctedFrom}${items.map((item, i) => html`${i ? format.semicolon : ""}${item}`)}.`;
}

/** The locator map, or a sentence saying why there is none. */
export function missionLocator(context: PageContext, f: MissionFigures, locale: Locale): Markup {
  const headquarters = locatedHeadquarters(f.reference);
  return headquarters
    ? chartPart(context, (o) =>
        locatorMap({ ...headquarters, acronym: missionAcronymIn(f.mission, locale), running: f.reference.running }, worldOutlines(), {
          locale,
          ...o,
        }),
      )
    : html`${words[locale].noPoint(f.reference.headquarters && placeName(f.reference.headquarters, locale))}`;
}

/** The five charts of the toll and the tables of their numbers. */
export function missionCharts(context: PageContext, f: MissionFigures, locale: Locale): Markup {
  // The charts name the mission as the edition does; the ranking finds its bar by the UN file's acronym.
  const mission = missionAcronymIn(f.mission, locale);
  const w = words[locale];
  const format = formatter(locale);
  const by = w.rankingBy[f.rankingBy];
  const nationalities = nationalitiesIn(f.nationalities, context.nationalityCodes(), locale);
  return html`${chartPart(context, (o) => fatalitiesByYearChart(f.byIncident, { mission, category: "incident_type", locale, ...o }))}
${chartPart(context, (o) => fatalitiesByYearChart(f.byPersonnel, { mission, category: "personnel_type", locale, ...o }))}
${chartPart(context, (o) => cumulativeTollChart(f.cumulative, { mission, locale, ...o }))}
${chartPart(context, (o) => nationalitiesChart(nationalities, { mission, locale, ...o }))}
${chartPart(context, (o) => missionRankingChart(f.ranking, { highlight: f.mission, label: by, locale, ...o }))}
${numbersBehind(
  w.numbers(mission),
  dataTable(
    f.cumulative,
    [
      { header: w.perYear.year, value: (row) => String(row.year) },
      { header: w.perYear.all, value: (row) => format.number(row.all), numeric: true },
      { header: w.perYear.malicious, value: (row) => format.number(row.malicious), numeric: true },
      { header: w.perYear.sinceAll, value: (row) => format.number(row.cumulative_all), numeric: true },
      { header: w.perYear.sinceMalicious, value: (row) => format.number(row.cumulative_malicious), numeric: true },
    ],
    { caption: w.perYear.caption(mission) },
  ),
  dataTable(
    nationalities,
    [
      { header: w.nationalities.nationality, value: (row) => row.nationality },
      { header: w.nationalities.deaths, value: (row) => format.number(row.fatalities), numeric: true },
    ],
    { caption: w.nationalities.caption(mission) },
  ),
  dataTable(
    rankingShown(f.ranking, f.mission),
    [
      { header: w.ranking.rank, value: (row) => format.number(row.rank), numeric: true },
      { header: w.ranking.mission, value: (row) => missionAcronymIn(row.mission, locale) },
      { header: w.ranking.deaths(by), value: (row) => format.number(row.fatalities), numeric: true },
    ],
    { caption: w.ranking.caption(by) },
  ),
)}`;
}
