/**
 * The build's check that both editions print the same numbers: every rendered page and its
 * counterpart are read as a reader reads them, each number parsed as its edition writes it
 * ("1,231" and "1 231", "24.1%" and "24,1 %"), text marked `lang="en"` read as English, and the
 * two lists compared. A number printed in one edition only stops the build, named with its pages.
 */
import { counterpartOf, editionOf } from "../../src/components/editions.js";
import type { Locale } from "../../src/components/format.js";

/** The text a reader reads: no front matter, tags, images' data or version names ("v2.3"); characters for their references. */
function readableText(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?\n---\n/, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\bv\d+(\.\d+)*/g, " ");
}

const numberPatterns: Record<Locale, { pattern: RegExp; read(text: string): number }> = {
  en: { pattern: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, read: (text) => Number(text.replaceAll(",", "")) },
  fr: {
    pattern: /\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
    read: (text) => Number(text.replace(/[\u202f\u00a0]/g, "").replace(",", ".")),
  },
};

const markedEnglish = /<span lang="en">([^<]*)<\/span>/g;

/** Every number of a page's text, as its edition writes them, in order. */
export function numbersOf(markdown: string, locale: Locale): number[] {
  const read = (text: string, as: Locale) =>
    [...readableText(text).matchAll(numberPatterns[as].pattern)].map(([n]) => numberPatterns[as].read(n));
  // Text the page marks as English (a curated note shown as its source wrote it) is read as English.
  const english = locale === "en" ? [] : [...markdown.matchAll(markedEnglish)].map(([, text]) => text);
  return [...read(markdown.replace(markedEnglish, " "), locale), ...english.flatMap((text) => read(text, "en"))];
}

/** How many times each number appears in one list and not the other, largest gaps first: "187 (English 2, French 1)". */
function numberDifferences(english: number[], french: number[]): string[] {
  const counts = new Map<number, { en: number; fr: number }>();
  for (const n of english) counts.set(n, { en: (counts.get(n)?.en ?? 0) + 1, fr: counts.get(n)?.fr ?? 0 });
  for (const n of french) counts.set(n, { en: counts.get(n)?.en ?? 0, fr: (counts.get(n)?.fr ?? 0) + 1 });
  return [...counts].filter(([, c]) => c.en !== c.fr).map(([n, c]) => `${n} (English ${c.en}, French ${c.fr})`);
}

/**
 * One sentence per pair of pages (Framework's paths, with their rendered Markdown) whose numbers
 * differ, naming the numbers; empty when every pair prints the same. A page without its
 * counterpart is editionGaps' to report.
 */
export function numberGaps(pages: ReadonlyMap<string, string>): string[] {
  const gaps: string[] = [];
  for (const [path, markdown] of pages) {
    const french = pages.get(counterpartOf(path));
    if (editionOf(path) !== "en" || french === undefined) continue;
    const differences = numberDifferences(numbersOf(markdown, "en"), numbersOf(french, "fr"));
    if (differences.length)
      gaps.push(
        `${path} and ${counterpartOf(path)} print different numbers: ${differences.slice(0, 5).join("; ")}${differences.length > 5 ? "; …" : ""}`,
      );
  }
  return gaps;
}
