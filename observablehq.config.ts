import { allMissions, missionsWithPages } from "./data-loaders/missions.js";
import { tidyCasualties } from "./data-loaders/tidy-cache.js";
import { devErrorsBanner } from "./src/components/dev-errors.js";
import { missionPagePath } from "./src/components/metrics/missions.js";
import { reportPages } from "./src/components/site-nav.js";

// Every page is a page loader (src/**/*.md.sh) printing Markdown rendered in Node (scripts/build/pages.ts).
// Everything a page needs is served from the site itself: no CDN, no web fonts, no telemetry.
export default {
  root: "src",
  output: process.env.REPORT_OUTPUT ?? "dist",
  title: "MINUSMA: the end of the UN mission in Mali",
  // For Framework's previous/next links; the pages carry their own navigation (src/components/page.ts).
  pages: reportPages,
  sidebar: false,
  // Empty rather than left out: Framework's default footer carries the build's date, and a build
  // must not depend on the clock. The pages print their own header and footer.
  header: "",
  footer: "",
  // One page per mission in the UN file, at /missions/<page name>.
  dynamicPaths: async function* () {
    yield* missionsWithPages(allMissions((await tidyCasualties()).rows)).map(missionPagePath);
  },
  globalStylesheets: [],
  style: "style.css",
  search: false,
  // Links end in .html so that any static host serves them, with or without URL rewriting.
  preserveExtension: true,
  // An empty icon: otherwise browsers ask the host root for /favicon.ico, outside the report.
  head: '<link rel="icon" href="data:,">' + devErrorsBanner(process.env.DEV_ERRORS_URL),
  interpreters: { ".ts": ["node", "--import", "tsx"] },
};
