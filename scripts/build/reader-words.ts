/*
 * The report speaks to its readers about its subject, never about how it was made: a note that
 * says a source "could not be read offline", a ledger that quotes "the project's brief", a page
 * that names the tool it was built with. Such words come back through curated notes and page
 * templates alike, so the build reads every page as readers get it and stops on them.
 */
import { textUnits } from "./edition-numbers.js";
import { editionOf, type Locale } from "../../src/components/i18n/editions.js";

/** Words about the making of the report, in either edition, with why each is refused. */
export const makingOfWords: { pattern: RegExp; why: string }[] = [
  { pattern: /\bbrief\b/i, why: "the commission of the report is not a source" },
  {
    pattern: /\boffline\b|\bread here\b|\bcitable here\b|\bnot available here\b|\bstored (copy|page)\b/i,
    why: "where the report was made is not the reader's concern",
  },
  {
    pattern: /\b(this|the) project\b|\b(ce|le|du) projet\b/i,
    why: "the report speaks of its subject and its sources, not of itself as a project",
  },
  { pattern: /\bindisponibles? ici\b|\bconsulté pour ce rapport\b/i, why: "where the report was made is not the reader's concern" },
  { pattern: /\bnpm\b|\bdata-loaders\/|Observable Framework/i, why: "a tool or a file of the code is not something the reader meets" },
  {
    pattern: /\b(the|this) build\b|\bbuild log\b|\bla construction\b|\bcette construction\b/i,
    why: "the making of the site is not the reader's concern: say what is refused and why",
  },
  {
    pattern:
      /\bthis report (reads|uses)\b|\blue par ce rapport\b|\bqu'utilise ce rapport\b|\bmachine-translated\b|\bpar une machine\b|\bbyte for byte\b|\bà l'octet près\b|\b(pages and tests|les pages et les tests)\b|\bholds? back the report\b|\bbloquen?t? la publication\b|\bbefore anything is published\b|\bavant toute publication\b/i,
    why: "the report's own machinery (what it reads, its tests, its checks) is not the reader's concern: say what the sources give",
  },
];

/** Each refused word on the pages, as "page, unit: «excerpt» (why)"; `pages` maps a page's path to its HTML. */
export function makingOfText(pages: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [path, html] of pages) {
    const locale: Locale = editionOf(path);
    for (const unit of textUnits(html, locale, { all: true }))
      for (const { pattern, why } of makingOfWords) {
        const match = pattern.exec(unit.text);
        if (!match) continue;
        const start = Math.max(0, match.index - 40);
        found.push(`${path}, ${unit.kind}: "…${unit.text.slice(start, match.index + match[0].length + 40)}…" (${why})`);
      }
  }
  return found;
}
