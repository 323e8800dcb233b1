/*
 * Flight authorizations not granted. Figures from src/components/figures/flights.ts, held to their reviewed values.
 */
import { flightRows, flightsChart } from "./components/flights-page.js";
import { capitalize, formatNumber, formatShare, formatter } from "./components/format.js";
import { deniedWords, statedDate, statedPeriod } from "./components/i18n/figure-words.js";
import type { FlightRefusal } from "./components/metrics/flights.js";
import { attributedCitation, citation } from "./components/lists.js";
import { html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";

const flightsPage: PageTemplate = (context) => {
  const f = context.story().flights;
  const { latest, earlier, withDrones, first, grounding } = f;
  // What the periods' counts hold, each kind once, in the order of the periods.
  const countWords = [...new Set(f.refusals.map((row) => deniedWords.en[row.denied_counts]))];
  const withoutRequests = f.refusals.filter((row) => row.requested === null).length;
  const fromTo = (row: FlightRefusal) => statedPeriod(row.period_start, row.period_end, row.date_precision, "en", { words: true });
  return {
    title: "Flight authorizations not granted",
    body: html`# Grounded: the flight authorizations Mali did not grant

A UN mission spread across northern and central Mali moves by air: troops, supplies, medical
evacuations, and the drones that watch the routes its convoys take. The first restriction on its
flights in the timeline dates from ${statedDate(grounding.date, grounding.date_precision, "en")}: ${grounding.event.replace(/\.$/, "")}
(${citation(grounding)}). The Secretary-General's quarterly reports count the authorizations
refused, or refused or left unanswered; the table holds their counts from ${formatter("en").date(first.period_start.slice(0, 7))} on.

${capitalize(fromTo(latest))}, the mission asked for **${formatNumber(latest.requested)}** flight
authorizations and did not obtain **${formatNumber(latest.denied)}** of them, ${formatShare(latest.share)}:
by the count of ${latest.stated_by} (${citation(latest)}). In the quarter before, ${fromTo(earlier)}, it had asked
for ${formatNumber(earlier.requested)}, and ${formatNumber(earlier.denied)} had been ${deniedWords.en[earlier.denied_counts]}, ${formatShare(earlier.share)},
according to ${attributedCitation(earlier, "en")}${withDrones ? html`, and ${formatNumber(withDrones.drone_denied)} of those refusals concerned the surveillance drones (${citation({ report: withDrones.report, source_url: withDrones.drone_source_url!, source_kind: withDrones.drone_source_kind })})` : ""}.
The first count in this table, ${fromTo(first)}, gives ${formatNumber(first.denied)} requests ${deniedWords.en[first.denied_counts]}
without saying how many were made, according to ${attributedCitation(first, "en")}.
${flightsChart(context, f, "en")}
## What the counts leave out

The reports do not use one definition from quarter to quarter: the counts here are of requests
${formatter("en").list(countWords)}, each as its source words it, and ${formatter("en").count(withoutRequests, "count gives", "counts give")}
no number of requests. The periods do not join end to end, and the reports between January and October 2022
are not in the table because no published account of their figures was found.
Every row keeps the wording of its source in its note:
${flightRows(context, "en")}
See also: [the toll](./) · [the shrinking force](./contingents) · [the claims ledger](./claims)
`,
  };
};

export default flightsPage;
