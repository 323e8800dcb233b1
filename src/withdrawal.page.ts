/*
 * The withdrawal, in every edition. Figures from src/components/figures/withdrawal.ts, held to
 * their reviewed values; words from the catalogues (withdrawalPage.*).
 */
import { storyAnnotations } from "./components/charts/story-annotations.js";
import { formatter } from "./components/i18n/format.js";
import { curatedText } from "./components/i18n/curated-text.js";
import { statedDate, statedNumber, statedOn } from "./components/i18n/figure-words.js";
import { message, messagesUnder } from "./components/i18n/messages.js";
import { citation } from "./components/render/lists.js";
import { html } from "./components/render/markup.js";
import type { PageTemplate } from "./components/render/page.js";
import { sectionAnchor, seeAlso } from "./components/render/site-nav.js";
import { contributorsSection, personnelLeftSection, placesSection, sitesSection } from "./components/sections/withdrawal.js";
import { inEdition } from "./components/i18n/editions.js";

const withdrawalPage: PageTemplate = (context, _params, locale) => {
  const f = context.story().withdrawal;
  const { sites, left, maps } = f;
  const annotations = storyAnnotations(context, locale);
  const format = formatter(locale);
  const words = messagesUnder(locale, "withdrawalPage");
  const temporary = sites.total - sites.camps;
  return {
    title: words("title").source,
    body: html`# ${words("title")}

${words("intro", {
  total: format.number(sites.total),
  camps: format.cardinal(sites.camps),
  temporary: format.cardinal(temporary, { of: "base" }),
  temporaryCount: temporary,
  firstSite: curatedText(sites.first, "site", locale),
  firstOn: statedOn(sites.first.closed, sites.first.date_precision, locale),
  firstCitation: citation(sites.first, locale),
  closed: format.number(sites.closedIn2023),
  lastSite: curatedText(sites.last, "site", locale),
  lastDate: statedDate(sites.last.closed, sites.last.date_precision, locale),
  lastOn: statedOn(sites.last.closed, sites.last.date_precision, locale),
  lastCitation: citation(sites.last, locale),
})}
${sitesSection(context, f, locale)}
## ${words("left.heading")}

${words("left.text", {
  date: format.date(left.latest.date),
  personnel: statedNumber(left.latest.personnel, left.latest.qualifier, locale),
  statedBy: curatedText(left.latest, "stated_by", locale),
  citation: citation(left.latest, locale),
  toLeave: left.toLeave
    ? words("left.toLeave", { personnel: format.number(left.toLeave.personnel), citation: citation(left.toLeave, locale) })
    : "",
})}
${personnelLeftSection(context, f, locale)}

## ${words("places.heading")}

${words("places.text", {
  placesFirst: format.number(maps.placesFirst),
  placesLast: format.number(maps.placesLast),
  from: String(maps.from),
  to: String(maps.to),
})}
${placesSection(context, f, annotations, locale)}

## ${words("contributors.heading")}

${words("contributors.text", {
  countriesFirst: format.number(maps.countriesFirst),
  countriesLast: format.number(maps.countriesLast),
  from: String(maps.from),
  to: String(maps.to),
})}
${contributorsSection(context, f, annotations, locale)}

${words("maps.text", {
  departing: format.partOf(maps.departingDrawnLast, maps.departing, message(locale, "word.country"), message(locale, "word.countries")),
  drawnCount: maps.departingDrawnLast,
  to: String(maps.to),
  contingentsLink: sectionAnchor(inEdition("/withdrawal", locale), "/contingents", message(locale, "withdrawalPage.maps.contingentsLink")),
})}

${seeAlso("/withdrawal", locale, ["/contingents", "/claims", "/methodology"])}
`,
  };
};

export default withdrawalPage;
