/*
 * The claims ledger: every claim with its definition, computed value and verdict
 * (src/components/claims/catalogue.ts), held to its reviewed value.
 */
import { ledger, tollVariant, valueIn } from "./components/claims-page.js";
import { ABOUT_TOLERANCE, type Verdict } from "./components/claims/verdicts.js";
import { LE_MONDE } from "./components/claims/catalogue.js";
import { formatNumber, formatShare } from "./components/format.js";
import { html } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";
import { statementsChart, statementsFinding, statementsLead, statementsLimits, statementsTable } from "./components/statements-section.js";

const claimsPage: PageTemplate = (context) => {
  const { claims } = context.ledger();
  const count = (verdict: Verdict) => formatNumber(claims.filter((c) => c.verdict === verdict).length);
  const tolls = claims.find((c) => c.id === "reuters-303-killed");
  const variant = (definition: string) => tollVariant(claims, definition, "en");
  // The article's dates the ledger tests; its other dates (a speech, a report) are not claims about the data.
  const articleDates = claims.filter((c) => c.claimant === LE_MONDE && c.stated.kind === "date").length;
  if (!tolls?.primary) throw new Error("the claims ledger has no computed value for the claim reuters-303-killed");
  return {
    title: "Claims ledger",
    body: html`# Checking the claims

The report answers an article Le Monde published in June 2023, when Mali asked the UN to take
its mission away. This ledger takes the article's counts of the toll, the force, the flights, the
inquiries and the dead of Moura, ${formatNumber(articleDates)} of its dates, and the competing figures other outlets
printed, and tests each against the report's tables. The article's other figures and dates are not
tested: the 16 months since Mali demanded that France's soldiers leave, the August 2020 coup,
the 16 June request, the two expulsions, the speeches and the reports it cites. Of ${formatNumber(claims.length)} claims,
**${count("matches")}** match the data, **${count("differs")}** differ from it, and
**${count("not checkable with the data at hand")}** cannot be checked with the data at hand.

Each claim is tested with one definition chosen from its wording before the value is computed
("soldiers" are the UN's military personnel; "about" allows ${formatShare(ABOUT_TOLERANCE)}
either way). Other reasonable definitions are listed beside it with their distance from the
claim; they never replace the first one to make a claim match. A verdict rests only on a source
independent of the claim: a figure the tables hold only as the article reported it cannot check
the article. Open a claim to see how it was computed and the source its verdict rests on.

**The words of the claims.** Le Monde's claims are quoted from the article's English edition; where
the article attributes a figure to someone ("notes the UN in its latest report"), the ledger says
so, and the attribution is the article's. The other outlets' claims are summarized in English: Reuters'
from its French service's dispatch, which the French edition quotes, and those of the Associated Press
and military.africa from their English.
${ledger(claims, "en")}
## Why 187

${statementsLead(context.story().statements)} ${statementsFinding(context.story().statements)}
${statementsChart(context, context.story().statements)}
${statementsTable(context.story().statements)}
${statementsLimits.en}

## Why published tolls differ

The same file gives very different tolls depending on who is counted and how they died. Up to
the day Mali asked the mission to leave, the UN's file as it stands today counts ${valueIn(tolls.primary.value, "en")} deaths among all its
personnel in Mali; ${variant("all personnel, malicious acts")} of them in malicious acts;
${variant("military personnel, all causes")} among military personnel, and
${variant("military personnel, malicious acts")} military personnel killed in malicious acts.
A reporter who writes "peacekeepers killed" may mean any of these. Dates move the count too: the
edition of the UN's file used here carries an update stamp of April 2025, 2 years after the
figures printed in 2023, so the two need not agree even with the same definition if rows were
added or reclassified in between.

See also: [the toll](./) · [flight authorizations not granted](./flights) · [the shrinking force](./contingents)
`,
  };
};

export default claimsPage;
