/*
 * The withdrawal. Figures from src/components/figures/withdrawal.ts, held to their reviewed values.
 */
import { storyAnnotations } from "./components/annotations.js";
import { formatDate, formatNumber } from "./components/format.js";
import { countryWithNeighbours, MALI } from "./components/geography.js";
import { citation, sourceList } from "./components/lists.js";
import { block, html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";
import { chartPart } from "./components/static-chart.js";
import { dataTable, numbersBehind } from "./components/static-table.js";
import { closuresChart, contributorsChart, personnelLeftChart, placesChart, sitesMap } from "./components/withdrawal-charts.js";

const withdrawalPage: PageTemplate = (context) => {
  const f = context.story().withdrawal;
  const { sites, left, maps } = f;
  const annotations = storyAnnotations(context);
  const stated = (row: { personnel: number; qualifier: string }) =>
    `${row.qualifier ? `${row.qualifier} ` : ""}${formatNumber(row.personnel)}`;
  const closedOn = (row: { closed: string; closed_qualifier: string }) =>
    `${row.closed_qualifier ? `${row.closed_qualifier} ` : ""}${formatDate(row.closed)}`;
  const estimatesNote = html`<p class="chart-note">These are estimates made by Geo-PKO's coders from the size of the unit symbols on
the UN's maps, not head counts: summed over the places of a year, they overstate the mission's strength. Read them as weights.</p>`;
  return {
    title: "The withdrawal",
    body: html`# The withdrawal

The Security Council ended the mission's mandate on 30 June 2023 and gave it until 31 December to
leave. When it began, MINUSMA held **${formatNumber(sites.total)} sites**: ${formatNumber(sites.camps)} camps
and a temporary base. The first, ${sites.first.site}, was handed over on ${closedOn(sites.first)}
(${citation(sites.first)}); ${formatNumber(sites.closedIn2023)} of the ${formatNumber(sites.total)} had been
closed by the end of December, the last of them ${sites.last.site}, ${closedOn(sites.last)}
(${citation(sites.last)}).
${chartPart(context, (o) => sitesMap(f.closures, countryWithNeighbours(MALI), o))}
${chartPart(context, (o) => closuresChart(f.closures, o))}
${numbersBehind(
  "Numbers behind the map: every site, with its source and where the sources disagree",
  dataTable(
    f.closures,
    [
      { header: "Order", value: (row) => (row.order === null ? "" : formatNumber(row.order)), numeric: true },
      { header: "Site", value: (row) => row.site },
      { header: "Kind", value: (row) => row.kind },
      {
        header: "Closed",
        value: (row) => (row.closed === null ? "not found" : closedOn({ closed: row.closed, closed_qualifier: row.closed_qualifier })),
      },
      { header: "Handed to", value: (row) => row.handed_to },
      { header: "Note", value: (row) => row.note },
      { header: "Source", value: (row) => citation(row) },
    ],
    { caption: "MINUSMA's sites in 2023, in the order they closed" },
  ),
)}
## The people who left

The mission gave running counts of the personnel who had left Mali since 1 July. By
${formatDate(left.latest.date)}, ${stated(left.latest)} had gone (${citation(left.latest)})${
      left.toLeave
        ? html`, of the ${formatNumber(left.toLeave.personnel)} the withdrawal concerned by the mission's count
(${citation(left.toLeave)})`
        : ""
    }.
${chartPart(context, (o) => personnelLeftChart(f.leftSeries, f.left.toLeave, o))}
${block(html`<div class="chart-sources">Sources, in order: ${sourceList(f.leftSeries)}</div>`)}

## Where the mission stood

Before the withdrawal, the mission was spread over the north and centre of Mali. Geo-PKO, a
dataset of Uppsala University coded from the UN's deployment maps, places its units at
${formatNumber(maps.placesFirst)} towns in ${maps.from} and ${formatNumber(maps.placesLast)} in ${maps.to}.
${chartPart(context, (o) => placesChart(f.places, { annotations, ...o }))}
${block(estimatesNote)}

## Who was there

The same maps name the country of each unit. Countries drawn on at least one map of the year:
${formatNumber(maps.countriesFirst)} in ${maps.from}, ${formatNumber(maps.countriesLast)} in ${maps.to}.
${chartPart(context, (o) => contributorsChart(f.contributors, f.departing, { annotations, ...o }))}

What the maps can say about the "17% drop" the article reported: they show which countries had
units where, year by year, and that ${formatNumber(maps.departingDrawnLast)} of the ${formatNumber(maps.departing)}
countries which announced their contingent's departure are still drawn on the maps of ${maps.to}. What they cannot say: a year's maps are a few
snapshots, a country counts as present if any map of the year draws it, and the sizes are
estimates from symbols. They give no count of people, so they can neither confirm nor refute a
percentage; the claim's verdict stays where [the shrinking force](./contingents) leaves it.

See also: [the shrinking force](./contingents) · [the claims ledger](./claims) · [about the data](./methodology)
`,
  };
};

export default withdrawalPage;
