/*
 * Both editions print the same numbers in the same places: every page that exists in both is
 * rendered as the build renders it, cut into the units a reader reads (title, heading, paragraph,
 * list item, table cell, caption, image description, chart labels), each number read as its
 * edition writes it, and the units compared pair by pair, in order. The build makes the same check
 * on the published pages (scripts/build/edition-numbers.ts); here each pair is a test of its own.
 */
import { describe, expect, it } from "vitest";
import { numberGaps, numbersIn, textUnits, unitDifferences } from "../../../scripts/build/edition-numbers.js";
import { renderPage, sitePagePaths } from "../../../scripts/build/pages.js";
import { counterpartOf, editionOf } from "../../../src/components/i18n/editions.js";
import { PageContext } from "../../../src/components/render/page.js";
import { renderedMarkdown } from "../../helpers.js";

const svgImage = (svg: string, drawing = "wide") =>
  `<img class="chart-${drawing}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}" alt="A chart">`;

describe("numbers read per edition", () => {
  it("reads thousands, decimals and shares as each edition writes them", () => {
    expect(numbersIn("1,231 deaths, 24.1% of them; 3 in 2023", "en")).toEqual([1231, 24.1, 3, 2023]);
    expect(numbersIn("1\u202f231 morts, 24,1\u202f% d'entre eux\u00a0; 3 en 2023", "fr")).toEqual([1231, 24.1, 3, 2023]);
  });

  it("leaves out what is not read: tags, addresses, version names, scripts", () => {
    const units = textUnits(
      '<p><a href="https://x.org/2">the list</a> Geo-PKO v2.3, 7</p><script>const a = 12;</script><p>no figure</p>',
      "en",
    );
    expect(units).toMatchObject([
      { kind: "paragraph", excerpt: "the list Geo-PKO v2.3, 7", text: "the list Geo-PKO v2.3, 7", numbers: [7] },
    ]);
    expect(units).toHaveLength(1);
    // Asked for all units, the paragraph without a number is read too (the making-of check reads every unit).
    expect(textUnits("<p>no figure</p>", "en", { all: true }).map((unit) => unit.text)).toEqual(["no figure"]);
  });

  it("does not count the numbers of a source's citation, which names the source", () => {
    const [unit] = textUnits('<p>12 morts (<a class="cite" href="https://x.org">Rapport 2016, CS/12631</a>)</p>', "fr");
    expect(unit.numbers).toEqual([12]);
  });

  it("reads text marked as English on a French page as English, in its place", () => {
    const [unit] = textUnits('<p>1\u202f920 policiers, <span lang="en">the UN gives 1,920 of 13,289</span> et 3,5\u202f%</p>', "fr");
    expect(unit.numbers).toEqual([1920, 1920, 13289, 3.5]);
  });

  it("cuts a page into units: a list item inside a paragraph's list is its own unit, and a table cell too", () => {
    const units = textUnits(
      "<h2>2023</h2><ul><li>10 arrested<p>20 wounded</p></li></ul><table><tr><td>5</td><td>6</td></tr></table>",
      "en",
    );
    expect(units.map((unit) => [unit.kind, unit.numbers])).toEqual([
      ["heading", [2023]],
      ["list item", [10]],
      ["paragraph", [20]],
      ["table cell", [5]],
      ["table cell", [6]],
    ]);
  });

  it("reads a chart drawing's labels and hover titles, but not the scale's numeric ticks", () => {
    const svg =
      '<svg><g aria-label="y-axis tick label"><text>0</text><text>0.5</text><text>All others (22 nationalities)</text></g>' +
      '<g aria-label="text"><text>80</text></g><title>Chad, 2014: 12</title></svg>';
    const [labels] = textUnits(svgImage(svg), "en");
    expect(labels).toMatchObject({ kind: "wide chart drawing's labels", numbers: [22, 80, 2014, 12] });
  });
});

describe("[one edition never contradicts the other] the cross-edition check", () => {
  const pair = (english: string, french: string) => unitDifferences(textUnits(english, "en"), textUnits(french, "fr"));

  it("stops an event whose French swaps two figures, naming the unit and both orders", () => {
    const english = "<ul><li>1 January 2020: 10 officers arrested, 20 wounded</li></ul>";
    const french = "<ul><li>1er janvier 2020\u00a0: 20 blessés, 10 officiers arrêtés</li></ul>";
    expect(pair(english, french)).toEqual([
      'list item 1 prints 1, 2020, 10, 20 in English ("1 January 2020: 10 officers arrested, 20 wounded") and 1, 2020, 20, 10 in French ("1er janvier 2020\u00a0: 20 blessés, 10 officiers arrêtés")',
    ]);
  });

  it("stops a figure printed in one edition only, whichever it is, and names it", () => {
    expect(pair("<p>565 requested</p><p>167 refused</p>", "<p>565 demandées</p>")).toEqual([
      'paragraph 2 with figures is in English only: "167 refused" (167)',
    ]);
    expect(pair("<p>565 requested</p>", "<p>565 demandées</p><p>4242 vols</p>")).toEqual([
      'paragraph 2 with figures is in French only: "4242 vols" (4242)',
    ]);
  });

  it("compares chart labels drawing by drawing: a count the French label drops is found", () => {
    const label = (text: string) => svgImage(`<svg><g aria-label="y-axis tick label"><text>${text}</text></g></svg>`, "narrow");
    expect(pair(label("All others (22 nationalities)"), label("Toutes les autres"))).toEqual([
      'narrow chart drawing\'s labels 1 with figures is in English only: "All others (22 nationalities)" (22)',
    ]);
  });

  it("passes pages that print the same figures in the same places, and names both pages when they do not", () => {
    const pages = new Map([
      ["/index", "<p>187 soldiers, 1,231 deaths, 24.1%</p>"],
      ["/fr/index", "<p>187 soldats, 1\u202f231 morts, 24,1\u202f%</p>"],
      ["/flights", "<p>565 requested, 167 refused</p>"],
      ["/fr/flights", "<p>565 demandées, 176 refusées</p>"],
    ]);
    expect(numberGaps(pages)).toEqual([
      '/flights and /fr/flights: paragraph 1 prints 565, 167 in English ("565 requested, 167 refused") and 565, 176 in French ("565 demandées, 176 refusées")',
    ]);
  });
});

describe("the French edition prints the English edition's numbers in the same places", async () => {
  const all = await sitePagePaths();
  const published = new Set(all);
  const pairs = all.filter((path) => editionOf(path) === "en" && published.has(counterpartOf(path)));
  const context = new PageContext();
  const html = async (path: string) => renderedMarkdown(await renderPage(context, path)).innerHTML;

  it("covers the story pages written in French, the mission pages and the missions index", () => {
    for (const page of [
      "/index",
      "/flights",
      "/contingents",
      "/withdrawal",
      "/claims",
      "/methodology",
      "/missions/index",
      "/missions/minusma",
    ])
      expect(pairs).toContain(page);
  });

  it.each(pairs)("%s and its French page", async (path) => {
    const english = textUnits(await html(path), "en");
    expect(english.length).toBeGreaterThan(0);
    expect(unitDifferences(english, textUnits(await html(counterpartOf(path)), "fr"))).toEqual([]);
  });
});
