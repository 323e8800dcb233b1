/*
 * One mission's page: the story's analysis of the toll with the mission as parameter. All 81 are
 * computed at once (src/components/figures/missions.ts).
 */
import { cumulativeTollChart, fatalitiesByYearChart, missionRankingChart, nationalitiesChart, rankingShown } from "../components/charts.js";
import { formatCount, formatDate, formatNumber, formatOrdinal, formatShare } from "../components/format.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { chartPart } from "../components/static-chart.js";
import { dataTable, numbersBehind } from "../components/static-table.js";

const missionPage: PageTemplate = (context, { mission: slug }) => {
  const f = context.missions().bySlug.get(slug);
  if (!f) throw new Error(`no mission has the page name "${slug}" in the UN fatalities file`);
  const { mission } = f;
  const span =
    f.firstDate === f.lastDate ? `on ${formatDate(f.firstDate)}` : `between ${formatDate(f.firstDate)} and ${formatDate(f.lastDate)}`;
  return {
    title: `${mission}: the toll`,
    body: html`# ${mission}: the toll

The UN's record lists **${formatCount(f.all, "person", "people")}** who died serving with ${mission}, ${span}.
${f.malicious === 0 ? "None of them is recorded as killed in a malicious act." : html`**${formatNumber(f.malicious)}** (${formatShare(f.maliciousShare)}) ${f.malicious === 1 ? "was" : "were"} killed in malicious acts.`}
${f.deadliest ? html`The deadliest calendar year was ${f.deadliest.year}, with ${formatCount(f.deadliest.all, "person", "people")} dead.` : ""}
Most of those who died were ${f.topPersonnel.category.toLowerCase()} personnel (${formatNumber(f.topPersonnel.fatalities)});
they came from ${formatCount(f.countries, "country", "countries")} or were of unrecorded nationality.

Among the ${formatNumber(f.missions)} missions in the file, ${mission} ranks
**${formatOrdinal(f.rankAll)}** by deaths from all causes${f.rankMalicious === null ? " and has no death from malicious acts" : html` and **${formatOrdinal(f.rankMalicious)}** by deaths from malicious acts`}.
${chartPart(context, (o) => fatalitiesByYearChart(f.byIncident, { mission, category: "incident_type", ...o }))}
${chartPart(context, (o) => fatalitiesByYearChart(f.byPersonnel, { mission, category: "personnel_type", ...o }))}
${chartPart(context, (o) => cumulativeTollChart(f.cumulative, { mission, ...o }))}
${chartPart(context, (o) => nationalitiesChart(f.nationalities, { mission, ...o }))}
${chartPart(context, (o) => missionRankingChart(f.ranking, { highlight: mission, label: f.rankingBy, ...o }))}
${numbersBehind(
  `Numbers behind the charts: ${mission} per year`,
  dataTable(
    f.cumulative,
    [
      { header: "Year", value: (row) => String(row.year) },
      { header: "All causes", value: (row) => formatNumber(row.all), numeric: true },
      { header: "Malicious acts", value: (row) => formatNumber(row.malicious), numeric: true },
      { header: "Since the first, all causes", value: (row) => formatNumber(row.cumulative_all), numeric: true },
      { header: "Since the first, malicious acts", value: (row) => formatNumber(row.cumulative_malicious), numeric: true },
    ],
    { caption: `${mission} deaths per year` },
  ),
  dataTable(
    f.nationalities,
    [
      { header: "Nationality", value: (row) => row.nationality },
      { header: "Deaths", value: (row) => formatNumber(row.fatalities), numeric: true },
    ],
    { caption: `${mission} deaths by nationality` },
  ),
  dataTable(
    rankingShown(f.ranking, mission),
    [
      { header: "Rank", value: (row) => formatNumber(row.rank), numeric: true },
      { header: "Mission", value: (row) => row.mission },
      { header: `Deaths, ${f.rankingBy}`, value: (row) => formatNumber(row.fatalities), numeric: true },
    ],
    { caption: `The missions the ranking chart draws, by deaths from ${f.rankingBy}` },
  ),
)}
Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES); see [the sources of the
report](../#sources). [All missions](./) · [the MINUSMA story](../)
`,
  };
};

export default missionPage;
