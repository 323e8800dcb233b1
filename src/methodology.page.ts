/*
 * About the data: every published table with its contract, row count, origin and cleaning, and a
 * download of each; the sources; the corrections log; how to reproduce the report.
 */
import { html } from "./components/markup.js";
import { correctionsSection, republishers, sourcesByKindTable, sourcesList, tableSection } from "./components/methodology-page.js";
import type { PageTemplate } from "./components/page.js";

const methodologyPage: PageTemplate = (context) => {
  const describe = (name: string) => tableSection(context, name, "en");
  return {
    title: "About the data",
    toc: true,
    body: html`# About the data

Every figure in this report is computed from the files listed here:
data files published by the United Nations and by Uppsala University (Geo-PKO), each pinned by its
checksum, and tables compiled from
published reports, where every row names its source. Each table is published as it was used
by the charts, so anyone can check a number or reuse the work.

## How to cite

Cite the report as *MINUSMA: the end of the UN mission in Mali*, with the address of the page you
used, and the data as "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES)"
for the casualty figures, or by the source named in the row of a curated table for the others.

## Sources
${sourcesList("en")}
The curated tables below cite one published source per row (their \`source_url\` column, or
\`source_title\` for an article whose address is not known).

## How sources are chosen

Each row of a curated table cites the best source that could be found and says what kind it is:

- **\`primary\`**: the UN document itself, or the mission's, the UN's or a government's own
  statement. Wherever a row names a UN document, the page links its symbol to the document on the
  UN's own site (undocs.org), and shows separately any other page the figure was read in.
- **\`agency\`**: a wire agency's dispatch (AFP, Reuters, AP, dpa), named in the row's note when
  a news outlet carries it; the same dispatch on an aggregator's page is a republished report.
- **\`press\`**: a newspaper's or broadcaster's own reporting.
- **\`republished\`**: a page of a site that republishes other publishers' reports (${republishers("en")}). Such a row is kept only with a note that says whose report
  the page carries, or that the page does not name its first publisher; a row citing one of these
  sites under another kind is refused.
- **\`other\`**: anything else. Such a row is kept only with a note that says why nothing better
  was found; most are figures that a news site relays from a UN report whose own text was not
  found.

Document mirrors (Scribd, docslib), copies of Wikipedia and Wikipedia itself, content farms and
indexing proxies are never cited, whatever the kind. A source address is cited as the page's plain
address: without tracking or AMP parameters and without doubled slashes.
Links open the source's own page; where an editor has saved a copy in a web archive, the row
records it too (\`archive_url\`).
${sourcesByKindTable(context, "en")}

## The tables

The downloads are plain CSV, safe to open in a spreadsheet: a text cell that a spreadsheet would
take for a formula (one that starts with =, +, -, @, a tab or a carriage return, and is not a
number) is written with an apostrophe in front, which shows it as the text it is. No number is
changed.

### \`casualties\`: the people who died

${describe("casualties")}

### \`flights\`: authorizations not granted

${describe("flights")}

### \`strength\`: the mission's size

${describe("strength")}

### \`contingents\`: contingents that left, were to leave or suspended

${describe("contingents")}

### \`events\`: the timeline

${describe("events")}

### \`sites\`: the 13 sites held when the withdrawal began

${describe("sites")}

### \`withdrawal\`: the personnel who had left

${describe("withdrawal")}

### \`toll_statements\`: the toll as stated at the time

${describe("toll_statements")}

### \`deployments\`: where each mission was deployed

${describe("deployments")}

### \`deployment_contributors\`: who was deployed where

${describe("deployment_contributors")}

### \`missions\`: every mission compared

${describe("missions")}

### \`mission_reference\`: what each mission was

${describe("mission_reference")}

### \`claims\`: the claims ledger

<a href="./data/tables/claims.json" download>claims.json</a> (JSON: each claim with its source, its
definition, the computed value, the verdict and the alternatives, in both editions' words; and
the figures the story states). The [claims ledger](./claims) shows it as a page.

## Corrections

Every change to a figure the report had already published is logged here, with the date, the old
and new value, the reason and its source (<a href="./data/tables/corrections.csv" download>corrections.csv</a>).
${correctionsSection(context, "en")}
## Checking a copy

Every figure can be recomputed from the sources above, with the same result. The dates on these
pages come from the sources, never from the day the pages were published. The
<a href="./manifest.json" rel="external">list of files</a> (manifest.json) gives each source file and each
published file with its checksum (sha256), so that a copy of the report can be checked against the sources.
`,
  };
};

export default methodologyPage;
