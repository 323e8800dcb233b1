import { missionsWithPages } from "./data-loaders/missions.js";
import { devErrorsBanner } from "./src/components/dev-errors.js";
import { siteNav } from "./src/components/site-nav.js";

const pages = [
  { name: "The toll", path: "/" },
  { name: "Refused flights", path: "/flights" },
  { name: "The shrinking force", path: "/contingents" },
  { name: "Claims ledger", path: "/claims" },
  { name: "All missions", path: "/missions/" },
  { name: "About the data", path: "/methodology" },
];

// Everything a page needs is served from the site itself: no CDN, no web fonts, no telemetry.
export default {
  root: "src",
  output: process.env.REPORT_OUTPUT ?? "dist",
  title: "MINUSMA: the end of the UN mission in Mali",
  pages,
  // The pages are listed in a header of our own (see src/components/site-nav.ts), not the sidebar.
  sidebar: false,
  header: ({ path }: { path: string }) => siteNav(pages, path),
  // One page per mission in the UN file, at /missions/<acronym in lower case>.
  dynamicPaths: () => missionsWithPages().map((mission) => `/missions/${mission.toLowerCase()}`),
  globalStylesheets: [],
  style: "style.css",
  search: false,
  // Links end in .html so that any static host serves them, with or without URL rewriting.
  preserveExtension: true,
  // An empty icon: otherwise browsers ask the host root for /favicon.ico, outside the report.
  head: '<link rel="icon" href="data:,">' + devErrorsBanner(process.env.DEV_ERRORS_URL),
  footer:
    'Data: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES). Built with <a href="https://observablehq.com/framework/">Observable Framework</a>.',
  interpreters: { ".ts": ["node", "--import", "tsx"] },
};
