/*
 * The shrinking force. Figures from src/components/figures/force.ts, held to their reviewed values.
 */
import { contingentsSection, strengthSection } from "./components/force-page.js";
import { departureStatuses, type DepartureStatus } from "../data-loaders/contingents.js";
import { formatDate, formatNumber, formatter } from "./components/format.js";
import { statedNumber, statedPercent } from "./components/i18n/figure-words.js";
import { citation } from "./components/lists.js";
import { html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";

/** How the opening sentence counts the contingents in each state of departure. */
const statusWords: Record<DepartureStatus, (n: number) => string> = {
  completed: () => "recorded as gone",
  "under way": () => "leaving",
  planned: () => "with a departure planned (or announced without a date)",
  suspended: (n) => (n === 1 ? "that suspended its activities without leaving" : "that suspended their activities without leaving"),
};

const forcePage: PageTemplate = (context) => {
  const f = context.story().force;
  const w = context.story().withdrawal;
  const { military, police } = f.ceilings;
  const statuses = formatter("en").list(
    departureStatuses
      .filter((status) => f.byStatus[status] > 0)
      .map((status) => `${formatNumber(f.byStatus[status])} ${statusWords[status](f.byStatus[status])}`),
  );
  return {
    title: "The shrinking force",
    body: html`# The shrinking force

The mission's last authorized ceilings were ${formatNumber(military.authorized)} soldiers and
${formatNumber(police.authorized)} police officers, given from ${formatDate(military.since.date)}
(${citation(military.since)}) and still given on ${formatDate(military.latest.date)}
(${citation(military.latest)}). No published series of the mission's monthly strength by
contingent was found, so the chart below puts side by side the figures the UN, governments and the
press gave at the time, each with its source.
${strengthSection(context, f, "en")}
## Contingents leaving

From 2022, one country after another announced that its troops or police would leave. The table
holds ${formatNumber(f.totals.contingents + f.byStatus.suspended)} contingents from ${formatNumber(f.countries)} countries:
${statuses}.
${contingentsSection(context, f, "en")}
## A "17% drop"?

The Le Monde article this report answers (June 2023) said that the withdrawals of contingents had
cut the mission's workforce by 17%. What these tables can say: the contingents listed here as
leaving or gone add up to **${statedNumber(f.totals.all, f.totals.qualifier, "en")}** uniformed personnel
(${statedNumber(f.totals.military, f.totals.militaryQualifier, "en")} soldiers, ${statedNumber(f.totals.police, f.totals.policeQualifier, "en")} police).
That would be ${statedPercent(f.leavingOfTotal.percent, f.leavingOfTotal.qualifier, "en")} of the ${statedNumber(f.total.deployed, f.total.qualifier, "en")}
personnel of all kinds counted in ${formatDate(f.reference)} by ${f.total.stated_by} (${citation(f.total)}), and
${statedPercent(f.leavingOfCeilings.percent, f.leavingOfCeilings.qualifier, "en")} of the ${formatNumber(f.ceilingsTogether)} places the ceilings allowed soldiers and police
together, a limit rather than people present. No count of soldiers or police for that month is
kept: the same page gives ${formatNumber(f.ceilingsTogether)} uniformed personnel, exactly the sum of the two ceilings, and
figures for soldiers and police that do not add up to it.

What they cannot say:

- **Dates differ.** The departures in the table are spread from 2022 to the end of 2023, on both
  sides of February 2023, and ${formatNumber(f.byStatus.planned)} of the ${formatNumber(f.totals.contingents)} are plans, not departures seen to happen.
- **Sizes are rounded.** ${formatNumber(f.roundedSizes)} of the ${formatNumber(f.totals.contingents)} sizes are "about" or "more than"
  figures from announcements, not the UN's own counts.
- **Replacements are not counted.** Other countries sent troops too; a drop in the workforce is a
  net figure, which would need the UN's monthly contributions by country, and no published series of them was found.
- **The denominator is a choice.** Against all personnel, civilians included, or against the
  authorized ceiling, the same departures give other percentages.

The UN's deployment maps, as Geo-PKO codes them, add one thing and no count. They draw
${formatNumber(w.maps.countriesLast)} contributing countries on the maps of ${w.maps.to}, against
${formatNumber(w.maps.countriesFirst)} in ${w.maps.from}, and ${formatter("en").partOf(w.maps.departingDrawnLast, w.maps.departing, "country", "countries")}
listed above ${w.maps.departingDrawnLast === 1 ? "is" : "are"} still drawn in ${w.maps.to}: a country counts as present
if any map of the year shows one of its units, so the maps see a contingent leave only the year
after it has gone. Their sizes are estimates from unit
symbols, not people ([the withdrawal](./withdrawal) shows them year by year).

So the tables can neither confirm nor refute the 17%: they show departures of the right order of
magnitude, with no definition that reproduces the figure exactly.

See also: [the toll](./) · [flight authorizations not granted](./flights) · [the withdrawal](./withdrawal) · [the claims ledger](./claims)
`,
  };
};

export default forcePage;
