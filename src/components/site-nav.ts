/*
 * The site's navigation, at the top of every page (src/components/page.ts). Framework's own
 * sidebar fails accessibility checks (a checkbox labelled only by its title, a list holding a
 * label), so the report uses this plain list of links instead, relative to each page so that the
 * site works under any path.
 */

import { href, html, type Markup } from "./markup.js";

export interface NavPage {
  name: string;
  /** Framework's page path: "/" for the home page, "/missions/" for a folder's index. */
  path: string;
}

/** The story's pages and the other sections, in reading order (also Framework's `pages`, for its pager). */
export const reportPages: NavPage[] = [
  { name: "The toll", path: "/" },
  { name: "Refused flights", path: "/flights" },
  { name: "The shrinking force", path: "/contingents" },
  { name: "The withdrawal", path: "/withdrawal" },
  { name: "Claims ledger", path: "/claims" },
  { name: "All missions", path: "/missions/" },
  { name: "About the data", path: "/methodology" },
];

/** The href from the page at `from` (Framework's path, such as "/missions/unifil") to `to`. */
export function relativeHref(from: string, to: string): string {
  const depth = from.split("/").length - 2;
  const up = depth > 0 ? "../".repeat(depth) : "./";
  const target = to === "/" ? "" : to.endsWith("/") ? `${to.slice(1)}index.html` : `${to.slice(1)}.html`;
  return `${up}${target}` || "./";
}

function isCurrent(from: string, to: string): boolean {
  const page = from === "/index" ? "/" : from.endsWith("/index") ? from.slice(0, -"index".length) : from;
  return page === to;
}

export function siteNav(pages: NavPage[], from: string): Markup {
  const items = pages.map(
    (page) =>
      html`<li><a href="${href(relativeHref(from, page.path))}"${isCurrent(from, page.path) ? html` aria-current="page"` : ""}>${page.name}</a></li>`,
  );
  return html`<nav class="site-nav" aria-label="Report"><ul>${items}</ul></nav>`;
}
