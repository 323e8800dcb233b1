/*
 * About the data, in every edition: every published table with its contract, row count, origin and
 * cleaning, and a download of each; the sources; the corrections log; how to reproduce the report.
 * Words from the catalogues (methodologyPage.*).
 */
import { inEdition } from "./components/i18n/editions.js";
import { message, messagesUnder } from "./components/i18n/messages.js";
import { href, html, withCode, type Markup } from "./components/render/markup.js";
import { correctionsSection, republishers, sourcesByKindTable, sourcesList, tableSection } from "./components/sections/methodology.js";
import type { PageTemplate } from "./components/render/page.js";
import { relativeHref, sectionAnchor } from "./components/render/site-nav.js";

/** The published tables the page describes, in the order it describes them. */
const describedTables = [
  "casualties",
  "flights",
  "strength",
  "contingents",
  "events",
  "sites",
  "withdrawal",
  "toll_statements",
  "deployments",
  "deployment_contributors",
  "missions",
  "mission_reference",
] as const;

const methodologyPage: PageTemplate = (context, _params, locale) => {
  const page = inEdition("/methodology", locale);
  const words = messagesUnder(locale, "methodologyPage");
  const root = relativeHref(page, "/");
  const download = (file: string) => html`<a href="${href(`${root}data/tables/${file}`)}" download>${file}</a>`;
  const tableHeading = (table: string, what: Markup) => words("tableHeading", { table: withCode(`\`${table}\``), what });
  return {
    title: words("title").source,
    toc: true,
    body: html`# ${words("title")}

${words("intro")}

## ${words("cite.heading")}

${words("cite.text")}

## ${words("sources.heading")}
${sourcesList(locale)}
${words("sources.curated")}

## ${words("kinds.heading")}

${words("kinds.intro")}

- ${words("kinds.primary")}
- ${words("kinds.agency")}
- ${words("kinds.press")}
- ${words("kinds.republished", { republishers: republishers(locale) })}
- ${words("kinds.other")}

${words("kinds.never")}
${sourcesByKindTable(context, locale)}

## ${words("tables.heading")}

${words("tables.text")}
${describedTables.map(
  (table) => html`
### ${tableHeading(table, words(`table.${table}`))}

${tableSection(context, table, locale)}
`,
)}
### ${tableHeading("claims", words("table.claims"))}

${words("claims", { file: download("claims.json"), claimsLink: sectionAnchor(page, "/claims", message(locale, "methodologyPage.claimsLink")) })}

## ${words("corrections.heading")}

${words("corrections.text", { file: download("corrections.csv") })}
${correctionsSection(context, locale)}
## ${words("checking.heading")}

${words("checking.text", { manifest: html`<a href="${href(`${root}manifest.json`)}" rel="external">${message(locale, "methodologyPage.checking.manifest")}</a>` })}
`,
  };
};

export default methodologyPage;
