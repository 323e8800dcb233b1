/*
 * The toll: the story's first page. Its figures come from src/components/figures/toll.ts, held to
 * their reviewed values; every number below is printed from them.
 */
import { sources } from "../data-loaders/sources.js";
import { fatalitiesByYearChart, missionRankingChart } from "./components/charts.js";
import { formatDate, formatNumber, formatOrdinal, formatShare } from "./components/format.js";
import { timeline } from "./components/lists.js";
import { block, href, html } from "./components/markup.js";
import { missionSlug } from "./components/metrics.js";
import type { PageTemplate } from "./components/page.js";
import { staticChart } from "./components/static-chart.js";
import { dataTable, numbersBehind } from "./components/static-table.js";

const tollPage: PageTemplate = (context) => {
  const f = context.story().toll;
  const lede =
    f.rankMalicious === 1
      ? html`No UN mission on record lost more of its people to deliberate attacks than the one in Mali.`
      : html`The UN's mission in Mali ranks ${formatOrdinal(f.rankMalicious)} among all its missions for people lost to deliberate attacks.`;
  return {
    title: "The toll",
    body: html`# ${f.mission}: ${f.years} years, ${formatNumber(f.all)} dead

<p class="lede">${lede}</p>

Between ${formatDate(f.firstDate)} and ${formatDate(f.lastDate)}, the United Nations recorded
**${formatNumber(f.all)} deaths** among the soldiers, police officers and civilian staff of its
Multidimensional Integrated Stabilization Mission in Mali. **${formatNumber(f.malicious)}** of them
(${formatShare(f.maliciousShare)}) were killed by what the UN classes as malicious acts, that is,
deliberate attacks. The rest died in accidents, of illness, or of causes the UN lists as
self-inflicted or still to be determined.

The deadliest calendar year was ${f.deadliest.year}, with ${formatNumber(f.deadliest.all)} deaths,
${formatNumber(f.deadliest.malicious)} of them from attacks. Across the ${formatNumber(f.missions)} missions
in the UN's file, going back to 1948, ${f.mission} ranks **${formatOrdinal(f.rankMalicious)}** for deaths
from malicious acts, ahead of ${f.nextByMalicious.mission} (${formatNumber(f.nextByMalicious.fatalities)}).
Counting every cause of death, it ranks ${formatOrdinal(f.rankAll)}${f.rankAll > 1 ? html`, after ${f.deadliestMission.mission} (${formatNumber(f.deadliestMission.fatalities)})` : ""}.

In June 2023 Mali's transitional government asked the Security Council to withdraw the mission
without delay (letter S/2023/463). On 30 June the Council ended the mandate with resolution 2690
and gave the mission until 31 December 2023 to leave
([UN meeting coverage, 9365th meeting](https://media.un.org/avlibrary/en/asset/d306/d3067286)).
${staticChart((o) => fatalitiesByYearChart(f.byYearAndIncident, { mission: f.mission, ...o }))}
${numbersBehind(
  `Numbers behind the chart: ${f.mission} fatalities per year`,
  dataTable(f.byYear, [
    { header: "Year", value: (row) => String(row.year) },
    { header: "All causes", value: (row) => formatNumber(row.all), numeric: true },
    { header: "Malicious acts", value: (row) => formatNumber(row.malicious), numeric: true },
  ], { caption: `${f.mission} fatalities per year` }),
)}
${staticChart((o) => missionRankingChart(f.maliciousRanking, { highlight: f.mission, label: "malicious acts", ...o }))}
${numbersBehind(
  "Numbers behind the chart: missions ranked by deaths from malicious acts",
  dataTable(f.maliciousRanking, [
    { header: "Rank", value: (row) => formatNumber(row.rank), numeric: true },
    { header: "Mission", value: (row) => row.mission },
    { header: "Deaths from malicious acts", value: (row) => formatNumber(row.fatalities), numeric: true },
  ], { caption: "Missions ranked by deaths from malicious acts" }),
)}
## Timeline

From the crisis of 2012 to the end of the drawdown, each event with its source. Two more pages
follow the mission's last years: [the flights Mali refused](./flights) and
[the shrinking force](./contingents). [The claims ledger](./claims) checks the figures printed
about the mission against these tables. The same analysis of the toll exists for
[${f.mission} on its own page](./missions/${missionSlug(f.mission)}) and for [every other mission](./missions/).
${block(html`<div class="timeline-wrap">${timeline(context.events())}</div>`)}
## How these numbers are counted

One row of the UN's file is one person who died while serving with a UN mission. The report
counts people, not rows: a row that repeats a casualty id already seen is dropped. Years are the
calendar years of the incident. "Malicious act" is the UN's own category; deaths it still lists as
"to be determined" are not counted as attacks. The table these figures are computed from, one row
per person, is published with the report: <a href="./data/tables/casualties.csv" download>casualties.csv</a>
(the UN's file, checked and tidied as described here).

## Sources
${block(html`<ul>${Object.values(sources).map((s) => html`<li><a href="${href(s.datasetPage)}">${s.title}</a>, ${s.publisher}. Pinned copy retrieved ${formatDate(s.retrieved)}, sha256 <code>${s.sha256.slice(0, 16)}…</code>. ${s.licence}</li>`)}</ul>`)}
`,
  };
};

export default tollPage;
