import { describe, expect, it } from "vitest";
import { makingOfText } from "../../../scripts/build/reader-words.js";

const page = (body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><title>A page</title></head><body><main>${body}</main></body></html>`;

describe("[making-of words] the pages speak of their subject, not of how they were made", () => {
  it("finds each kind of making-of word, in either edition, naming the page and the words", () => {
    const found = makingOfText(
      new Map([
        ["/claims", page("<p>The article could not be read here; its figures are as quoted in the project's brief.</p>")],
        ["/contingents", page("<table><tr><td>No UN figure could be read offline.</td></tr></table>")],
        ["/fr/index", page("<p>Des tables établies par ce projet.</p>", "fr")],
        ["/methodology", page("<p>Run <code>npm ci</code> with data-loaders/curated/strength.csv.</p>")],
        ["/fr/methodology", page("<p>Une ligne fausse arrête la construction ; the build log names it.</p>", "fr")],
        ["/missions/unmao", page("<p>No source this report reads gives a point for it.</p>")],
        ["/fr/missions/unmao", page("<p>Aucune source lue par ce rapport ne donne de point.</p>", "fr")],
        ["/methodology#tables", page("<ul><li>A short name that pages and tests use; an unknown one holds back the report.</li></ul>")],
        ["/methodology#cleaning", page("<ul><li>An unknown category is resolved before anything is published.</li></ul>")],
        ["/fr/methodology#cleaning", page("<ul><li>Une catégorie inconnue est résolue avant toute publication.</li></ul>", "fr")],
      ]),
    );
    expect(found.some((line) => line.startsWith("/claims, paragraph:") && line.includes("brief"))).toBe(true);
    expect(found.some((line) => line.startsWith("/claims, paragraph:") && line.includes("read here"))).toBe(true);
    expect(found.some((line) => line.startsWith("/contingents, table cell:") && line.includes("offline"))).toBe(true);
    expect(found.some((line) => line.startsWith("/fr/index, paragraph:") && line.includes("ce projet"))).toBe(true);
    expect(found.some((line) => line.startsWith("/methodology, paragraph:") && line.includes("npm"))).toBe(true);
    expect(found.some((line) => line.startsWith("/fr/methodology, paragraph:") && line.includes("la construction"))).toBe(true);
    expect(found.some((line) => line.startsWith("/missions/unmao, paragraph:") && line.includes("this report reads"))).toBe(true);
    expect(found.some((line) => line.startsWith("/fr/missions/unmao, paragraph:") && line.includes("lue par ce rapport"))).toBe(true);
    expect(found.filter((line) => line.startsWith("/methodology#tables"))).toHaveLength(1);
    expect(found.some((line) => line.startsWith("/methodology#cleaning") && line.includes("before anything is published"))).toBe(true);
    expect(found.some((line) => line.startsWith("/fr/methodology#cleaning") && line.includes("avant toute publication"))).toBe(true);
  });

  it("lets pages about the subject through, its sources and their briefings included", () => {
    expect(
      makingOfText(
        new Map([
          [
            "/",
            page(
              "<p>The mission's spokesperson gave the toll at a briefing; the report of 1 June 2023 was not found in its own words.</p>",
            ),
          ],
          ["/fr/", page("<p>Le porte-parole de la mission a donné le bilan.</p>", "fr")],
        ]),
      ),
    ).toEqual([]);
  });
});
