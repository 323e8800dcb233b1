/*
 * Both editions print the same numbers: every page that exists in both is rendered as the build
 * renders it, its text read with the numbers parsed as its edition writes them ("1,231" and
 * "1 231", "24.1%" and "24,1 %"), and the two lists compared, page by page. The build makes the
 * same check (scripts/build/edition-numbers.ts); here each pair is a test of its own.
 */
import { describe, expect, it } from "vitest";
import { numberGaps, numbersOf } from "../../../scripts/build/edition-numbers.js";
import { renderPage, sitePagePaths } from "../../../scripts/build/pages.js";
import { counterpartOf, editionOf } from "../../../src/components/editions.js";
import { PageContext } from "../../../src/components/page.js";

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

  it("names the pages and the numbers when two editions differ, and passes pages that agree", () => {
    const pages = new Map([
      ["/index", "187 soldiers, 1,231 deaths, 24.1%"],
      ["/fr/index", "187 soldats, 1\u202f231 morts, 24,1\u202f%"],
      ["/flights", "565 requested, 167 refused"],
      ["/fr/flights", "565 demandées, 176 refusées"],
    ]);
    expect(numberGaps(pages)).toEqual([
      "/flights and /fr/flights print different numbers: 167 (English 1, French 0); 176 (English 0, French 1)",
    ]);
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
