/*
 * Flight authorizations not granted, in every edition. Figures from src/components/figures/flights.ts,
 * held to their reviewed values; words from the catalogues (flightsPage.*).
 */
import { flightRows, flightsChart } from "./components/sections/flights.js";
import { capitalize, formatter, quoted } from "./components/i18n/format.js";
import { curatedClause } from "./components/i18n/curated-text.js";
import { deniedWords, statedDate, statedPeriod } from "./components/i18n/figure-words.js";
import { messagesUnder } from "./components/i18n/messages.js";
import type { FlightRefusal } from "./components/metrics/flights.js";
import { attributedCitation, citation } from "./components/render/lists.js";
import { html } from "./components/render/markup.js";
import type { PageTemplate } from "./components/render/page.js";
import { seeAlso } from "./components/render/site-nav.js";

const flightsPage: PageTemplate = (context, _params, locale) => {
  const f = context.story().flights;
  const { latest, earlier, withDrones, first, grounding } = f;
  const format = formatter(locale);
  const words = messagesUnder(locale, "flightsPage");
  const denied = deniedWords[locale];
  // What the periods' counts hold, each kind once, in the order of the periods.
  const countWords = [...new Set(f.refusals.map((row) => denied[row.denied_counts]))];
  const withoutRequests = f.refusals.filter((row) => row.requested === null).length;
  const period = (row: FlightRefusal) => statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { words: true });
  const drones = withDrones
    ? words("drones", {
        denied: format.number(withDrones.drone_denied),
        citation: citation(
          { report: withDrones.report, source_url: withDrones.drone_source_url!, source_kind: withDrones.drone_source_kind },
          locale,
        ),
      })
    : "";
  return {
    title: words("title").source,
    body: html`# ${words("heading")}

${words("intro", {
  date: statedDate(grounding.date, grounding.date_precision, locale),
  event: curatedClause(grounding, "event", locale),
  citation: citation(grounding, locale),
  firstMonth: format.date(first.period_start.slice(0, 7)),
})}

${words("latest", {
  period: capitalize(period(latest)),
  requested: format.number(latest.requested),
  denied: format.number(latest.denied),
  share: format.share(latest.share),
  attributed: attributedCitation(latest, locale),
  earlierPeriod: period(earlier),
  earlierRequested: format.number(earlier.requested),
  earlierDenied: format.number(earlier.denied),
  earlierCounts: denied[earlier.denied_counts],
  earlierShare: format.share(earlier.share),
  earlierAttributed: attributedCitation(earlier, locale),
  drones,
})}
${words("first", {
  period: period(first),
  denied: format.number(first.denied),
  counts: denied[first.denied_counts],
  attributed: attributedCitation(first, locale),
})}
${flightsChart(context, f, locale)}
## ${words("leftOut.heading")}

${words("leftOut.text", {
  countWords: format.list(countWords.map((words) => quoted(words, locale))),
  withoutRequests: format.number(withoutRequests),
  withoutRequestsCount: withoutRequests,
})}
${flightRows(context, locale)}
${seeAlso("/flights", locale, ["/", "/contingents", "/claims"])}
`,
  };
};

export default flightsPage;
