/**
 * Every chart, drawn in the pseudo-locale (tests/components/i18n/pseudo-locale.ts) swapped in for
 * the English catalogue: any word that is not the data's and stays in plain letters did not come
 * from the catalogue. The browser suite draws the same charts and checks
 * that the longer words still fit (tests/browser/pseudo-locale.test.ts).
 */
import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { chartWidths, drawChart } from "../../../src/components/render/static-chart.js";
import { englishCharts, fixtureWords } from "./pseudo-charts.js";
import { plainWord, pseudoText } from "./pseudo-locale.js";

vi.mock("../../../src/components/i18n/messages/en.json", async (importOriginal) => {
  const { pseudoCatalogue } = await import("./pseudo-locale.js");
  const english = (await importOriginal()) as { default: Record<string, string> };
  return { default: pseudoCatalogue(english.default) };
});

const dataWords = fixtureWords();
/** Words `Intl` writes for the locale, not the catalogue: the conjunction of its lists, the months' names and abbreviations. */
const intlWords = new Set([
  "and",
  ...Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2023, month, 15))).flatMap((date) =>
    (["long", "short"] as const).map((month) => new Intl.DateTimeFormat("en-GB", { month, timeZone: "UTC" }).format(date)),
  ),
]);

/**
 * Every word a reader meets in a drawing: its text and its text alternative (the name and
 * description of the image). Plot's names of its marks ("bar", "x-axis tick label") are inside an
 * image that the page shows as one, so no reader meets them.
 */
function readerText(markup: string): string {
  // A space between elements, so that two labels side by side read as two words.
  const { document } = parseHTML(`<!doctype html><html><body>${markup.replaceAll("><", "> <")}</body></html>`);
  for (const style of [...document.querySelectorAll("style")]) style.remove();
  const attributes = [...document.querySelectorAll('[role="img"]')].flatMap((element) => [
    element.getAttribute("aria-label") ?? "",
    element.getAttribute("aria-description") ?? "",
  ]);
  return [document.body.textContent ?? "", ...attributes].join(" ");
}

describe("every chart in the pseudo-locale", () => {
  for (const [name, draw] of Object.entries(englishCharts))
    for (const [width, pixels] of Object.entries(chartWidths))
      it(`${name} (${width}): every word comes from the catalogue or the data`, () => {
        const text = readerText(drawChart(draw, pixels));
        const stray = [...new Set(text.match(plainWord) ?? [])].filter((word) => !dataWords.has(word) && !intlWords.has(word));
        expect(stray, `words of the ${name} chart not from the catalogue`).toEqual([]);
        // The pseudo-locale did reach the drawing: a test that found no words would prove nothing.
        expect(text).toMatch(/[áéíóú]{2}/);
      });
});

describe("the pseudo-locale check", () => {
  it("finds a word written in code rather than in the catalogue", () => {
    const text = readerText(
      `<svg role="img" aria-label="${pseudoText("Deaths")} by year"><g aria-label="bar"><text>${pseudoText("Fatalities")}</text></g></svg>`,
    );
    expect(text.match(plainWord)).toEqual(["year"]);
  });
});
