/*
 * The claims ledger: every claim with its definition, computed value and verdict
 * (src/components/claims/catalogue.ts), held to its reviewed value.
 */
import { ABOUT_TOLERANCE, type ClaimEntry, type Verdict } from "./components/claims/verdicts.js";
import { formatNumber, formatShare } from "./components/format.js";
import { cite, hostOf } from "./components/lists.js";
import { block, html, type Markup } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";
import { dataTable } from "./components/static-table.js";
import { statementsChart, statementsFinding, statementsLead, statementsLimits, statementsTable } from "./components/statements-section.js";

const verdictClass: Record<Verdict, string> = {
  matches: "verdict-matches",
  differs: "verdict-differs",
  "not checkable with the data at hand": "verdict-unchecked",
};

const value = (v: number | string) => (typeof v === "number" ? formatNumber(v) : v);

function stated(c: ClaimEntry): string {
  if (c.stated.kind === "date") return c.stated.value;
  const qualifier = c.stated.qualifier === "exactly" ? "" : `${c.stated.qualifier} `;
  const unit = c.stated.unit === "%" ? "%" : ` ${c.stated.unit}`;
  return `${qualifier}${formatNumber(c.stated.value)}${unit}`;
}

function details(c: ClaimEntry): [string, Markup | string][] {
  return [
    ["Stated", stated(c)],
    ["Definition", c.primary ? c.primary.definition : "none: the tables hold nothing that measures this claim"],
    ...(c.primary
      ? ([
          ["Computation", c.primary.computation],
          ["Computed", html`<strong>${value(c.primary.value)}</strong>`],
        ] as [string, Markup | string][])
      : []),
    ["Explanation", c.explanation],
    [
      "Sources",
      html`${c.source_url ? html`${cite(c.source_url, `${c.claimant} (${hostOf(c.source_url)})`)}. ` : ""}${c.source_note}${
        c.primary?.source_url ? html` Figure compared: ${cite(c.primary.source_url)}.` : ""
      }${c.data_sources.length ? ` Tables: ${c.data_sources.join("; ")}.` : ""}`,
    ],
  ];
}

function claimEntry(c: ClaimEntry): Markup {
  const alternatives = c.alternatives.length
    ? dataTable(
        c.alternatives,
        [
          { header: "Definition", value: (a) => html`${a.definition}${a.source_url ? html` (${cite(a.source_url)})` : ""}` },
          { header: "Value", value: (a) => value(a.value), numeric: true },
          {
            header: "Against the claim",
            value: (a) =>
              a.difference === null || a.relative === null
                ? ""
                : `${a.difference > 0 ? "+" : ""}${formatNumber(a.difference)}${c.stated.kind === "number" && c.stated.unit === "%" ? " points" : ""} (${formatShare(a.relative, { digits: 1 })})`,
            numeric: true,
          },
        ],
        { caption: "Other definitions" },
      )
    : "";
  return html`<details class="claim" id="claim-${c.id}">
<summary><span class="verdict ${verdictClass[c.verdict]}">${c.verdict}</span> <span class="claimant">${c.claimant}, ${c.date}</span> <span class="claim-text">${c.claim}</span></summary>
<dl>${details(c).map(([term, text]) => html`<div class="claim-row"><dt>${term}</dt><dd>${text}</dd></div>`)}</dl>
${alternatives}
</details>
`;
}

const claimsPage: PageTemplate = (context) => {
  const { claims } = context.ledger();
  const count = (verdict: Verdict) => formatNumber(claims.filter((c) => c.verdict === verdict).length);
  const tolls = claims.find((c) => c.id === "reuters-303-killed");
  const variant = (definition: string) => {
    const found = tolls?.alternatives.find((a) => a.definition === definition);
    if (!found) throw new Error(`the claims ledger has no toll "${definition}" for the claim reuters-303-killed`);
    return value(found.value);
  };
  if (!tolls?.primary) throw new Error("the claims ledger has no computed value for the claim reuters-303-killed");
  return {
    title: "Claims ledger",
    body: html`# Checking the claims

The report answers an article Le Monde published in June 2023, when Mali asked the UN to take
its mission away. This ledger takes each figure the article states, and the competing figures
other outlets printed, and tests it against the report's tables. Of ${formatNumber(claims.length)} claims,
**${count("matches")}** match the data, **${count("differs")}** differ from it, and
**${count("not checkable with the data at hand")}** cannot be checked with the data at hand.

Each claim is tested with one definition chosen from its wording before the value is computed
("soldiers" are the UN's military personnel; "about" allows ${formatShare(ABOUT_TOLERANCE)}
either way). Other reasonable definitions are listed beside it with their distance from the
claim; they never replace the first one to make a claim match. Open a claim to see how it was
computed.
${block(html`<div class="ledger">\n${claims.map(claimEntry)}</div>`)}
## Why 187

${statementsLead(context.story().statements)} ${statementsFinding(context.story().statements)}
${statementsChart(context, context.story().statements)}
${statementsTable(context.story().statements)}
${statementsLimits}

## Why published tolls differ

The same file gives very different tolls depending on who is counted and how they died. Up to
the day Mali asked the mission to leave, the UN recorded ${value(tolls.primary.value)} deaths among all its
personnel in Mali; ${variant("all personnel, malicious acts")} of them in malicious acts;
${variant("military personnel, all causes")} among military personnel, and
${variant("military personnel, malicious acts")} military personnel killed in malicious acts.
A reporter who writes "peacekeepers killed" may mean any of these. Dates move the count too: the
copy of the UN's file this report uses carries an update stamp of April 2025, two years after the
figures printed in 2023, so the two need not agree even with the same definition if rows were
added or reclassified in between.

See also: [the toll](./) · [refused flights](./flights) · [the shrinking force](./contingents)
`,
  };
};

export default claimsPage;
