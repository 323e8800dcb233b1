/*
 * The withdrawal. Figures from src/components/figures/withdrawal.ts, held to their reviewed values.
 */
import { storyAnnotations } from "./components/annotations.js";
import { formatDate, formatNumber, formatter } from "./components/format.js";
import { statedNumber, statedOn } from "./components/i18n/figure-words.js";
import type { FigureQualifier } from "../data-loaders/figure-fields.js";
import { citation } from "./components/lists.js";
import { html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";
import { closedOn, contributorsSection, personnelLeftSection, placesSection, sitesSection } from "./components/withdrawal-page.js";

const withdrawalPage: PageTemplate = (context) => {
  const f = context.story().withdrawal;
  const { sites, left, maps } = f;
  const annotations = storyAnnotations(context);
  const stated = (row: { personnel: number; qualifier: FigureQualifier }) => statedNumber(row.personnel, row.qualifier, "en");
  return {
    title: "The withdrawal",
    body: html`# The withdrawal

The Security Council ended the mission's mandate on 30 June 2023 and gave it until 31 December to
leave. When it began, MINUSMA held **${formatNumber(sites.total)} sites**: ${formatNumber(sites.camps)} camps
and ${formatter("en").count(sites.total - sites.camps, "temporary base", "temporary bases")}. The first, ${sites.first.site}, was handed over ${statedOn(sites.first.closed, sites.first.date_precision, "en")}
(${citation(sites.first)}); ${formatNumber(sites.closedIn2023)} of the ${formatNumber(sites.total)} had been
closed by the end of December, the last of them ${sites.last.site}, ${closedOn(sites.last, "en")}
(${citation(sites.last)}).
${sitesSection(context, f, "en")}
## The people who left

The mission, the UN and the agencies reporting on them gave running counts of the personnel who had
left Mali since 1 July. By ${formatDate(left.latest.date)}, ${stated(left.latest)} had gone, by the count of
${left.latest.stated_by} (${citation(left.latest)})${
      left.toLeave
        ? html`, of the ${formatNumber(left.toLeave.personnel)} the withdrawal concerned by the mission's count
(${citation(left.toLeave)})`
        : ""
    }.
${personnelLeftSection(context, f, "en")}

## Where the mission stood

Before the withdrawal, the mission was spread over the north and center of Mali. Geo-PKO, a
dataset of Uppsala University coded from the UN's deployment maps, places its units at
${formatNumber(maps.placesFirst)} towns in ${maps.from} and ${formatNumber(maps.placesLast)} in ${maps.to}.
${placesSection(context, f, annotations, "en")}

## Who was there

The same maps name the country of each unit. Countries drawn on at least one map of the year:
${formatNumber(maps.countriesFirst)} in ${maps.from}, ${formatNumber(maps.countriesLast)} in ${maps.to}.
${contributorsSection(context, f, annotations, "en")}

What the maps can say about the "17% drop" the article reported: they show which countries had
units where, year by year, and that ${formatter("en").partOf(maps.departingDrawnLast, maps.departing, "country", "countries")}
which announced their contingent's departure ${maps.departingDrawnLast === 1 ? "is" : "are"} still drawn on the maps of ${maps.to}. What they cannot say: a year's maps are a few
snapshots, a country counts as present if any map of the year draws it, and the sizes are
estimates from symbols. They give no count of people, so they can neither confirm nor refute a
percentage; the claim's verdict stays where [the shrinking force](./contingents) leaves it.

See also: [the shrinking force](./contingents) · [the claims ledger](./claims) · [about the data](./methodology)
`,
  };
};

export default withdrawalPage;
