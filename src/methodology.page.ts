/*
 * About the data: every published table with its contract, row count, origin and cleaning, and a
 * download of each; the sources; the corrections log; how to reproduce the report.
 */
import { sources } from "../data-loaders/sources.js";
import { correctionsLog, tableDescription } from "./components/data-docs.js";
import { documentedTables } from "./components/figures/tables.js";
import { formatDate, formatNumber } from "./components/format.js";
import { block, href, html, type Markup } from "./components/markup.js";
import type { PageTemplate } from "./components/page.js";

const methodologyPage: PageTemplate = (context) => {
  const tables = documentedTables(context.casualties(), context.tables(), context.corrections().length);
  const describe = (name: string): Markup => {
    const table = tables.find((t) => t.name === name);
    if (!table) throw new Error(`the methodology page describes no table named ${name}`);
    return html`<a href="./data/tables/${name}.csv" download>${name}.csv</a>
${tableDescription(table)}`;
  };
  return {
    title: "About the data",
    toc: true,
    body: html`# About the data

Every figure in this report is computed, when the report is built, from the files listed here:
one file published by the United Nations, pinned by its checksum, and tables this project wrote
from published reports, where every row names its source. Each table is published as it was used
by the charts, so anyone can check a number or reuse the work.

## How to cite

Cite the report as *MINUSMA: the end of the UN mission in Mali*, with the address of the page you
used, and the data as "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES)"
for the casualty figures, or by the source named in the row of a curated table for the others.
Each edition of the site carries a <a href="./manifest.json" rel="external">manifest</a> that lists the checksum
of every input and of every published file.

## Sources
${block(html`<ul>${Object.values(sources).map((s) => html`<li><a href="${href(s.datasetPage)}">${s.title}</a>, ${s.publisher}. Copy retrieved ${formatDate(s.retrieved)}; pinned by sha256 <code>${s.sha256}</code> (${formatNumber(s.bytes)} bytes). Licence: ${s.licence}</li>`)}</ul>`)}
The curated tables below cite one published source per row (their \`source_url\` column).

## The tables

### casualties: the people who died

${describe("casualties")}

### flights: authorizations refused

${describe("flights")}

### strength: the mission's size

${describe("strength")}

### contingents: the contingents that left

${describe("contingents")}

### events: the timeline

${describe("events")}

### missions: every mission compared

${describe("missions")}

### claims: the claims ledger

<a href="./data/tables/claims.json" download>claims.json</a> (JSON: each claim with its source, its
definition, the computed value, the verdict and the alternatives; and the figures the story
states). The [claims ledger](./claims) shows it as a page.

## Corrections

When a change to the data or the code moves a figure the report had already published, the build
stops until an editor has looked at it; the change is then logged here, with the date, the old
and new value and the reason (<a href="./data/tables/corrections.csv" download>corrections.csv</a>).
${correctionsLog(context.corrections())}
${tableDescription(tables.find((t) => t.name === "corrections")!)}
## Reproducing the report

The code is in the project's repository. With the UN file beside it, \`npm ci && npm run build\`
makes this site again, byte for byte: two builds from the same commit and the same pinned files
write identical files (a test checks it). Times written into the site come from the inputs
(\`SOURCE_DATE_EPOCH\` if set, otherwise the day the data was retrieved), never from the clock.
The manifest lists each input (path and sha256) and each published file (path and sha256), so a
published copy can be checked against the sources.
`,
  };
};

export default methodologyPage;
