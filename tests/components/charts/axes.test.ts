/*
 * Count axes tick at whole numbers: a count of the dead is never 0.5. Checked on the helper and
 * on every chart that counts people on a mission page, drawn for missions of one, two and three
 * deaths (where Plot's own ticks fall between whole numbers) and of many, in both editions and
 * at both widths.
 */
import * as aq from "arquero";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { countAxis, wholeNumberTicks } from "../../../src/components/charts/axes.js";
import { cumulativeTollChart, fatalitiesByYearChart, nationalitiesChart } from "../../../src/components/charts/toll-charts.js";
import { formatter, locales } from "../../../src/components/i18n/format.js";
import { cumulativeToll, fatalitiesByYearAndCategory, topNationalities } from "../../../src/components/metrics/toll.js";
import { chartWidths, drawChart, type DrawChart } from "../../../src/components/render/static-chart.js";

describe("whole-number ticks", () => {
  it.each([
    [1, 8, [0, 1]],
    [3, 8, [0, 1, 2, 3]],
    [8, 8, [0, 1, 2, 3, 4, 5, 6, 7, 8]],
    [11, 8, [0, 2, 4, 6, 8, 10]],
    [4, 3, [0, 2, 4]],
    [0, 8, [0]],
  ])("up to %d with room for %d intervals: %j", (max, room, ticks) => expect(wholeNumberTicks(max, room)).toEqual(ticks));

  it("leaves a large count to Plot's ticks, and labels every tick as the edition writes numbers", () => {
    expect(countAxis(3, 8, formatter("en")).ticks).toEqual([0, 1, 2, 3]);
    expect(countAxis(42, 8, formatter("en")).ticks).toBeUndefined();
    expect(countAxis(4200, 8, formatter("fr")).tickFormat(1200)).toBe("1\u202f200");
  });
});

/** The tick labels of a drawing's count axes: its y axis, or the x axis of a bar chart of nationalities. */
function countTickLabels(svg: string, axis: "x" | "y"): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return [...document.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`)].map((text) => text.textContent ?? "");
}

describe("[a figure means what the page says] the mission pages' count axes", () => {
  const rows = (deaths: number) =>
    Array.from({ length: deaths }, (_, i) => ({
      casualty_id: `FIX-${deaths}-${i}`,
      date: `${2001 + (i % 2)}-06-01`,
      year: 2001 + (i % 2),
      mission: `M${deaths}`,
      personnel_type: i % 3 ? "Military" : "Police",
      incident_type: i % 2 ? "Accident" : "Malicious Act",
      nationality: i % 2 ? "Ghana" : "Nepal",
      iso3: i % 2 ? "GHA" : "NPL",
      gender: "M",
    }));
  const casualties = aq.from([1, 2, 3, 40].flatMap(rows));

  for (const deaths of [1, 2, 3, 40])
    for (const locale of locales) {
      const mission = `M${deaths}`;
      const charts: [string, DrawChart, "x" | "y"][] = [
        ["deaths per year", (o) => fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, mission), { mission, locale, ...o }), "y"],
        ["running toll", (o) => cumulativeTollChart(cumulativeToll(casualties, mission), { mission, locale, ...o }), "y"],
        ["nationalities", (o) => nationalitiesChart(topNationalities(casualties, mission, 10), { mission, locale, ...o }), "x"],
      ];
      for (const [name, draw, axis] of charts)
        it(`${name}, ${deaths} death(s), ${locale}: every tick a whole number`, () => {
          for (const width of Object.values(chartWidths)) {
            const labels = countTickLabels(drawChart(draw, width), axis);
            expect(labels.length, `${width} px`).toBeGreaterThan(1);
            for (const label of labels) expect(label, `${width} px: ${labels.join(" | ")}`).toMatch(/^\d{1,3}([,\u202f]\d{3})*$/);
          }
        });
    }
});
