/*
 * The report's two editions: English at the site's root, French under /fr/, page for page, from
 * the same figures. A page's edition is read from its path, so a template, the navigation and the
 * build all agree on it without being told.
 */
import type { Locale } from "./format.js";

const frenchPrefix = "/fr";

/** The edition of a page, by its Framework path: "/fr/missions/minusma" is French. */
export function editionOf(path: string): Locale {
  return path === frenchPrefix || path.startsWith(`${frenchPrefix}/`) ? "fr" : "en";
}

/** The same page in the other edition: "/flights" ↔ "/fr/flights", "/" ↔ "/fr/". */
export function counterpartOf(path: string): string {
  return editionOf(path) === "fr" ? path.slice(frenchPrefix.length) || "/" : `${frenchPrefix}${path}`;
}

/** A path of the English edition moved into `locale`'s: "/claims" → "/fr/claims" in French. */
export function inEdition(englishPath: string, locale: Locale): string {
  return locale === "en" ? englishPath : counterpartOf(englishPath);
}

/** A page's path as the navigation writes it: "/index" is "/", "/missions/index" is "/missions/". */
export function navPathOf(page: string): string {
  return page.endsWith("/index") ? page.slice(0, -"index".length) : page;
}

/** What stops both editions from matching page for page: each page without its counterpart, in a sentence. Empty when they match. */
export function editionGaps(paths: readonly string[]): string[] {
  const published = new Set(paths);
  return paths
    .filter((path) => !published.has(counterpartOf(path)))
    .map((path) => `${path} has no ${editionOf(path) === "en" ? "French" : "English"} page at ${counterpartOf(path)}`);
}
