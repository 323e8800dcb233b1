import * as Plot from "@observablehq/plot";
import type { MissionRank, YearIncidentCount } from "./metrics.js";

/*
 * One function per chart. Each takes tidy rows and options and returns a Plot figure, so the
 * page, the snapshot tests and any static render draw the same picture. `document` lets Node
 * callers pass a server-side DOM.
 */
export interface ChartOptions {
  width?: number;
  document?: Document;
}

/**
 * Okabe–Ito colours, chosen to stay distinguishable for the common forms of colour blindness.
 * Malicious acts get the strongest hue because the story is about them.
 */
export const incidentColors: Record<string, string> = {
  "Malicious Act": "#D55E00",
  Accident: "#0072B2",
  Illness: "#009E73",
  "Self-Inflicted": "#CC79A7",
  "To Be Determined": "#56B4E9",
  Unknown: "#999999",
};

export function fatalitiesByYearChart(
  rows: YearIncidentCount[],
  { mission, width = 640, document }: ChartOptions & { mission: string },
): HTMLElement | SVGSVGElement {
  const total = rows.reduce((sum, row) => sum + row.fatalities, 0);
  const years = rows.map((row) => row.year);
  const span = years.length ? `${Math.min(...years)}–${Math.max(...years)}` : "no fatalities recorded";
  return Plot.plot({
    document,
    width,
    title: `${mission}: fatalities per year, by type of incident`,
    subtitle: `${total.toLocaleString("en-US")} fatalities, ${span}`,
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES). Years are calendar years of the incident.",
    ariaLabel: `Stacked bar chart of ${mission} fatalities per year by type of incident`,
    ariaDescription: `${total} fatalities in ${span}. ${describeYears(rows)}`,
    x: { label: null, tickFormat: "d", type: "band" },
    y: { label: "Fatalities", grid: true },
    color: {
      legend: true,
      domain: Object.keys(incidentColors),
      range: Object.values(incidentColors),
    },
    marks: [
      Plot.barY(rows, {
        x: "year",
        y: "fatalities",
        fill: "incident_type",
        order: Object.keys(incidentColors),
        title: (d: YearIncidentCount) => `${d.year}, ${d.incident_type}: ${d.fatalities}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

function describeYears(rows: YearIncidentCount[]): string {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.fatalities);
  return [...totals].map(([year, n]) => `${year}: ${n}`).join("; ") + ".";
}

export function missionRankingChart(
  ranking: MissionRank[],
  { highlight, top = 15, label, width = 640, document }: ChartOptions & { highlight: string; top?: number; label: string },
): HTMLElement | SVGSVGElement {
  const shown = ranking.slice(0, top);
  return Plot.plot({
    document,
    width,
    marginLeft: 110,
    marginRight: 40,
    title: `The ${shown.length} missions with the most fatalities from ${label}`,
    subtitle: `${highlight} highlighted; all UN peacekeeping and political missions in the file`,
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES), all years.",
    ariaLabel: `Bar chart ranking missions by fatalities from ${label}`,
    ariaDescription: shown.map((row) => `${row.rank}. ${row.mission}: ${row.fatalities}`).join("; ") + ".",
    x: { label: "Fatalities", grid: true },
    y: { label: null, domain: shown.map((row) => row.mission) },
    marks: [
      Plot.barX(shown, {
        x: "fatalities",
        y: "mission",
        fill: (d: MissionRank) => (d.mission === highlight ? incidentColors["Malicious Act"] : "#9AA5B1"),
        title: (d: MissionRank) => `${d.rank}. ${d.mission}: ${d.fatalities}`,
      }),
      Plot.text(shown, { x: "fatalities", y: "mission", text: "fatalities", textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}
