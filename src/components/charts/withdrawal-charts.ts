/*
 * The withdrawal page's charts: the map of the thirteen sites, the order they closed, the
 * personnel who had left, and where the mission and its contributors stood on the UN's deployment
 * maps year by year. Same contract as every chart (drawing.ts): tidy rows in, a Plot figure out.
 */
import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection } from "geojson";
import type { WithdrawalRow } from "../../../data-loaders/withdrawal.js";
import { annotationMargin, annotationMarks, type YearAnnotation } from "./year-annotations.js";
import { everyYear } from "./toll-charts.js";
import { asImage, toTime, type ChartOptions } from "./drawing.js";
import { capitalize, formatter, type Locale } from "../i18n/format.js";
import { statedDate, statedNumber, statedOn } from "../i18n/figure-words.js";
import { message } from "../i18n/messages.js";
import { placeName } from "../i18n/places.js";
import {
  closuresText,
  contributorsText,
  noClosingDateText,
  personnelLeftText,
  phaseText,
  placesText,
  sitesMapText,
} from "../i18n/withdrawal-text.js";
import { palette, textHalo } from "./palette.js";
import { AXIS_LABEL_GAP, widestLabel } from "./text-width.js";
import type { ContributorYear, PlaceYear, SiteClosure } from "../metrics/withdrawal.js";

/** The first phase of the withdrawal ran from July to August 2023, the second from 1 September. */
export const SECOND_PHASE_FROM = "2023-09-01";

type Phase = "first" | "second" | "open";
const phaseColors: Record<Phase, string> = { first: palette.vermillion, second: palette.blue, open: palette.grey };

export function phaseOf(site: Pick<SiteClosure, "closed">): Phase {
  if (site.closed === null) return "open";
  return site.closed < SECOND_PHASE_FROM ? "first" : "second";
}

/** A closing date as `locale` writes it, short ("13 Aug 2023", "about 23 Oct 2023"), without its year for a label. */
function closingLabel(site: SiteClosure, locale: Locale, { withYear = false } = {}): string {
  if (site.closed === null) return noClosingDateText[locale];
  const written = statedDate(site.closed, site.date_precision, locale, { short: true });
  return withYear ? written : written.replace(` ${site.closed.slice(0, 4)}`, "");
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
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = sitesMapText[locale];
  const phases = phaseText[locale];
  const mapped = closures.filter((site) => site.latitude !== null && site.longitude !== null);
  const unmapped = closures.filter((site) => site.latitude === null);
  const narrow = width < 480;
  // On a phone the names would run into each other: the dots carry their order of closing, which
  // the table below the map spells out; a site without a date keeps its name.
  const label = (site: SiteClosure) =>
    narrow ? (site.order === null ? site.site : String(site.order)) : `${site.site.replace(/ \(.*\)$/, "")}\n${closingLabel(site, locale)}`;
  const present = (Object.keys(phaseColors) as Phase[]).filter((phase) => closures.some((site) => phaseOf(site) === phase));
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
    locale,
    Plot.plot({
      document,
      width,
      height: Math.round(width * 0.9),
      title: text.title(closures.length),
      subtitle: text.subtitle(unmapped.map((site) => `${site.site}${site.order === null ? "" : ` (${site.order})`}`)),
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription: closures
        .map((site) => text.site(site.site, site.closed === null ? null : closingLabel(site, locale, { withYear: true })))
        .join(formatter(locale).semicolon),
      projection: { type: "mercator", domain: country, inset: narrow ? 8 : 12 },
      color: { legend: true, domain: present.map((phase) => phases[phase]), range: present.map((phase) => phaseColors[phase]) },
      marks: [
        Plot.geo(neighbours, { fill: "#f2f2f2", stroke: "#c8c8c8", strokeWidth: 0.75 }),
        Plot.geo(country, { fill: "#fbfaf6", stroke: palette.annotation, strokeWidth: 1 }),
        Plot.dot(mapped, {
          x: "longitude",
          y: "latitude",
          r: 4.5,
          fill: (site: SiteClosure) => phases[phaseOf(site)],
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
const withdrawalMonths = (narrow: boolean, locale: Locale): Plot.ScaleOptions => ({
  type: "utc",
  domain: [toTime("2023-07-01"), toTime("2024-01-01")],
  ticks: narrow ? 3 : 6,
  tickFormat: (time: Date) => formatter(locale).month(time.getUTCMonth() + 1, { short: narrow }),
  label: null,
});

/** From this day a closing's label would run past the end of the year: it goes left of its dot. */
const LATE_LABEL_FROM = "2023-11-25";

/** The sites in the order they closed, on a time axis from July 2023 to the end of the year. */
export function closuresChart(
  closures: SiteClosure[],
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = closuresText[locale];
  const phases = phaseText[locale];
  const dated = closures.filter((site) => site.closed !== null);
  const open = closures.filter((site) => site.closed === null);
  const narrow = width < 480;
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: 40 + dated.length * 24,
      marginLeft: Math.ceil(widestLabel(dated.map((site) => site.site)) + AXIS_LABEL_GAP),
      marginRight: narrow ? 12 : 20,
      title: text.title,
      subtitle: text.subtitle(
        dated.length,
        dated.length ? statedOn(dated[0].closed!, dated[0].date_precision, locale) : "",
        dated.length ? statedOn(dated.at(-1)!.closed!, dated.at(-1)!.date_precision, locale) : "",
        open.map((site) => site.site),
      ),
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription: dated.map((site) => `${site.order}. ${site.site}, ${closingLabel(site, locale)}`).join(formatter(locale).semicolon),
      x: withdrawalMonths(narrow, locale),
      y: { domain: dated.map((site) => site.site), label: null, tickSize: 0 },
      color: { domain: [phases.first, phases.second], range: [phaseColors.first, phaseColors.second], legend: true },
      marks: [
        Plot.ruleX([toTime(SECOND_PHASE_FROM)], { stroke: palette.grey, strokeDasharray: "3,3" }),
        Plot.text([toTime(SECOND_PHASE_FROM)], {
          x: (d: Date) => d,
          frameAnchor: "top",
          text: () => text.secondPhase,
          textAnchor: "start",
          dx: 4,
          dy: -2,
          fill: palette.annotation,
          fontSize: 10,
        }),
        Plot.ruleY(dated, { y: "site", stroke: "#eeeeee" }),
        // A day the sources give exactly is a filled dot; one they give only about, an open one.
        Plot.dot(
          dated.filter((site) => site.date_precision === "day"),
          { x: (site: SiteClosure) => toTime(site.closed!), y: "site", r: 5, fill: (site: SiteClosure) => phases[phaseOf(site)] },
        ),
        Plot.dot(
          dated.filter((site) => site.date_precision !== "day"),
          {
            x: (site: SiteClosure) => toTime(site.closed!),
            y: "site",
            r: 4.5,
            fill: "white",
            stroke: (site: SiteClosure) => phases[phaseOf(site)],
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
              text: (site: SiteClosure) => closingLabel(site, locale),
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
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = personnelLeftText[locale];
  const format = formatter(locale);
  const narrow = width < 480;
  const stated = (row: WithdrawalRow) => statedNumber(row.personnel, row.qualifier, locale);
  const top = Math.max(toLeave?.personnel ?? 0, ...left.map((row) => row.personnel));
  const last = left.at(-1);
  const point = last ? text.point(statedOn(last.date, last.date_precision, locale), stated(last)) : null;
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: narrow ? 260 : 300,
      marginLeft: narrow ? 44 : 56,
      marginRight: narrow ? 16 : 40,
      title: text.title,
      subtitle: point ? `${point}. ${text.subtitle(toLeave ? format.number(toLeave.personnel) : null)}` : text.subtitle(null),
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        (point ? `${point}. ` : "") +
        // After the point's full stop, the list opens a sentence: "About 27 September 2023: 3,367".
        capitalize(
          left.map((row) => `${statedDate(row.date, row.date_precision, locale)}${format.colon}${stated(row)}`).join(format.semicolon),
        ),
      x: withdrawalMonths(narrow, locale),
      y: { domain: [0, Math.ceil(top / 2000) * 2000], grid: true, label: text.axis, tickFormat: (d: number) => format.number(d) },
      marks: [
        ...(toLeave
          ? [
              Plot.ruleY([toLeave.personnel], { stroke: palette.annotation, strokeDasharray: "4,3" }),
              Plot.text([toLeave], {
                x: () => toTime("2024-01-01"),
                y: "personnel",
                text: () => text.toLeave(format.number(toLeave.personnel)),
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

/** The options of the charts drawn on a grid of years, with the story's events above them. */
type YearGridOptions = ChartOptions & { annotations?: YearAnnotation[]; locale?: Locale };

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
  mapped: PlaceYear[],
  { annotations = [], locale = "en", width = 640, document, ...plot }: YearGridOptions = {},
): HTMLElement | SVGSVGElement {
  // Geo-PKO's names of places ("Mopti/Sevare", "Dyabali") as the edition writes them.
  const places = mapped.map((row) => ({ ...row, location: placeName(row.location, locale) }));
  const text = placesText[locale];
  const format = formatter(locale);
  const narrow = width < 480;
  const years = places.map((row) => row.year);
  // In the edition's alphabetical order of its own names; where an edition renames a town, its other
  // editions name it so that the order (and the build's check of each edition's numbers) agrees.
  const locations = format.sorted([...new Set(places.map((row) => row.location))]);
  const largest = places.reduce<PlaceYear | null>(
    (top, row) => (row.estimated_troops !== null && row.estimated_troops > (top?.estimated_troops ?? -1) ? row : top),
    null,
  );
  // "about 158 troops in 2014" where the words must say what the number is; "305 in 2015" after it.
  const placeYear = (row: PlaceYear, withWords: boolean) =>
    message(locale, "chart.places.year", {
      year: String(row.year),
      estimated: row.estimated_troops === null ? "no" : "yes",
      first: withWords ? "yes" : "no",
      troops: row.estimated_troops === null ? "" : format.number(row.estimated_troops),
    });
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      ...yearGrid(locations, years, { width, rowHeight: 24, extraHeight: 40, annotations }),
      title: text.title,
      subtitle: text.subtitle(
        largest && { location: largest.location, year: largest.year, troops: format.number(largest.estimated_troops!) },
      ),
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription: locations
        .map((location) => {
          const rows = places.filter((row) => row.location === location);
          // The first estimate says what the numbers are ("about 158 troops in 2014"); the others follow it ("305 in 2015").
          const firstEstimate = rows.find((row) => row.estimated_troops !== null);
          const years = rows.map((row) => placeYear(row, row === firstEstimate));
          return `${location}${format.colon}${years.join(", ")}`;
        })
        .join(format.semicolon),
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
          title: (row: PlaceYear) => `${row.location}${format.colon}${placeYear(row, true)}`,
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
  { annotations = [], locale = "en", width = 640, document, ...plot }: YearGridOptions = {},
): HTMLElement | SVGSVGElement {
  const text = contributorsText[locale];
  const format = formatter(locale);
  const years = contributors.map((row) => row.year);
  // Longest on the maps first, then earliest there; names only between countries of the same
  // years, so that both editions list the same years in the same order whatever the names.
  const yearsOf = (country: string) => contributors.filter((row) => row.country === country).map((row) => row.year);
  const countries = [...new Set(contributors.map((row) => row.country))].sort(
    (a, b) =>
      yearsOf(b).length - yearsOf(a).length || yearsOf(a).join(",").localeCompare(yearsOf(b).join(",")) || a.localeCompare(b, locale),
  );
  const leaving = new Set(departing);
  const name = (country: string) => (leaving.has(country) ? `${country} ◂` : country);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const span = !years.length ? "" : firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  const point = text.point(countries.length, span, countries.filter((country) => leaving.has(country)).length);
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      ...yearGrid(countries.map(name), years, { width, rowHeight: 16, extraHeight: 50, annotations }),
      title: text.title,
      subtitle: `${point}. ${text.subtitle}`,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        `${point}. ` +
        countries
          .map((country) => `${country}${leaving.has(country) ? text.leaving : ""}${format.colon}${yearsOf(country).join(", ")}`)
          .join(format.semicolon),
      marks: [
        ...annotationMarks(annotations, width < 480 ? 9 : 10, { inMargin: true }),
        Plot.cell(contributors, {
          x: "year",
          y: (row: ContributorYear) => name(row.country),
          fill: (row: ContributorYear) => (leaving.has(row.country) ? palette.vermillion : palette.blue),
          fillOpacity: 0.8,
          inset: 1,
          title: (row: ContributorYear) => `${row.country}, ${row.year}${format.colon}${text.places(row.places)}`,
        }),
      ],
      ...plot,
    }),
  );
}
