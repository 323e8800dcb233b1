/**
 * Every chart in the pseudo-locale, about a third longer than English: every label
 * still inside its drawing and clear of its neighbours, at both widths, measured in Chromium.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it, vi } from "vitest";
import { chromiumPage } from "./chromium-page.js";
import { chartWidths, drawChart } from "../../src/components/render/static-chart.js";
import { englishCharts } from "../components/i18n/pseudo-charts.js";
import { textProblems } from "./chart-text.js";

vi.mock("../../src/components/i18n/messages/en.json", async (importOriginal) => {
  const { pseudoCatalogue } = await import("../components/i18n/pseudo-locale.js");
  const english = (await importOriginal()) as { default: Record<string, string> };
  return { default: pseudoCatalogue(english.default) };
});

const page = chromiumPage();

describe("every chart in the pseudo-locale", () => {
  for (const [name, draw] of Object.entries(englishCharts))
    for (const [width, pixels] of Object.entries(chartWidths))
      it(`${name} (${width}): every label fits`, async () => {
        const { document } = parseHTML(`<!doctype html><html><body>${drawChart(draw, pixels)}</body></html>`);
        const svg = document.querySelector('svg[role="img"]') ?? document.querySelector("svg");
        expect(svg, `the ${name} chart drew no svg`).not.toBeNull();
        // The drawing is the pseudo-locale one: its title, outside the svg, is in pseudo letters.
        expect(document.querySelector("h2, h3")?.textContent).toMatch(/[áéíóú]{2}/);
        expect(await textProblems(page(), svg!.outerHTML)).toEqual([]);
      });
});
