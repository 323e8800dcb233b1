/*
 * Every mission in the UN's record, in every edition: the tolls compared, and a table of all
 * missions with a link to each one's page. The table is complete without JavaScript; a script adds
 * a search box and sorting to it (src/components/client/table-search.ts). Words from the catalogues
 * (missionsPage.*). A mission's full name is the edition's official name where its table of names
 * has one, else the UN list's English name, marked so.
 */
import type { MissionReference } from "../../data-loaders/mission-reference.js";
import { missionsComparisonChart } from "../components/charts/toll-charts.js";
import { inEdition, type Locale } from "../components/i18n/editions.js";
import { formatter } from "../components/i18n/format.js";
import { entriesByKind } from "../components/i18n/mission-text.js";
import { worldOutlines } from "../components/charts/geography.js";
import { headquartersWorldMap } from "../components/charts/locator-map.js";
import { href, html, trusted, type Markup } from "../components/render/markup.js";
import { missionAcronymIn, missionNameIn } from "../components/i18n/mission-names.js";
import { markupMessage, message, messagesUnder } from "../components/i18n/messages.js";
import { areaName, placeName } from "../components/i18n/places.js";
import type { PageTemplate } from "../components/render/page.js";
import { relativeHref, sectionAnchor } from "../components/render/site-nav.js";
import { chartPart } from "../components/render/static-chart.js";
import { dataTable } from "../components/render/static-table.js";

const missionsIndexPage: PageTemplate = (context, _params, locale) => {
  const f = context.missions().index;
  const page = inEdition("/missions/index", locale);
  const format = formatter(locale);
  const words = messagesUnder(locale, "missionsPage");
  const header = (key: Parameters<typeof words>[0]) => words(key).source;
  const names = words("find.names");
  return {
    title: words("title").source,
    body: html`# ${words("heading")}

${words("intro", {
  total: format.number(f.total),
  entries: format.number(f.summaries.length),
  firstYear: String(f.firstYear),
  lastYear: String(f.lastYear),
  byKind: entriesByKind(f.byKind, locale),
  withMalicious: format.cardinal(f.withMalicious, { of: "entry" }),
  storyLink: sectionAnchor(page, "/", message(locale, "missionsPage.storyLink")),
})}
${chartPart(context, (o) => missionsComparisonChart(f.summaries, { locale, ...o }))}
${chartPart(context, (o) => headquartersWorldMap(f.drawn, f.notDrawn, worldOutlines(), { locale, ...o }))}
## ${words("find.heading")}
${names.source ? html`\n${names}\n` : ""}
${dataTable(
  f.summaries,
  [
    {
      header: header("table.mission"),
      value: (row) => html`<a href="${href(`./${row.slug}.html`)}">${missionAcronymIn(row.mission, locale)}</a>`,
    },
    { header: header("table.name"), value: (row) => missionNameIn(row.mission, f.references[row.mission].name, locale) },
    { header: header("table.headquarters"), value: (row) => headquarters(f.references[row.mission], locale) },
    { header: header("table.dates"), value: (row) => missionYears(f.references[row.mission], locale) },
    { header: header("table.all"), value: (row) => format.number(row.all), numeric: true },
    { header: header("table.malicious"), value: (row) => format.number(row.malicious), numeric: true },
    { header: header("table.firstYear"), value: (row) => String(row.first_year), numeric: true },
    { header: header("table.lastYear"), value: (row) => String(row.last_year), numeric: true },
    { header: header("table.rankAll"), value: (row) => format.number(row.rank_all), numeric: true },
    {
      header: header("table.rankMalicious"),
      value: (row) => (row.rank_malicious === null ? "—" : format.number(row.rank_malicious)),
      numeric: true,
    },
  ],
  { caption: header("table.caption"), id: "missions-table" },
)}
\`\`\`js
// The table above is the page's content; this only adds a search box and sortable columns to it.
import {searchableTable} from "${trusted(`${relativeHref(page, "/")}components/client/table-search.js`)}";
searchableTable(document.querySelector("#missions-table"), ${trusted(
      JSON.stringify({
        label: message(locale, "missionsPage.search.label"),
        shown: message(locale, "missionsPage.search.shown", { shown: "{shown}", total: "{total}" }),
      }),
    )});
\`\`\`

${words("notes", {
  dataLink: sectionAnchor(
    page,
    "/methodology",
    message(locale, "missionsPage.dataLink"),
    `#${message(locale, "methodologyPage.anchor.missionReference")}`,
  ),
})}
`,
  };
};

/** The headquarters, as the edition names the town; else the area the source names, said to be one. */
function headquarters(reference: MissionReference, locale: Locale): Markup | string {
  if (reference.headquarters) return placeName(reference.headquarters, locale);
  // An area is no headquarters: the cell says which it gives.
  return reference.area ? markupMessage(locale, "missionsPage.area", { area: areaName(reference.area, locale) }) : "—";
}

/** "2013–2023", "since 1948", "from 2000 (end not given)": the years of a mission's dates, for a table cell; "…" for a start not known. */
export function missionYears({ start_date: start, end_date: end, running }: MissionReference, locale: Locale): string {
  const [from, to] = [start?.slice(0, 4), end?.slice(0, 4)];
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return message(locale, running ? "missionsPage.span.since" : "missionsPage.span.openEnded", { year: from });
  if (to) return `…–${to}`;
  return message(locale, "missionsPage.span.unknown");
}

export default missionsIndexPage;
