/*
 * The parts of a mission's page that both editions draw alike: the charts and the tables of
 * numbers behind them, from the same figures, in the page's language (src/missions/[mission].page.ts).
 */
import type { CorrectedColumn, OperationCorrection } from "../../../data-loaders/un-operations.js";
import {
  cumulativeTollChart,
  fatalitiesByYearChart,
  missionRankingChart,
  nationalitiesChart,
  rankingShown,
} from "../charts/toll-charts.js";
import type { MissionFigures } from "../figures/missions.js";
import { formatter, type Locale } from "../i18n/format.js";
import { worldOutlines } from "../charts/geography.js";
import { nationalitiesIn } from "../i18n/countries.js";
import { locatedHeadquarters, locatorMap } from "../charts/locator-map.js";
import { placeName } from "../i18n/places.js";
import { kindKey, missionAcronymIn } from "../i18n/mission-names.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import { citation } from "../render/lists.js";
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import { html, type Markup } from "../render/markup.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";

type RankingBy = MissionFigures["rankingBy"];

/** The words of the parts below, per edition, from its catalogue. */
const words = byEdition((locale) => ({
  rankingBy: {
    "malicious acts": message(locale, "missionParts.rankingBy.malicious"),
    "all causes": message(locale, "missionParts.rankingBy.all"),
  } satisfies Record<RankingBy, string>,
  noPoint: (headquarters: string | null, kind: MissionKind) =>
    headquarters
      ? message(locale, "missionParts.noPoint", { headquarters, kind: kindKey(kind) })
      : message(locale, "missionParts.noPointUnnamed", { kind: kindKey(kind) }),
  /** What a correction of the UN's list repairs, by the list's column. */
  corrected: {
    mission_name: message(locale, "missionParts.corrected.name"),
    mission_isactive: message(locale, "missionParts.corrected.status"),
    start_date: message(locale, "missionParts.corrected.start"),
    end_date: message(locale, "missionParts.corrected.end"),
    mission_location: message(locale, "missionParts.corrected.headquarters"),
    mission_longitude: message(locale, "missionParts.corrected.point"),
    mission_latitude: message(locale, "missionParts.corrected.point"),
  } satisfies Record<CorrectedColumn, string>,
  /** Introduces the corrections of the list, each with its source. */
  correctedFrom: message(locale, "missionParts.correctedFrom"),
  numbers: (mission: string) => message(locale, "missionParts.numbers", { mission }),
  perYear: {
    caption: (mission: string) => message(locale, "missionParts.perYear.caption", { mission }),
    year: message(locale, "missionParts.perYear.year"),
    all: message(locale, "missionParts.perYear.all"),
    malicious: message(locale, "missionParts.perYear.malicious"),
    sinceAll: message(locale, "missionParts.perYear.sinceAll"),
    sinceMalicious: message(locale, "missionParts.perYear.sinceMalicious"),
  },
  nationalities: {
    caption: (mission: string) => message(locale, "missionParts.nationalities.caption", { mission }),
    nationality: message(locale, "missionParts.nationalities.nationality"),
    deaths: message(locale, "missionParts.nationalities.deaths"),
  },
  ranking: {
    caption: (by: string) => message(locale, "missionParts.ranking.caption", { by }),
    rank: message(locale, "missionParts.ranking.rank"),
    mission: message(locale, "missionParts.ranking.mission"),
    deaths: (by: string) => message(locale, "missionParts.ranking.deaths", { by }),
  },
}));

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
    : html`${words[locale].noPoint(f.reference.headquarters && placeName(f.reference.headquarters, locale), f.reference.kind)}`;
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
${chartPart(context, (o) => missionRankingChart(f.ranking, { highlight: f.mission, kind: f.reference.kind, label: by, locale, ...o }))}
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
