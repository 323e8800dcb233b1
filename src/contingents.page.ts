/*
 * The shrinking force, in every edition. Figures from src/components/figures/force.ts, held to
 * their reviewed values; words from the catalogues (forcePage.*).
 */
import { contingentsSection, strengthSection } from "./components/sections/force.js";
import { departureStatuses } from "../data-loaders/contingents.js";
import { inEdition } from "./components/i18n/editions.js";
import { formatter } from "./components/i18n/format.js";
import { curatedText } from "./components/i18n/curated-text.js";
import { statedNumber, statedPercent } from "./components/i18n/figure-words.js";
import { message, messagesUnder } from "./components/i18n/messages.js";
import { citation } from "./components/render/lists.js";
import { html } from "./components/render/markup.js";
import type { PageTemplate } from "./components/render/page.js";
import { sectionAnchor, seeAlso } from "./components/render/site-nav.js";

const forcePage: PageTemplate = (context, _params, locale) => {
  const f = context.story().force;
  const w = context.story().withdrawal;
  const { military, police } = f.ceilings;
  const format = formatter(locale);
  const words = messagesUnder(locale, "forcePage");
  const statuses = format.list(
    departureStatuses
      .filter((status) => f.byStatus[status] > 0)
      .map((status) =>
        message(locale, "forcePage.status", {
          written: format.cardinal(f.byStatus[status]),
          count: f.byStatus[status],
          status: status === "under way" ? "underWay" : status,
        }),
      ),
  );
  const contingents = format.cardinal(f.totals.contingents);
  return {
    title: words("title").source,
    body: html`# ${words("title")}

${words("intro", {
  soldiers: format.number(military.authorized),
  police: format.number(police.authorized),
  since: format.date(military.since.date),
  sinceCitation: citation(military.since, locale),
  latest: format.date(military.latest.date),
  latestCitation: citation(military.latest, locale),
})}
${strengthSection(context, f, locale)}
## ${words("leaving.heading")}

${words("leaving.text", {
  contingents: format.cardinal(f.totals.contingents + f.byStatus.suspended),
  countries: format.cardinal(f.countries),
  countriesCount: f.countries,
  statuses,
})}
${contingentsSection(context, f, locale)}
## ${words("drop.heading")}

${words("drop.text", {
  all: statedNumber(f.totals.all, f.totals.qualifier, locale),
  soldiers: statedNumber(f.totals.military, f.totals.militaryQualifier, locale),
  police: statedNumber(f.totals.police, f.totals.policeQualifier, locale),
  ofTotal: statedPercent(f.leavingOfTotal.percent, f.leavingOfTotal.qualifier, locale),
  total: statedNumber(f.total.deployed, f.total.qualifier, locale),
  reference: format.date(f.reference),
  statedBy: curatedText(f.total, "stated_by", locale),
  citation: citation(f.total, locale),
  ofCeilings: statedPercent(f.leavingOfCeilings.percent, f.leavingOfCeilings.qualifier, locale),
  ceilings: format.number(f.ceilingsTogether),
})}

${words("cannot.heading")}

- ${words("cannot.dates", { planned: format.cardinal(f.byStatus.planned), contingents })}
- ${words("cannot.sizes", { rounded: format.cardinal(f.roundedSizes), contingents })}
- ${words("cannot.replacements")}
- ${words("cannot.denominator")}

${words("maps", {
  countriesLast: format.number(w.maps.countriesLast),
  countriesFirst: format.number(w.maps.countriesFirst),
  from: String(w.maps.from),
  to: String(w.maps.to),
  departing: format.partOf(w.maps.departingDrawnLast, w.maps.departing, message(locale, "word.country"), message(locale, "word.countries")),
  drawnCount: w.maps.departingDrawnLast,
  withdrawalLink: sectionAnchor(inEdition("/contingents", locale), "/withdrawal", message(locale, "nav.withdrawal")),
})}

${words("conclusion")}

${seeAlso("/contingents", locale, ["/", "/flights", "/withdrawal", "/claims"])}
`,
  };
};

export default forcePage;
