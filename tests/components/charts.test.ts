import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { incidentTypes } from "../../data-loaders/casualties.js";
import { fatalitiesByYearChart, incidentColors, missionRankingChart } from "../../src/components/charts.js";
import { MALICIOUS_ACT, fatalitiesByYearAndIncident, missionRanking } from "../../src/components/metrics.js";
import { fixtureCasualtiesTable } from "../helpers.js";

const casualties = fixtureCasualtiesTable();
const { document } = parseHTML("<!doctype html><html><body></body></html>");

function svgOf(figure: Element): Element {
  const svg = figure.tagName.toLowerCase() === "svg" ? figure : figure.querySelector("svg[aria-label]") ?? figure.querySelector("svg:last-of-type");
  if (!svg) throw new Error("the chart drew no svg");
  return svg;
}

describe("fatalitiesByYearChart", () => {
  const rows = fatalitiesByYearAndIncident(casualties, "FIXA");
  const figure = fatalitiesByYearChart(rows, { mission: "FIXA", document: document as unknown as Document }) as unknown as Element;

  it("draws one bar per year and incident type", () => {
    const bars = figure.querySelectorAll("g[aria-label='bar'] rect");
    expect(bars.length).toBe(rows.length);
  });

  it("has an accessible name, a description with the totals, a title and a source", () => {
    const svg = svgOf(figure);
    expect(svg.getAttribute("aria-label")).toContain("FIXA fatalities per year");
    expect(svg.getAttribute("aria-description")).toContain("7 fatalities in 2013–2016");
    expect(figure.textContent).toContain("FIXA: fatalities per year, by type of incident");
    expect(figure.textContent).toContain("Source: United Nations");
  });

  it("has a colour for every incident type the pipeline accepts, and no other", () => {
    expect(Object.keys(incidentColors).sort()).toEqual([...incidentTypes].sort());
  });
});

describe("missionRankingChart", () => {
  it("draws the top missions with the highlighted one in the malicious-act colour", () => {
    const ranking = missionRanking(casualties, MALICIOUS_ACT);
    const figure = missionRankingChart(ranking, {
      highlight: "FIXB",
      label: "malicious acts",
      document: document as unknown as Document,
    }) as unknown as Element;
    const bars = [...figure.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars).toHaveLength(2);
    expect(bars.map((bar) => bar.getAttribute("fill"))).toEqual(["#9AA5B1", incidentColors[MALICIOUS_ACT]]);
    expect(svgOf(figure).getAttribute("aria-description")).toContain("1. FIXA: 4; 2. FIXB: 1");
  });
});
