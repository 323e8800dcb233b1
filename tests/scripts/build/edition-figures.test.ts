/*
 * Both editions print the same numbers: every page that exists in both is rendered as the build
 * renders it, its text read with the numbers parsed as its edition writes them ("1,231" and
 * "1 231", "24.1%" and "24,1 %"), and the two lists compared, page by page.
 */
import { describe, expect, it } from "vitest";
import { renderPage, sitePagePaths } from "../../../scripts/build/pages.js";
import { counterpartOf, editionOf } from "../../../src/components/editions.js";
import type { Locale } from "../../../src/components/format.js";
import { PageContext } from "../../../src/components/page.js";

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

/** Every number of the page's text, as its edition writes them, in order. */
function numbersOf(markdown: string, locale: Locale): number[] {
  const read = (text: string, as: Locale) =>
    [...readableText(text).matchAll(numberPatterns[as].pattern)].map(([n]) => numberPatterns[as].read(n));
  // Text the page marks as English (a curated note shown as its source wrote it) is read as English.
  const english = locale === "en" ? [] : [...markdown.matchAll(/<span lang="en">([^<]*)<\/span>/g)].map(([, text]) => text);
  return [...read(markdown.replace(/<span lang="en">[^<]*<\/span>/g, " "), locale), ...english.flatMap((text) => read(text, "en"))];
}

const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

describe("numbers read per edition", () => {
  it("reads thousands, decimals and shares as each edition writes them", () => {
    expect(numbersOf("1,231 deaths, 24.1% of them; 3 in 2023", "en")).toEqual([1231, 24.1, 3, 2023]);
    expect(numbersOf("1\u202f231 morts, 24,1\u202f% d'entre eux\u00a0; 3 en 2023", "fr")).toEqual([1231, 24.1, 3, 2023]);
  });

  it("leaves out what is not read: tags, addresses and version names", () => {
    expect(numbersOf('<img src="data:image/svg+xml;base64,AB12" width="720"> [the list](https://x.org/2) Geo-PKO v2.3, 7', "en")).toEqual([
      7,
    ]);
    expect(numbersOf("UNEF&#160;&#58; 160 l&#39;an", "fr")).toEqual([160]);
    expect(numbersOf('1\u202f920 policiers <span lang="en">the UN gives 1,920</span>', "fr")).toEqual([1920, 1920]);
  });
});

describe("the French edition prints the English edition's numbers", async () => {
  const all = await sitePagePaths();
  const published = new Set(all);
  const pairs = all.filter((path) => editionOf(path) === "en" && published.has(counterpartOf(path)));
  const context = new PageContext();

  it("covers the story pages written in French, the mission pages and the missions index", () => {
    expect(pairs).toContain("/index");
    expect(pairs).toContain("/flights");
    expect(pairs).toContain("/contingents");
    expect(pairs).toContain("/withdrawal");
    expect(pairs).toContain("/claims");
    expect(pairs).toContain("/methodology");
    expect(pairs).toContain("/missions/index");
    expect(pairs).toContain("/missions/minusma");
  });

  it.each(pairs)("%s and its French page", async (path) => {
    const english = numbersOf(await renderPage(context, path), "en");
    const frenchNumbers = numbersOf(await renderPage(context, counterpartOf(path)), "fr");
    expect(english.length).toBeGreaterThan(0);
    expect(sorted(frenchNumbers)).toEqual(sorted(english));
  });
});
