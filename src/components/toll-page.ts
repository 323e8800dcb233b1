/*
 * The charts of the toll page and the tables of their numbers, as both editions draw them: the
 * same figures (src/components/figures/toll.ts) in the page's language. The prose around them is
 * each edition's template's own (src/index.page.ts, src/fr/index.page.ts).
 */
import { storyAnnotations } from "./annotations.js";
import { fatalitiesByYearChart, missionRankingChart } from "./charts.js";
import { formatter, type Locale } from "./format.js";
import { missionAcronymIn } from "./i18n/mission-names.js";
import { html, type Markup } from "./markup.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";

const words: Record<
  Locale,
  {
    perYear: { summary(mission: string): string; caption(mission: string): string; year: string; all: string; malicious: string };
    ranking: { by: string; summary: string; caption: string; rank: string; mission: string; deaths: string };
  }
> = {
  en: {
    perYear: {
      summary: (mission) => `Numbers behind the chart: ${mission} fatalities per year`,
      caption: (mission) => `${mission} fatalities per year`,
      year: "Year",
      all: "All causes",
      malicious: "Malicious acts",
    },
    ranking: {
      by: "malicious acts",
      summary: "Numbers behind the chart: missions ranked by deaths from malicious acts",
      caption: "Missions ranked by deaths from malicious acts",
      rank: "Rank",
      mission: "Mission",
      deaths: "Deaths from malicious acts",
    },
  },
  fr: {
    perYear: {
      summary: (mission) => `Les chiffres du graphique\u00a0: décès par an, ${mission}`,
      caption: (mission) => `Décès par an, ${mission}`,
      year: "Année",
      all: "Toutes causes",
      malicious: "Actes malveillants",
    },
    ranking: {
      by: "actes malveillants",
      summary: "Les chiffres du graphique\u00a0: missions classées par nombre de morts dans des actes malveillants",
      caption: "Missions classées par nombre de morts dans des actes malveillants",
      rank: "Rang",
      mission: "Mission",
      deaths: "Morts dans des actes malveillants",
    },
  },
};

/** The toll per year, marked with the story's events, and the missions ranked by deaths from malicious acts. */
export function tollCharts(context: PageContext, locale: Locale): Markup {
  const f = context.story().toll;
  const w = words[locale];
  const format = formatter(locale);
  return html`${chartPart(context, (o) =>
    fatalitiesByYearChart(f.byYearAndIncident, { mission: f.mission, annotations: storyAnnotations(context, locale), locale, ...o }),
  )}
${numbersBehind(
  w.perYear.summary(f.mission),
  dataTable(
    f.byYear,
    [
      { header: w.perYear.year, value: (row) => String(row.year) },
      { header: w.perYear.all, value: (row) => format.number(row.all), numeric: true },
      { header: w.perYear.malicious, value: (row) => format.number(row.malicious), numeric: true },
    ],
    { caption: w.perYear.caption(f.mission) },
  ),
)}
${chartPart(context, (o) => missionRankingChart(f.maliciousRanking, { highlight: f.mission, label: w.ranking.by, locale, ...o }))}
${numbersBehind(
  w.ranking.summary,
  dataTable(
    f.maliciousRanking,
    [
      { header: w.ranking.rank, value: (row) => format.number(row.rank), numeric: true },
      { header: w.ranking.mission, value: (row) => missionAcronymIn(row.mission, locale) },
      { header: w.ranking.deaths, value: (row) => format.number(row.fatalities), numeric: true },
    ],
    { caption: w.ranking.caption },
  ),
)}`;
}
