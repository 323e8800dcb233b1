/*
 * The claims ledger, in every edition: every claim with its definition, computed value and verdict
 * (src/components/claims/catalogue.ts), held to its reviewed value; words from the catalogues
 * (claimsPage.*).
 */
import { ledger, tollVariant, valueIn } from "./components/sections/claims.js";
import type { DefinitionKey } from "./components/claims/measures.js";
import { ABOUT_TOLERANCE, type Verdict } from "./components/claims/verdicts.js";
import { LE_MONDE } from "./components/claims/catalogue.js";
import { formatter } from "./components/i18n/format.js";
import { messagesUnder } from "./components/i18n/messages.js";
import { html } from "./components/render/markup.js";
import type { PageTemplate } from "./components/render/page.js";
import { seeAlso } from "./components/render/site-nav.js";
import { statementsChart, statementsFinding, statementsLead, statementsLimits, statementsTable } from "./components/sections/statements.js";

const claimsPage: PageTemplate = (context, _params, locale) => {
  const { claims } = context.ledger();
  const statements = context.story().statements;
  const format = formatter(locale);
  const words = messagesUnder(locale, "claimsPage");
  const count = (verdict: Verdict) => format.cardinal(claims.filter((c) => c.verdict === verdict).length, { of: "claim" });
  const tolls = claims.find((c) => c.id === "reuters-303-killed");
  const variant = (definition: DefinitionKey) => tollVariant(claims, definition, locale);
  // The article's dates the ledger tests; its other dates (a speech, a report) are not claims about the data.
  const articleDates = claims.filter((c) => c.claimant === LE_MONDE && c.stated.kind === "date").length;
  if (!tolls?.primary) throw new Error("the claims ledger has no computed value for the claim reuters-303-killed");
  return {
    title: words("title").source,
    body: html`# ${words("heading")}

${words("intro", {
  articleDates: format.cardinal(articleDates, { of: "date" }),
  claims: format.number(claims.length),
  matches: count("matches"),
  differs: count("differs"),
  uncheckable: count("not checkable with the data at hand"),
})}

${words("method", { tolerance: format.share(ABOUT_TOLERANCE) })}

${words("wording")}
${ledger(claims, locale)}
## ${words("why187.heading")}

${statementsLead(statements, locale)} ${statementsFinding(statements, locale)}
${statementsChart(context, statements, locale)}
${statementsTable(statements, locale)}
${statementsLimits[locale]}

## ${words("tolls.heading")}

${words("tolls.text", {
  all: valueIn(tolls.primary.value, locale),
  malicious: variant("toll.allMalicious"),
  military: variant("toll.militaryAllCauses"),
  militaryMalicious: variant("toll.militaryMalicious"),
})}

${seeAlso("/claims", locale, ["/", "/flights", "/contingents"])}
`,
  };
};

export default claimsPage;
