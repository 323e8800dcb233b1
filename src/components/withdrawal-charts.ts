/*
 * The withdrawal page's charts: the map of the thirteen sites, the order they closed, the
 * personnel who had left, and where the mission and its contributors stood on the UN's deployment
 * maps year by year. Same contract as charts.ts: tidy rows in, a Plot figure out.
 */
import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection } from "geojson";
import type { WithdrawalRow } from "../../data-loaders/withdrawal.js";
import { annotationMargin, annotationMarks, type YearAnnotation } from "./chart-annotations.js";
import { asImage, everyYear, toTime, type ChartOptions } from "./charts.js";
import { formatDate, formatNumber } from "./format.js";
import { palette, textHalo } from "./palette.js";
import { AXIS_LABEL_GAP, widestLabel } from "./text-width.js";
import type { ContributorYear, PlaceYear, SiteClosure } from "./metrics/withdrawal.js";

/** The first phase of the withdrawal ran from July to August 2023, the second from 1 September. */
export const SECOND_PHASE_FROM = "2023-09-01";

export const phases = {
  first: { label: "Closed July–August", color: palette.vermillion },
  second: { label: "Closed September–December", color: palette.blue },
  open: { label: "No closing date found", color: palette.grey },
} as const;

export function phaseOf(site: Pick<SiteClosure, "closed">): keyof typeof phases {
  if (site.closed === null) return "open";
  return site.closed < SECOND_PHASE_FROM ? "first" : "second";
}

/** Short closing date for a label: "13 Aug", "about 23 Oct". */
function shortClosed(site: SiteClosure): string {
  if (site.closed === null) return "no date";
  const day = formatDate(site.closed, { short: true }).replace(/ 2023$/, "");
  return site.closed_qualifier ? `${site.closed_qualifier} ${day}` : day;
}

/**
 * Where a site's label goes, beside its dot: towns a few kilometres apart (Timbuktu, Ber and
 * Goundam; Gao and Ansongo) would write over each other on one side. `dy` in label lines.
 */
const labelPlacement: Record<string, { left: boolean; dy: number }> = {
  timbuktu: { left: true, dy: -0.6 },
  goundam: { left: true, dy: 0.9 },
  "mopti-sevare": { left: true, dy: 0 },
};

export function sitesMap(
  closures: SiteClosure[],
  { country, neighbours }: { country: Feature; neighbours: FeatureCollection },
  { width = 640, document, ...plot }: ChartOptions = {},
): HTMLElement | SVGSVGElement {
  const mapped = closures.filter((site) => site.latitude !== null && site.longitude !== null);
  const unmapped = closures.filter((site) => site.latitude === null);
  const narrow = width < 480;
  // On a phone the names would run into each other: the dots carry their order of closing, which
  // the table below the map spells out; a site without a date keeps its name.
  const label = (site: SiteClosure) =>
    narrow ? (site.order === null ? site.site : String(site.order)) : `${site.site.replace(/ \(.*\)$/, "")}\n${shortClosed(site)}`;
  const present = (Object.keys(phases) as (keyof typeof phases)[]).filter((phase) => closures.some((site) => phaseOf(site) === phase));
  const fontSize = narrow ? 10 : 11;
  const placement = (site: SiteClosure) =>
    narrow
      ? { left: site.order === null || (labelPlacement[site.id]?.left ?? false), dy: 0 }
      : (labelPlacement[site.id] ?? { left: false, dy: 0 });
  const labels = mapped.map((site) => ({ site, ...placement(site) }));
  const side = (left: boolean) =>
    labels
      .filter((entry) => entry.left === left)
      .map(({ site, dy }) =>
        Plot.text([site], {
          x: "longitude",
          y: "latitude",
          text: label,
          textAnchor: left ? "end" : "start",
          dx: left ? -7 : 7,
          dy: dy * fontSize * 1.1,
          fontSize,
          lineHeight: 1.1,
          fill: "currentColor",
          ...textHalo,
        }),
      );
  return asImage(
    Plot.plot({
      document,
      width,
      height: Math.round(width * 0.9),
      title: "The thirteen sites MINUSMA gave up in 2023",
      // One text at both widths: the page keeps the words around the plot once.
      subtitle: `Each site with the day it closed or was handed over, or on a small screen its order of closing (the table below lists them); ${
        unmapped.map((site) => `${site.site}${site.order === null ? "" : ` (${site.order})`}`).join(", ") || "none"
      } not drawn: no point in the sources`,
      caption:
        "Sources: each site's closing as the curated sites table cites it; towns' points from Geo-PKO v2.3 (Uppsala University); outlines from Natural Earth (world-atlas).",
      ariaLabel: "Map of Mali with MINUSMA's sites and the day each closed",
      ariaDescription: closures
        .map((site) => `${site.site}: ${site.closed === null ? "no closing date found" : `closed ${shortClosed(site)} 2023`}`)
        .join("; "),
      projection: { type: "mercator", domain: country, inset: narrow ? 8 : 12 },
      color: { legend: true, domain: present.map((phase) => phases[phase].label), range: present.map((phase) => phases[phase].color) },
      marks: [
        Plot.geo(neighbours, { fill: "#f2f2f2", stroke: "#c8c8c8", strokeWidth: 0.75 }),
        Plot.geo(country, { fill: "#fbfaf6", stroke: palette.annotation, strokeWidth: 1 }),
        Plot.dot(mapped, {
          x: "longitude",
          y: "latitude",
          r: 4.5,
          fill: (site: SiteClosure) => phases[phaseOf(site)].label,
          stroke: "white",
          strokeWidth: 1,
        }),
        ...side(false),
        ...side(true),
      ],
      ...plot,
    }),
  );
}

/** The time axis of the withdrawal, July to December 2023: months named in full where they fit. */
const withdrawalMonths = (narrow: boolean): Plot.ScaleOptions => ({
  type: "utc",
  domain: [toTime("2023-07-01"), toTime("2024-01-01")],
  ticks: narrow ? 3 : 6,
  tickFormat: narrow ? "%b" : "%B",
  label: null,
});

/** From this day a closing's label would run past the end of the year: it goes left of its dot. */
const LATE_LABEL_FROM = "2023-11-25";

/** The sites in the order they closed, on a time axis from July 2023 to the end of the year. */
export function closuresChart(closures: SiteClosure[], { width = 640, document, ...plot }: ChartOptions = {}): HTMLElement | SVGSVGElement {
  const dated = closures.filter((site) => site.closed !== null);
  const open = closures.filter((site) => site.closed === null);
  const narrow = width < 480;
  return asImage(
    Plot.plot({
      document,
      width,
      height: 40 + dated.length * 24,
      marginLeft: Math.ceil(widestLabel(dated.map((site) => site.site)) + AXIS_LABEL_GAP),
      marginRight: narrow ? 12 : 20,
      title: "The order the sites closed",
      subtitle: `${dated.length} sites closed from ${formatDate(dated[0]?.closed ?? "2023-07")} to ${formatDate(dated.at(-1)?.closed ?? "2023-12")}${
        open.length ? `; no date found for ${open.map((site) => site.site).join(", ")}` : ""
      }`,
      caption: "Source: the curated sites table, one source per site. Open circles: a day the sources give only about.",
      ariaLabel: "Dot chart of the day each MINUSMA site closed in 2023, in order",
      ariaDescription: dated.map((site) => `${site.order}. ${site.site}, ${shortClosed(site)}`).join("; "),
      x: withdrawalMonths(narrow),
      y: { domain: dated.map((site) => site.site), label: null, tickSize: 0 },
      color: { domain: [phases.first.label, phases.second.label], range: [phases.first.color, phases.second.color], legend: true },
      marks: [
        Plot.ruleX([toTime(SECOND_PHASE_FROM)], { stroke: palette.grey, strokeDasharray: "3,3" }),
        Plot.text([toTime(SECOND_PHASE_FROM)], {
          x: (d: Date) => d,
          frameAnchor: "top",
          text: () => "second phase",
          textAnchor: "start",
          dx: 4,
          dy: -2,
          fill: palette.annotation,
          fontSize: 10,
        }),
        Plot.ruleY(dated, { y: "site", stroke: "#eeeeee" }),
        // A day the sources give exactly is a filled dot; one they give only about, an open one.
        Plot.dot(
          dated.filter((site) => !site.closed_qualifier),
          { x: (site: SiteClosure) => toTime(site.closed!), y: "site", r: 5, fill: (site: SiteClosure) => phases[phaseOf(site)].label },
        ),
        Plot.dot(
          dated.filter((site) => site.closed_qualifier),
          {
            x: (site: SiteClosure) => toTime(site.closed!),
            y: "site",
            r: 4.5,
            fill: "white",
            stroke: (site: SiteClosure) => phases[phaseOf(site)].label,
            strokeWidth: 1.5,
          },
        ),
        // Labels of the late closings go to the left of their dot, inside the chart.
        ...[false, true].map((late) =>
          Plot.text(
            dated.filter((site) => site.closed! >= LATE_LABEL_FROM === late),
            {
              x: (site: SiteClosure) => toTime(site.closed!),
              y: "site",
              text: shortClosed,
              dx: late ? -9 : 9,
              textAnchor: late ? "end" : "start",
              fontSize: 10,
              fill: palette.annotation,
            },
          ),
        ),
      ],
      ...plot,
    }),
  );
}

/** The published counts of personnel who had left, with the total the withdrawal concerned. */
export function personnelLeftChart(
  left: WithdrawalRow[],
  toLeave: { personnel: number } | null,
  { width = 640, document, ...plot }: ChartOptions = {},
): HTMLElement | SVGSVGElement {
  const narrow = width < 480;
  const stated = (row: WithdrawalRow) => `${row.qualifier ? `${row.qualifier} ` : ""}${formatNumber(row.personnel)}`;
  const top = Math.max(toLeave?.personnel ?? 0, ...left.map((row) => row.personnel));
  return asImage(
    Plot.plot({
      document,
      width,
      height: narrow ? 260 : 300,
      marginLeft: narrow ? 44 : 56,
      marginRight: narrow ? 16 : 40,
      title: "Personnel who had left Mali",
      subtitle: toLeave
        ? `Counts the mission and the press gave as it went, against the ${formatNumber(toLeave.personnel)} the withdrawal concerned`
        : "Counts the mission and the press gave as it went",
      caption: "Source: the curated withdrawal table, one source per count. A count of “more than” is drawn at its figure.",
      ariaLabel: "Dot chart of the personnel who had left Mali by date in 2023",
      ariaDescription: left.map((row) => `${formatDate(row.date)}: ${stated(row)}`).join("; "),
      x: withdrawalMonths(narrow),
      y: { domain: [0, Math.ceil(top / 2000) * 2000], grid: true, label: "Personnel", tickFormat: (d: number) => formatNumber(d) },
      marks: [
        ...(toLeave
          ? [
              Plot.ruleY([toLeave.personnel], { stroke: palette.annotation, strokeDasharray: "4,3" }),
              Plot.text([toLeave], {
                x: () => toTime("2024-01-01"),
                y: "personnel",
                text: () => `${formatNumber(toLeave.personnel)} to leave`,
                textAnchor: "end",
                dy: -8,
                fontSize: 10,
                fill: palette.annotation,
              }),
            ]
          : []),
        Plot.ruleY([0]),
        Plot.line(left, { x: (row: WithdrawalRow) => toTime(row.date), y: "personnel", stroke: palette.blue, strokeWidth: 1.5 }),
        Plot.dot(left, { x: (row: WithdrawalRow) => toTime(row.date), y: "personnel", r: 4, fill: palette.blue }),
        Plot.text(left, {
          x: (row: WithdrawalRow) => toTime(row.date),
          y: "personnel",
          text: stated,
          textAnchor: "end",
          dx: -6,
          dy: -6,
          fontSize: narrow ? 9 : 10,
          fill: "currentColor",
        }),
      ],
      ...plot,
    }),
  );
}

/**
 * The frame of a grid of rows by year: a band for every year, a row per label with room for the
 * longest, and the events written above the plot.
 */
function yearGrid(
  rows: string[],
  years: number[],
  { width, rowHeight, extraHeight, annotations }: { width: number; rowHeight: number; extraHeight: number; annotations: YearAnnotation[] },
) {
  const marginLeft = Math.ceil(widestLabel(rows) + AXIS_LABEL_GAP);
  return {
    height: extraHeight + annotationMargin(annotations) + rows.length * rowHeight,
    marginTop: annotationMargin(annotations),
    marginLeft,
    x: { label: null, type: "band" as const, ...everyYear(years, width - marginLeft - 20) },
    y: { domain: rows, label: null, tickSize: 0 },
  };
}

/** Where the mission's units stood on the maps of each year, the circles sized by the estimated troops. */
export function placesChart(
  places: PlaceYear[],
  { annotations = [], width = 640, document, ...plot }: ChartOptions & { annotations?: YearAnnotation[] } = {},
): HTMLElement | SVGSVGElement {
  const narrow = width < 480;
  const years = places.map((row) => row.year);
  const locations = [...new Set(places.map((row) => row.location))].sort();
  const largest = places.reduce<PlaceYear | null>(
    (top, row) => (row.estimated_troops !== null && row.estimated_troops > (top?.estimated_troops ?? -1) ? row : top),
    null,
  );
  return asImage(
    Plot.plot({
      document,
      width,
      ...yearGrid(locations, years, { width, rowHeight: 24, extraHeight: 40, annotations }),
      title: "Where the mission stood, year by year",
      subtitle: `Circles sized by the troops estimated from the UN's deployment maps (estimates from unit symbols, not head counts)${
        largest ? `; the largest, ${largest.location} in ${largest.year}: about ${formatNumber(largest.estimated_troops!)}` : ""
      }`,
      caption: "Source: Geo-PKO v2.3 (Uppsala University), coded from the UN's deployment maps; the mean of each year's maps.",
      ariaLabel: "Grid of MINUSMA's places by year, sized by estimated troops",
      ariaDescription: locations
        .map(
          (location) =>
            `${location}: ${places
              .filter((row) => row.location === location)
              .map((row) => `${row.year} ${row.estimated_troops === null ? "no estimate" : formatNumber(row.estimated_troops)}`)
              .join(", ")}`,
        )
        .join("; "),
      r: { range: [0, narrow ? 9 : 11] },
      marks: [
        Plot.ruleY(locations, { stroke: "#eeeeee" }),
        ...annotationMarks(annotations, narrow ? 9 : 10, { inMargin: true }),
        Plot.dot(places, {
          x: "year",
          y: "location",
          r: (row: PlaceYear) => row.estimated_troops ?? 0,
          fill: palette.blue,
          fillOpacity: 0.75,
          title: (row: PlaceYear) => `${row.location}, ${row.year}: ${row.estimated_troops ?? "no estimate"}`,
        }),
      ],
      ...plot,
    }),
  );
}

/**
 * The contributing countries the maps draw each year, a cell where a country had units; the
 * countries that announced their departure in 2022–2023 are marked.
 */
export function contributorsChart(
  contributors: ContributorYear[],
  departing: string[],
  { annotations = [], width = 640, document, ...plot }: ChartOptions & { annotations?: YearAnnotation[] } = {},
): HTMLElement | SVGSVGElement {
  const years = contributors.map((row) => row.year);
  const countries = [...new Set(contributors.map((row) => row.country))].sort((a, b) => {
    const yearsOf = (country: string) => contributors.filter((row) => row.country === country).length;
    return yearsOf(b) - yearsOf(a) || a.localeCompare(b);
  });
  const leaving = new Set(departing);
  const name = (country: string) => (leaving.has(country) ? `${country} ◂` : country);
  return asImage(
    Plot.plot({
      document,
      width,
      ...yearGrid(countries.map(name), years, { width, rowHeight: 16, extraHeight: 50, annotations }),
      title: "Contributing countries on the maps, year by year",
      subtitle: "◂ a country that announced in 2022–2023 that its contingent would leave",
      caption: "Sources: Geo-PKO v2.3 (a country drawn on at least one map of the year); departures from the curated contingents table.",
      ariaLabel: "Grid of the countries whose units the UN's maps of MINUSMA draw, by year",
      ariaDescription: countries
        .map(
          (country) =>
            `${country}${leaving.has(country) ? " (announced its departure)" : ""}: ${contributors
              .filter((row) => row.country === country)
              .map((row) => row.year)
              .join(", ")}`,
        )
        .join("; "),
      marks: [
        ...annotationMarks(annotations, width < 480 ? 9 : 10, { inMargin: true }),
        Plot.cell(contributors, {
          x: "year",
          y: (row: ContributorYear) => name(row.country),
          fill: (row: ContributorYear) => (leaving.has(row.country) ? palette.vermillion : palette.blue),
          fillOpacity: 0.8,
          inset: 1,
          title: (row: ContributorYear) => `${row.country}, ${row.year}: ${row.places} place${row.places === 1 ? "" : "s"}`,
        }),
      ],
      ...plot,
    }),
  );
}
