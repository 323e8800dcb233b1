import * as Plot from "@observablehq/plot";
import type { ContingentRow } from "../../data-loaders/contingents.js";
import type { StrengthRow } from "../../data-loaders/strength.js";
import { formatDate, formatPeriod, toTime } from "./dates.js";
import type { FlightRefusal, MissionRank, YearIncidentCount } from "./metrics.js";

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

/** Flights asked for and refused, one group of bars per reporting period. */
export function flightRefusalsChart(
  refusals: FlightRefusal[],
  { width = 640, document }: ChartOptions = {},
): HTMLElement | SVGSVGElement {
  const measures = ["Requested", "Refused or unanswered", "Refused: ISR drone flights"];
  const bars = refusals.flatMap((row) => {
    const period = formatPeriod(row.period_start, row.period_end, { short: true });
    return [
      { period, measure: measures[0], value: row.requested },
      { period, measure: measures[1], value: row.denied },
      { period, measure: measures[2], value: row.drone_denied },
    ].filter((bar): bar is { period: string; measure: string; value: number } => bar.value !== null);
  });
  return Plot.plot({
    document,
    width,
    marginLeft: 150,
    marginRight: 50,
    title: "Flight authorizations MINUSMA asked the Malian authorities for, and those refused",
    subtitle: "By reporting period of the UN Secretary-General's reports; a missing bar means the source gives no figure",
    caption: "Sources: UN Secretary-General's reports on Mali, as listed below the chart.",
    ariaLabel: "Bar chart of flight authorizations requested and refused per reporting period",
    ariaDescription: refusals
      .map((row) => `${formatPeriod(row.period_start, row.period_end)}: ${row.requested ?? "unknown number of"} requested, ${row.denied} refused${row.drone_denied !== null ? `, ${row.drone_denied} of them drone flights` : ""}`)
      .join("; ") + ".",
    x: { label: "Flights", grid: true },
    y: { label: null, domain: measures, axis: null },
    fy: { label: null, domain: refusals.map((row) => formatPeriod(row.period_start, row.period_end, { short: true })) },
    color: { legend: true, domain: measures, range: ["#9AA5B1", "#D55E00", "#CC79A7"] },
    marks: [
      Plot.barX(bars, { x: "value", y: "measure", fy: "period", fill: "measure", title: (d) => `${d.period}, ${d.measure}: ${d.value}` }),
      Plot.text(bars, { x: "value", y: "measure", fy: "period", text: (d) => d.value.toLocaleString("en-US"), textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  });
}

/** Okabe–Ito colours for the parts of the mission's strength. */
export const componentColors: Record<string, string> = {
  military: "#0072B2",
  police: "#009E73",
  uniformed: "#E69F00",
  total: "#000000",
  civilian: "#CC79A7",
};

/**
 * Published figures of the mission's size over time: deployed (dots, hollow where the source
 * says "about" or "more than"), authorized ceilings (steps), and the departing contingents.
 */
export function strengthChart(
  strength: StrengthRow[],
  departures: ContingentRow[],
  { width = 640, document }: ChartOptions = {},
): HTMLElement | SVGSVGElement {
  const deployed = strength.filter((row) => row.deployed !== null).map((row) => ({ ...row, time: toTime(row.date) }));
  const ceilings = strength.filter((row) => row.authorized !== null).map((row) => ({ ...row, time: toTime(row.date) }));
  const marked = departures.filter((row) => row.departed).map((row) => ({ ...row, time: toTime(row.departed!) }));
  const components = Object.keys(componentColors).filter((c) => strength.some((row) => row.component === c));
  return Plot.plot({
    document,
    width,
    height: 420,
    marginTop: 30,
    marginLeft: 50,
    title: "MINUSMA's size as published, 2013–2023",
    subtitle: "Dots: personnel deployed (hollow: approximate or a lower bound). Steps: authorized ceilings. Lines: contingent departures",
    caption: "Sources: UN documents and press, government statements and news reports, one per point, listed in the table below. Month-only dates are drawn mid-month.",
    ariaLabel: "Scatter chart of MINUSMA's deployed strength and authorized ceilings over time, with contingent departures",
    ariaDescription:
      deployed.map((row) => `${formatDate(row.date)}, ${row.component}: ${row.qualifier ? row.qualifier + " " : ""}${row.deployed}`).join("; ") +
      ". Ceilings: " +
      ceilings.map((row) => `${formatDate(row.date)}, ${row.component}: ${row.authorized}`).join("; ") +
      ". Departures: " +
      marked.map((row) => `${row.country} (${row.component}) ${formatDate(row.departed!)}`).join("; ") +
      ".",
    x: { type: "utc", label: null },
    y: { label: "People", grid: true, zero: true },
    color: { legend: true, domain: components, range: components.map((c) => componentColors[c]) },
    marks: [
      Plot.ruleX(marked, { x: "time", stroke: "#9AA5B1", strokeDasharray: "3,3" }),
      Plot.text(marked, { x: "time", frameAnchor: "top", text: (d) => d.country, rotate: -90, textAnchor: "end", dx: -3, dy: 4, fontSize: 9, fill: "#555" }),
      Plot.line(ceilings, { x: "time", y: "authorized", stroke: "component", curve: "step-after", strokeWidth: 1.5 }),
      Plot.dot(
        deployed.filter((d) => !d.qualifier),
        { x: "time", y: "deployed", fill: "component", r: 4, title: (d) => `${formatDate(d.date)}, ${d.component}: ${d.deployed}` },
      ),
      Plot.dot(
        deployed.filter((d) => d.qualifier),
        {
          x: "time",
          y: "deployed",
          stroke: "component",
          fill: "white",
          strokeWidth: 1.5,
          r: 4,
          title: (d) => `${formatDate(d.date)}, ${d.component}: ${d.qualifier} ${d.deployed}`,
        },
      ),
    ],
  });
}

/** Each departing contingent by size, in order of departure (or announcement, where no departure date is known). */
export function contingentsChart(
  departing: ContingentRow[],
  { width = 640, document }: ChartOptions = {},
): HTMLElement | SVGSVGElement {
  const when = (row: ContingentRow) => row.departed ?? row.announced ?? "";
  const rows = [...departing]
    .sort((a, b) => when(a).localeCompare(when(b)))
    .map((row) => ({
      ...row,
      label: `${row.country} (${row.component})`,
      status: row.departure_status === "completed" ? "Left" : "Departure planned",
      date: row.departed
        ? `${row.departure_status === "completed" ? "left" : "to leave"} ${formatDate(row.departed, { short: true })}`
        : row.announced
          ? `announced ${formatDate(row.announced, { short: true })}`
          : "no date given",
    }));
  return Plot.plot({
    document,
    width,
    marginLeft: 150,
    marginRight: 190,
    title: "Contingents that left MINUSMA or announced their departure, 2022–2023",
    subtitle: "Personnel as the source gives them; ordered by departure date, or by announcement where no departure date is given",
    caption: "Sources: government statements and news reports, one per contingent, listed in the table below.",
    ariaLabel: "Bar chart of the size of each departing national contingent",
    ariaDescription: rows.map((row) => `${row.label}: ${row.qualifier ? row.qualifier + " " : ""}${row.personnel}, ${row.date}`).join("; ") + ".",
    x: { label: "Personnel", grid: true },
    y: { label: null, domain: rows.map((row) => row.label) },
    color: { legend: true, domain: ["Left", "Departure planned"], range: ["#0072B2", "#56B4E9"] },
    marks: [
      Plot.barX(rows, { x: "personnel", y: "label", fill: "status", title: (d) => `${d.label}: ${d.personnel}, ${d.date}` }),
      Plot.text(rows, { x: "personnel", y: "label", text: (d) => `${d.qualifier ? "~" : ""}${d.personnel.toLocaleString("en-US")}, ${d.date}`, textAnchor: "start", dx: 4, fontSize: 10 }),
      Plot.ruleX([0]),
    ],
  });
}
