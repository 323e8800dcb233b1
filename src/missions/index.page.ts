/*
 * Every mission in the UN's record: the tolls compared, and a table of all missions with a link to
 * each one's page. The table is complete without JavaScript; a script adds a search box and
 * sorting to it (src/components/table-search.ts).
 */
import { missionsComparisonChart } from "../components/charts.js";
import { formatNumber } from "../components/format.js";
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
peacekeeping operations and political missions, from ${f.firstYear} to ${f.lastYear}. ${formatNumber(f.withMalicious)} of
those missions lost people to malicious acts. Each mission has a page with the same analysis as
[the MINUSMA story](../): its toll year by year, by type of incident and of personnel, the
nationalities of those killed and where it stands among all missions.
${chartPart(context, (o) => missionsComparisonChart(f.summaries, o))}
## Find a mission

${dataTable(
  f.summaries,
  [
    { header: "Mission", value: (row) => html`<a href="${href(`./${row.slug}.html`)}">${row.mission}</a>` },
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
death, not the mission's mandate.
`,
  };
};

export default missionsIndexPage;
