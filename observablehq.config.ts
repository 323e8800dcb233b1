import { allMissions, missionsWithPages } from "./data-loaders/missions.js";
import { tidyCasualties } from "./data-loaders/tidy-cache.js";
import { devErrorsBanner } from "./src/components/client/dev-errors.js";
import { inEdition } from "./src/components/i18n/editions.js";
import { locales } from "./src/components/i18n/format.js";
import { missionPagePath } from "./src/components/metrics/missions.js";
import { reportPages } from "./src/components/render/site-nav.js";
import { emptyIcon } from "./scripts/build/page-head.js";
import { otherEditionPagePaths } from "./scripts/build/page-paths.js";

// Every page is a page loader (src/**/*.md.sh) printing Markdown rendered in Node (scripts/build/pages.ts).
// Everything a page needs is served from the site itself: no CDN, no web fonts, no telemetry.
export default {
  root: "src",
  output: process.env.REPORT_OUTPUT ?? "dist",
  // No site title: each page's title names the report in its own edition (src/components/render/page.ts),
  // where Framework would append the same English title to every page of every edition.
  // The pages carry their own navigation, in their edition (src/components/render/page.ts).
  pages: reportPages.en,
  pager: false,
  sidebar: false,
  // Null rather than left out: Framework's default footer carries the build's date, and a build
  // must not depend on the clock. The pages print their own header and footer. Null rather than
  // empty: Framework parses an empty header or footer for every page all the same.
  header: null,
  footer: null,
  // The root edition's pages in every other edition (/fr/flights, from src/[edition]/), and one page
  // per mission in the UN file, at /missions/<page name> and /fr/missions/<page name>.
  dynamicPaths: async function* () {
    yield* otherEditionPagePaths();
    const paths = missionsWithPages(allMissions((await tidyCasualties()).rows)).map(missionPagePath);
    for (const locale of locales) yield* paths.map((path) => inEdition(path, locale));
  },
  globalStylesheets: [],
  style: "style.css",
  search: false,
  // Links end in .html so that any static host serves them, with or without URL rewriting.
  preserveExtension: true,
  // Only the preview has a head of its own (its error banner); a build's pages get their head
  // (an empty icon, the language alternates, the security policy) after Framework, in
  // scripts/build/page-head.ts: a head here would be parsed three times for each of the 176 pages.
  head: process.env.DEV_ERRORS_URL ? emptyIcon + devErrorsBanner(process.env.DEV_ERRORS_URL) : null,
  interpreters: { ".ts": ["node", "--import", "tsx"] },
};
