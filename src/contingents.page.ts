/*
 * The shrinking force. Figures from src/components/figures/force.ts, held to their reviewed values.
 */
import { contingentsSection, strengthSection } from "./components/force-page.js";
import { formatDate, formatNumber, formatShare } from "./components/format.js";
import { citation } from "./components/lists.js";
import { html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";

const forcePage: PageTemplate = (context) => {
  const f = context.story().force;
  const w = context.story().withdrawal;
  const { military, police } = f.ceilings;
  const share = (part: number, whole: number) => formatShare(part / whole, { digits: 1 });
  return {
    title: "The shrinking force",
    body: html`# The shrinking force

The mission's last authorized ceilings were ${formatNumber(military.authorized)} soldiers and
${formatNumber(police.authorized)} police officers, first reported on ${formatDate(military.since.date)}
(${citation(military.since)}) and still given on ${formatDate(military.latest.date)}
(${citation(military.latest)}). No published series of its monthly strength could
be found for this report, so the chart below puts side by side the figures the UN, governments and
the press gave at the time, each with its source.
${strengthSection(context, f, "en")}
## The contingents that left

From 2022, one country after another announced that its troops or police would leave. The table
holds ${formatNumber(f.totals.contingents)} contingents from ${formatNumber(f.countries)} countries;
${formatNumber(f.completed)} ${f.completed === 1 ? "is" : "are"} recorded as gone, the others with the
departure their government planned or no date at all.
${contingentsSection(context, f, "en")}
## A "17% drop"?

The Le Monde article this report answers (June 2023) said that the withdrawals of contingents had
cut the mission's workforce by 17%. What these tables can say: the departing contingents listed
here add up to **${formatNumber(f.totals.all)}** uniformed personnel (${formatNumber(f.totals.military)} soldiers,
${formatNumber(f.totals.police)} police), which would be ${share(f.totals.all, f.uniformed.deployed)} of the
${formatNumber(f.uniformed.deployed)} uniformed personnel deployed in ${formatDate(f.reference)}
(${citation(f.uniformed)}). Counting soldiers only, ${formatNumber(f.totals.military)} is
${share(f.totals.military, f.military.deployed)} of ${formatNumber(f.military.deployed)}.

What they cannot say:

- **Dates differ.** The departures in the table are spread from 2022 to the end of 2023, on both
  sides of February 2023, and most of them are plans, not departures seen to happen.
- **Sizes are rounded.** Most are "about" figures from announcements, not the UN's own counts.
- **Replacements are not counted.** Other countries sent troops too; a drop in the workforce is a
  net figure, which would need the UN's monthly contributions by country, not available here.
- **The denominator is a choice.** Against all personnel, civilians included, or against the
  authorized ceiling, the same departures give other percentages.

The UN's deployment maps, as Geo-PKO codes them, add one thing and no count. They draw
${formatNumber(w.maps.countriesLast)} contributing countries on the maps of ${w.maps.to}, against
${formatNumber(w.maps.countriesFirst)} in ${w.maps.from}, and ${formatNumber(w.maps.departingDrawnLast)} of the
${formatNumber(w.maps.departing)} countries listed above are still drawn in ${w.maps.to}: a country counts as present
if any map of the year shows one of its units, so the maps see a contingent leave only the year
after it has gone. Their sizes are estimates from unit
symbols, not people ([the withdrawal](./withdrawal) shows them year by year).

So the tables can neither confirm nor refute the 17%: they show departures of the right order of
magnitude, with no definition that reproduces the figure exactly.

See also: [the toll](./) · [refused flights](./flights) · [the withdrawal](./withdrawal) · [the claims ledger](./claims)
`,
  };
};

export default forcePage;
