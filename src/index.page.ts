/*
 * The toll: the story's first page, in every edition. Its figures come from
 * src/components/figures/toll.ts, held to their reviewed values; every number below is printed
 * from them. Words from the catalogues (tollPage.*, cause.*).
 */
import { unDocumentUrl } from "../data-loaders/source-policy.js";
import { sources } from "../data-loaders/sources.js";
import { inEdition, type Locale } from "./components/i18n/editions.js";
import { STORY_MISSION } from "./components/figures/toll.js";
import { capitalize, formatter } from "./components/i18n/format.js";
import { theMissionIn } from "./components/i18n/mission-names.js";
import { isMessageKey, message, messagesUnder, type MessageKey } from "./components/i18n/messages.js";
import { cite, citation, timeline } from "./components/render/lists.js";
import { block, href, html, type Markup } from "./components/render/markup.js";
import { missionPagePath } from "./components/metrics/missions.js";
import type { PageContext, PageTemplate } from "./components/render/page.js";
import { relativeHref, sectionAnchor } from "./components/render/site-nav.js";
import { statementsChart, statementsFinding } from "./components/sections/statements.js";
import { tollCharts } from "./components/sections/toll.js";
import { publisherIn, sourceLinkIn } from "./components/sections/methodology.js";

/** The deaths not from malicious acts, each of the UN's categories that has any, most first. */
function otherCausesSentence(otherCauses: Record<string, number>, locale: Locale): Markup {
  const words = messagesUnder(locale, "tollPage");
  const format = formatter(locale);
  const causes = Object.entries(otherCauses).sort(([, a], [, b]) => b - a);
  if (causes.length === 0) return words("noOtherCause");
  const phrases = causes.map(([category, count]) => {
    const key = `cause.${category}`;
    if (!isMessageKey(key)) throw new Error(`the catalogues have no wording (${key}) for the UN's incident type "${category}"`);
    return message(locale, "tollPage.cause", { phrase: message(locale, key), count: format.cardinal(count) });
  });
  return words("otherCauses", { causes: format.list(phrases) });
}

/** The headline, the toll and its charts: from the UN file alone. */
function tollSection(context: PageContext, locale: Locale): Markup {
  const f = context.story().toll;
  const format = formatter(locale);
  const words = messagesUnder(locale, "tollPage");
  return html`# ${words("heading", { mission: f.mission, years: format.number(f.years), all: format.number(f.all) })}

<p class="lede">${words("lede", { isFirst: f.rankMalicious === 1 ? "yes" : "no", rank: format.rank(f.rankMalicious) })}</p>

${words("intro", {
  period: words("period", {
    start: format.date(f.firstDate),
    end: format.date(f.lastDate),
    fromTo: capitalize(format.fromTo(f.firstDate, f.lastDate)),
  }),
  all: format.number(f.all),
  malicious: format.number(f.malicious),
  share: format.share(f.maliciousShare),
  otherCauses: otherCausesSentence(f.otherCauses, locale),
})}

${words("rank", {
  year: String(f.deadliest.year),
  yearAll: format.number(f.deadliest.all),
  yearMalicious: format.number(f.deadliest.malicious),
  missions: format.number(f.missions),
  mission: theMissionIn(f.mission, locale),
  rank: format.rank(f.rankMalicious),
  next: theMissionIn(f.nextByMalicious.mission, locale),
  nextFatalities: format.number(f.nextByMalicious.fatalities),
  rankAll: format.rank(f.rankAll),
  after:
    f.rankAll > 1
      ? words("after", {
          mission: theMissionIn(f.deadliestMission.mission, locale),
          fatalities: format.number(f.deadliestMission.fatalities),
        })
      : "",
})}

${words("mandate", {
  pressRelease: cite("https://press.un.org/en/2023/sc15325.doc.htm", message(locale, "tollPage.pressRelease")),
  resolution: citation({ report: "S/RES/2690 (2023)", source_url: unDocumentUrl("S/RES/2690 (2023)") }, locale),
})}
${tollCharts(context, locale)}
`;
}

const tollPage: PageTemplate = (context, _params, locale) => {
  const page = inEdition("/index", locale);
  const format = formatter(locale);
  const words = messagesUnder(locale, "tollPage");
  const link = (to: string, key: MessageKey, fragment = "") => sectionAnchor(page, to, message(locale, key), fragment);
  return {
    title: words("title").source,
    // Each part fails on its own in the preview: a bad timeline row leaves the toll in place.
    body: html`${context.part("the toll", () => tollSection(context, locale))}
## ${words("told.heading")}

${words("told.text", { ledgerLink: link("/claims", "tollPage.told.ledgerLink", "#claim-soldiers-killed-187") })}
${context.part("the toll as it was told", () => {
  const f = context.story().statements;
  return html`${statementsFinding(f, locale)} ${words("told.why187", {
    why187Link: link("/claims", "claimsPage.why187.heading", `#${message(locale, "claimsPage.why187.anchor")}`),
  })}
${statementsChart(context, f, locale)}`;
})}
## ${words("timeline.heading")}

${words("timeline.text", {
  flightsLink: link("/flights", "tollPage.timeline.flightsLink"),
  contingentsLink: link("/contingents", "seeAlso.contingents"),
  claimsLink: link("/claims", "tollPage.timeline.claimsLink"),
  missionLink: sectionAnchor(
    page,
    missionPagePath(STORY_MISSION),
    message(locale, "tollPage.timeline.missionLink", { mission: theMissionIn(STORY_MISSION, locale) }),
  ),
  missionsLink: link("/missions/", "tollPage.timeline.missionsLink"),
})}
${context.part("timeline", () => block(html`<div class="timeline-wrap">${timeline(context.events(), locale)}</div>`))}
## ${words("counted.heading")}

${words("counted.text", {
  file: html`<a href="${href(`${relativeHref(page, "/")}data/tables/casualties.csv`)}" download>casualties.csv</a>`,
})}

## ${words("sources.heading")}
${block(
  html`<ul>${Object.values(sources).map(
    (s) =>
      html`<li>${words("sources.item", {
        title: sourceLinkIn(s, locale),
        publisher: publisherIn(s, locale),
        date: format.date(s.retrieved),
        pinnedLink: link("/methodology", "tollPage.sources.pinnedLink", "#sources"),
      })}</li>`,
  )}</ul>`,
)}
`,
  };
};

export default tollPage;
