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

/**
 * English pages whose French page is not written yet (issue 21 is under way). Each is listed in
 * the build's log, and the French navigation links to the English page, marked as such. Every
 * other page must exist in both editions, and a page listed here that gains its French page must
 * leave the list: both are build errors (`editionGaps`).
 */
export const awaitingFrench: ReadonlySet<string> = new Set(["/methodology"]);

/** A folder's path as the navigation writes it ("/", "/fr/missions/") as the path of its index page ("/index"); other paths as they are. */
export function pagePathOf(path: string): string {
  return path.endsWith("/") ? `${path}index` : path;
}

/** A page's path as the navigation writes it: "/index" is "/", "/missions/index" is "/missions/". */
export function navPathOf(page: string): string {
  return page.endsWith("/index") ? page.slice(0, -"index".length) : page;
}

/** Whether the page at `path` ("/flights", "/fr/", "/missions/index") exists in the other edition. */
export function hasCounterpart(path: string, awaiting: ReadonlySet<string> = awaitingFrench): boolean {
  const page = pagePathOf(path);
  return !awaiting.has(editionOf(page) === "fr" ? counterpartOf(page) : page);
}

/**
 * What stops both editions from matching page for page, one sentence each: a page without its
 * counterpart (unless it awaits its French page), or a page said to await its French page that
 * has one or does not exist. Empty when the editions match.
 */
export function editionGaps(paths: readonly string[], awaiting: ReadonlySet<string> = awaitingFrench): string[] {
  const published = new Set(paths);
  const gaps: string[] = [];
  for (const path of paths) {
    if (published.has(counterpartOf(path))) continue;
    if (editionOf(path) === "en" && awaiting.has(path)) continue;
    gaps.push(`${path} has no ${editionOf(path) === "en" ? "French" : "English"} page at ${counterpartOf(path)}`);
  }
  for (const path of awaiting) {
    if (!published.has(path)) gaps.push(`${path} is listed as awaiting its French page (editions.ts) but is not a page of the site`);
    else if (published.has(counterpartOf(path)))
      gaps.push(`${path} is listed as awaiting its French page (editions.ts) but ${counterpartOf(path)} exists: take it off the list`);
  }
  return gaps;
}
