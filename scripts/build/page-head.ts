/**
 * What the build adds to each page Framework wrote, in its `html` step: the page's language
 * (Framework writes none), an empty icon (else browsers ask the host's root for /favicon.ico,
 * outside the report) and, for a page published in both editions, the `hreflang` alternates that
 * tell browsers and search engines where the other edition is. These go in after Framework rather
 * than through its `head` option, which Framework parses three times for every page.
 */
import { counterpartOf, editionOf, inEdition, locales, navPathOf } from "../../src/components/i18n/editions.js";
import type { Locale } from "../../src/components/i18n/format.js";
import { relativeHref } from "../../src/components/render/site-nav.js";

export const emptyIcon = '<link rel="icon" href="data:,">';

/** Framework's path of a published page file: "fr/missions/minusma.html" → "/fr/missions/minusma". */
export function pagePathOfFile(file: string): string {
  return `/${file.replace(/\.html$/, "")}`;
}

/** The language and the head elements of `file`, given every published page file. */
export function pageHead(file: string, published: ReadonlySet<string>): { lang: Locale; head: string } {
  const path = pagePathOfFile(file);
  const lang = editionOf(path);
  const other = counterpartOf(path);
  if (!published.has(`${other.slice(1)}.html`)) return { lang, head: emptyIcon };
  // Relative, as the navigation links, so that the site works under any path.
  const alternates = locales.map(
    (locale) => `<link rel="alternate" hreflang="${locale}" href="${relativeHref(path, navPathOf(inEdition(path, locale)))}">`,
  );
  return { lang, head: [emptyIcon, ...alternates].join("") };
}

/** `html` with its language and head elements: after the security policy, which must come first. */
export function withPageHead(html: string, file: string, published: ReadonlySet<string>): string {
  if (!html.includes("<html>")) throw new Error(`${file} has no <html> tag to give a language to`);
  const { lang, head } = pageHead(file, published);
  const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html) ?? /<meta charset="[^"]*">/i.exec(html);
  if (!policy) throw new Error(`${file} has no <meta charset> to put its head elements after`);
  const at = policy.index + policy[0].length;
  return `${html.slice(0, at)}\n${head}${html.slice(at)}`.replace("<html>", `<html lang="${lang}">`);
}
