/*
 * The site's navigation, at the top of every page (src/components/render/page.ts). Framework's own
 * sidebar fails accessibility checks (a checkbox labelled only by its title, a list holding a
 * label), so the report uses this plain list of links instead, relative to each page so that the
 * site works under any path; the last item switches to the same page in the other edition.
 */

import { message, type MessageKey } from "../i18n/messages.js";
import { byEdition, counterpartsOf, editionOf, inEdition, navPathOf } from "../i18n/editions.js";
import type { Locale } from "../i18n/format.js";
import { href, html, trusted, type Markup } from "./markup.js";

export interface NavPage {
  name: string;
  /** Framework's page path in the English edition: "/" for the home page, "/missions/" for a folder's index. */
  path: string;
}

/** The story's pages and the other sections, in reading order, each with the catalogue's key for its name. */
const sections = [
  { key: "nav.toll", path: "/", inSentence: "seeAlso.toll" },
  { key: "nav.flights", path: "/flights", inSentence: "seeAlso.flights" },
  { key: "nav.contingents", path: "/contingents", inSentence: "seeAlso.contingents" },
  { key: "nav.withdrawal", path: "/withdrawal", inSentence: "seeAlso.withdrawal" },
  { key: "nav.claims", path: "/claims", inSentence: "seeAlso.claims" },
  { key: "nav.missions", path: "/missions/", inSentence: "seeAlso.missions" },
  { key: "nav.methodology", path: "/methodology", inSentence: "seeAlso.methodology" },
] as const satisfies { key: MessageKey; path: string; inSentence: MessageKey }[];

type SectionPath = (typeof sections)[number]["path"];

/** The sections as each edition names them. */
export const reportPages: Record<Locale, NavPage[]> = byEdition((locale) =>
  sections.map(({ key, path }) => ({ name: message(locale, key), path })),
);

/** The href from the page at `from` (Framework's path, such as "/missions/unifil") to `to`. */
export function relativeHref(from: string, to: string): string {
  const depth = from.split("/").length - 2;
  const up = depth > 0 ? "../".repeat(depth) : "./";
  const target = to === "/" ? "" : to.endsWith("/") ? `${to.slice(1)}index.html` : `${to.slice(1)}.html`;
  return `${up}${target}` || "./";
}

/** The page at `path` in every other edition, each link named in its own edition's language ("English version"). */
export function editionSwitch(path: string): Markup {
  return html`${counterpartsOf(path).map((counterpart) => {
    const lang = editionOf(counterpart);
    return html`<a class="edition-switch" href="${href(relativeHref(path, navPathOf(counterpart)))}" hreflang="${lang}" lang="${lang}">${message(lang, "edition.name")}</a>`;
  })}`;
}

/** The href from the page at `from` to a section of the report (its English path, "/claims", "/missions/"), in `from`'s edition. */
export function sectionLink(from: string, englishPath: string): string {
  return relativeHref(from, inEdition(englishPath, editionOf(from)));
}

/** An anchor to a section of the report in the page's edition (`sectionLink`). */
export function sectionAnchor(from: string, englishPath: string, words: string, fragment = ""): Markup {
  return html`<a href="${href(sectionLink(from, englishPath) + fragment)}">${words}</a>`;
}

export function siteNav(from: string, pages: NavPage[] = reportPages[editionOf(from)]): Markup {
  const locale = editionOf(from);
  const current = navPathOf(from);
  const items = pages.map((page) => {
    const isCurrent = inEdition(page.path, locale) === current;
    return html`<li><a href="${href(sectionLink(from, page.path))}"${isCurrent ? html` aria-current="page"` : ""}>${page.name}</a></li>`;
  });
  return html`<nav class="site-nav" aria-label="${message(locale, "nav.label")}"><ul>${items}<li class="edition">${editionSwitch(from)}</li></ul></nav>`;
}

/** "See also:" and links to other sections of the report, each named as a sentence names it, from the page at `from` (its English path). */
export function seeAlso(from: string, locale: Locale, to: readonly SectionPath[]): Markup {
  const page = inEdition(from, locale);
  const links = to.map((path) => {
    const section = sections.find((s) => s.path === path)!;
    return sectionAnchor(page, path, message(locale, section.inSentence)).source;
  });
  return html`${message(locale, "seeAlso.label")} ${trusted(links.join(" · "))}`;
}
