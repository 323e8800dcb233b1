/*
 * The charts of the toll page and the tables of their numbers, as both editions draw them: the
 * same figures (src/components/figures/toll.ts) in the page's language. The prose around them is
 * the page's template's (src/index.page.ts).
 */
import { storyAnnotations } from "../charts/story-annotations.js";
import { fatalitiesByYearChart, missionRankingChart } from "../charts/toll-charts.js";
import { formatter, type Locale } from "../i18n/format.js";
import { missionAcronymIn } from "../i18n/mission-names.js";
import { message } from "../i18n/messages.js";
import { byEdition } from "../i18n/editions.js";
import { html, type Markup } from "../render/markup.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";

/** The words of the toll's charts and tables, from each edition's catalogue. */
const words = byEdition((locale) => ({
  perYear: {
    summary: (mission: string) => message(locale, "toll.perYear.summary", { mission }),
    caption: (mission: string) => message(locale, "toll.perYear.caption", { mission }),
    year: message(locale, "toll.perYear.year"),
    all: message(locale, "toll.perYear.all"),
    malicious: message(locale, "toll.perYear.malicious"),
  },
  ranking: {
    by: message(locale, "toll.ranking.by"),
    summary: message(locale, "toll.ranking.summary"),
    caption: message(locale, "toll.ranking.caption"),
    rank: message(locale, "toll.ranking.rank"),
    mission: message(locale, "toll.ranking.mission"),
    deaths: message(locale, "toll.ranking.deaths"),
  },
}));

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
