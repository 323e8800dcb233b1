/*
 * Every mission in the UN's record: the tolls compared, and a table of all missions with a link to
 * each one's page. The table is complete without JavaScript; a script adds a search box and
 * sorting to it (src/components/table-search.ts).
 */
import type { MissionReference } from "../../data-loaders/mission-reference.js";
import { missionsComparisonChart } from "../components/charts.js";
import { formatNumber } from "../components/format.js";
import { entriesByKind } from "../components/i18n/mission-text.js";
import { worldOutlines } from "../components/geography.js";
import { headquartersWorldMap } from "../components/locator-map.js";
import { href, html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { chartPart } from "../components/static-chart.js";
import { dataTable } from "../components/static-table.js";

const missionsIndexPage: PageTemplate = (context) => {
  const f = context.missions().index;
  return {
    title: "All missions",
    body: html`# Every mission in the UN's record

The UN's fatalities file lists ${formatNumber(f.total)} people who died serving in ${formatNumber(f.summaries.length)}
entries, from ${f.firstYear} to ${f.lastYear}: ${entriesByKind(f.byKind, "en")}. ${formatNumber(f.withMalicious)} of
the ${formatNumber(f.summaries.length)} lost people to malicious acts. Each mission has a page with the same analysis as
[the MINUSMA story](../): its toll year by year, by type of incident and of personnel, the
nationalities of those who died and where it stands among all missions.
${chartPart(context, (o) => missionsComparisonChart(f.summaries, o))}
${chartPart(context, (o) => headquartersWorldMap(f.drawn, f.notDrawn, worldOutlines(), o))}
## Find a mission

${dataTable(
  f.summaries,
  [
    { header: "Mission", value: (row) => html`<a href="${href(`./${row.slug}.html`)}">${row.mission}</a>` },
    { header: "Full name", value: (row) => f.references[row.mission].name },
    { header: "Headquarters", value: (row) => f.references[row.mission].headquarters ?? f.references[row.mission].area ?? "—" },
    { header: "Dates", value: (row) => span(f.references[row.mission]) },
    { header: "Deaths, all causes", value: (row) => formatNumber(row.all), numeric: true },
    { header: "Malicious acts", value: (row) => formatNumber(row.malicious), numeric: true },
    { header: "First year", value: (row) => String(row.first_year), numeric: true },
    { header: "Last year", value: (row) => String(row.last_year), numeric: true },
    { header: "Rank, all causes", value: (row) => formatNumber(row.rank_all), numeric: true },
    {
      header: "Rank, malicious acts",
      value: (row) => (row.rank_malicious === null ? "—" : formatNumber(row.rank_malicious)),
      numeric: true,
    },
  ],
  { caption: "Every mission in the UN fatalities file, by deaths from all causes", id: "missions-table" },
)}
\`\`\`js
// The table above is the page's content; this only adds a search box and sortable columns to it.
import {searchableTable} from "../components/table-search.js";
searchableTable(document.querySelector("#missions-table"), {label: "Search missions"});
\`\`\`

Missions with equal tolls share a rank. Years are calendar years of the first and last recorded
death, not the mission's mandate; each mission's page gives its dates. Names, headquarters and
dates come from the UN's list of peacekeeping operations and, for the political missions and
offices it leaves out, from a curated table with a source for each row (see [about the
data](../methodology#mission-reference-what-each-mission-was)).
`,
  };
};

/** "2013–2023", "since 1948", "1945–…": the years of a mission's dates, for a table cell; "…" for a date not known. */
function span({ start_date: start, end_date: end, running }: MissionReference): string {
  const [from, to] = [start?.slice(0, 4), end?.slice(0, 4)];
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return running ? `since ${from}` : `${from}–…`;
  if (to) return `…–${to}`;
  return "not given";
}

export default missionsIndexPage;
