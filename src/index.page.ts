/*
 * The toll: the story's first page. Its figures come from src/components/figures/toll.ts, held to
 * their reviewed values; every number below is printed from them.
 */
import { unDocumentUrl } from "../data-loaders/source-policy.js";
import { sources } from "../data-loaders/sources.js";
import { STORY_MISSION } from "./components/figures/toll.js";
import { formatDate, formatList, formatNumber, formatOrdinal, formatShare } from "./components/format.js";
import { cite, citation, timeline } from "./components/lists.js";
import { block, href, html, type Markup } from "./components/markup.js";
import { missionPagePath } from "./components/metrics/missions.js";
import type { PageContext, PageTemplate } from "./components/page.js";
import { statementsChart, statementsFinding } from "./components/statements-section.js";
import { tollCharts } from "./components/toll-page.js";

/** How the UN's other categories of death read in a sentence. */
const causePhrases: Record<string, string> = {
  Accident: "in accidents",
  Illness: "of illness",
  "Self-Inflicted": "of causes the UN lists as self-inflicted",
  "To Be Determined": "of causes still to be determined",
  Unknown: "of causes the UN records as unknown",
};

/** The deaths not from malicious acts, each of the UN's categories that has any, most first. */
function otherCausesSentence(otherCauses: Record<string, number>): string {
  const causes = Object.entries(otherCauses).sort(([, a], [, b]) => b - a);
  if (causes.length === 0) return "No death is recorded from any other cause.";
  const phrases = causes.map(([category, count]) => {
    const phrase = causePhrases[category];
    if (!phrase) throw new Error(`the story has no wording for the UN's incident type "${category}"`);
    return `${phrase} (${formatNumber(count)})`;
  });
  return `The rest died ${formatList(phrases)}.`;
}

/** The headline, the toll and its charts: from the UN file alone. */
function tollSection(context: PageContext): Markup {
  const f = context.story().toll;
  const lede =
    f.rankMalicious === 1
      ? html`No UN mission on record lost more of its people to deliberate attacks than the one in Mali.`
      : html`The UN's mission in Mali ranks ${formatOrdinal(f.rankMalicious)} among all its missions for people lost to deliberate attacks.`;
  return html`# ${f.mission}: ${f.years} years, ${formatNumber(f.all)} dead

<p class="lede">${lede}</p>

Between ${formatDate(f.firstDate)} and ${formatDate(f.lastDate)}, the United Nations recorded
**${formatNumber(f.all)} deaths** among the soldiers, police officers and civilian staff of its
Multidimensional Integrated Stabilization Mission in Mali. **${formatNumber(f.malicious)}** of them
(${formatShare(f.maliciousShare)}) were killed by what the UN classes as malicious acts, that is,
deliberate attacks. ${otherCausesSentence(f.otherCauses)}

The deadliest calendar year was ${f.deadliest.year}, with ${formatNumber(f.deadliest.all)} deaths,
${formatNumber(f.deadliest.malicious)} of them from attacks. Across the ${formatNumber(f.missions)} missions, offices and other
entries in the UN's file, going back to 1948, ${f.mission} ranks **${formatOrdinal(f.rankMalicious)}** for deaths
from malicious acts, ahead of ${f.nextByMalicious.mission} (${formatNumber(f.nextByMalicious.fatalities)}).
Counting every cause of death, it ranks ${formatOrdinal(f.rankAll)}${f.rankAll > 1 ? html`, after ${f.deadliestMission.mission} (${formatNumber(f.deadliestMission.fatalities)})` : ""}.

On 16 June 2023 Mali's foreign minister asked the Security Council to withdraw the mission
without delay (${cite("https://press.un.org/en/2023/sc15325.doc.htm", "the UN's press release on that meeting")}).
On 30 June the Council ended the mandate with resolution 2690 and gave the mission until
31 December 2023 to leave (${citation({ report: "S/RES/2690 (2023)", source_url: unDocumentUrl("S/RES/2690 (2023)") })}, the resolution's text).
${tollCharts(context, "en")}
`;
}

const tollPage: PageTemplate = (context) => ({
  title: "The toll",
  // Each part fails on its own in the preview: a bad timeline row leaves the toll in place.
  body: html`${context.part("the toll", () => tollSection(context))}
## The toll as it was told

Le Monde wrote of 187 soldiers killed in ten years, a figure the UN file does not give (the
[claims ledger](./claims#claim-soldiers-killed-187) shows what it gives instead).
${context.part("the toll as it was told", () => {
  const f = context.story().statements;
  return html`${statementsFinding(f)} [Why 187](./claims#why-187), on the claims page, lists every
statement and says what the comparison can and cannot show.
${statementsChart(context, f)}`;
})}
## Timeline

From the crisis of 2012 to the end of the drawdown, each event with its source. The mission's
last years are the subject of 2 more pages: [the flight authorizations Mali did not grant](./flights) and
[the shrinking force](./contingents). [The claims ledger](./claims) checks the figures printed
about the mission against these tables. The same analysis of the toll exists for
[${STORY_MISSION} on its own page](.${missionPagePath(STORY_MISSION)}) and for [every other mission](./missions/).
${context.part("timeline", () => block(html`<div class="timeline-wrap">${timeline(context.events())}</div>`))}
## How these numbers are counted

One row of the UN's file is one person who died while serving with a UN mission. The report
counts people, not rows: a row that repeats a casualty id already seen is dropped. Years are the
calendar years of the incident. "Malicious act" is the UN's own category; deaths it still lists as
"to be determined" are not counted as attacks. The table these figures are computed from, one row
per person, is published with the report: <a href="./data/tables/casualties.csv" download>casualties.csv</a>
(the UN's file, checked and tidied as described here).

## Sources
${block(html`<ul>${Object.values(sources).map((s) => html`<li><a href="${href(s.datasetPage)}">${s.title}</a>, ${s.publisher}. Copy retrieved ${formatDate(s.retrieved)}; <a href="./methodology#sources">how it is pinned</a>.</li>`)}</ul>`)}
`,
});

export default tollPage;
