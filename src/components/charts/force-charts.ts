/*
 * The charts of the mission's last years, as two story pages tell them: the flights the Malian
 * authorities refused (flights page) and the force's published strength and departing contingents
 * (contingents page). Same contract as every chart (drawing.ts): tidy rows and options in, a Plot figure out, with
 * golden SVGs.
 */
import * as Plot from "@observablehq/plot";
import { departureStatuses, type ContingentRow, type DepartureStatus } from "../../../data-loaders/contingents.js";
import type { StrengthRow } from "../../../data-loaders/strength.js";
import { asImage, toTime, type ChartOptions } from "./drawing.js";
import { formatter, type Locale } from "../i18n/format.js";
import { deniedWords, departureDate, statedDate, statedNumber, statedOn, statedPeriod } from "../i18n/figure-words.js";
import { contingentsText, flightRefusalsText, strengthComponentText, strengthText } from "../i18n/chart-text.js";
import { componentColors, palette } from "./palette.js";
import { AXIS_LABEL_GAP, barLabelMargins, countryLabel, textWidth, widestLabel } from "./text-width.js";
import type { FlightRefusal } from "../metrics/flights.js";
import { countsAgainstCeilings } from "../metrics/force.js";

/** Flights asked for and refused, one group of bars per reporting period. */
export function flightRefusalsChart(
  refusals: FlightRefusal[],
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = flightRefusalsText[locale];
  const format = formatter(locale);
  const measures = text.measures;
  const bars = refusals.flatMap((row) => {
    const period = statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { short: true, wrap: true });
    return [
      { period, measure: measures[0], value: row.requested },
      { period, measure: measures[1], value: row.denied },
      { period, measure: measures[2], value: row.drone_denied },
    ].filter((bar): bar is { period: string; measure: string; value: number } => bar.value !== null);
  });
  const counted = refusals.filter((row) => row.share !== null);
  const point = counted.length
    ? text.point(
        counted.map((row) => ({
          period: statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { words: true }),
          share: format.share(row.share!, { digits: 1 }),
          counts: deniedWords[locale][row.denied_counts],
        })),
      )
    : null;
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      // Room for the longest line of a period's label ("30 déc. 2022 – 30 mars 2023"), and never less than before.
      marginLeft: Math.max(150, Math.ceil(widestLabel(bars.flatMap((bar) => bar.period.split("\n"))) + AXIS_LABEL_GAP)),
      marginRight: 50,
      title: text.title,
      subtitle: point ? `${point}. ${text.subtitle}` : text.subtitle,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        (point ? `${point}. ` : "") +
        refusals
          .map((row) =>
            text.period(
              statedPeriod(row.period_start, row.period_end, row.date_precision, locale),
              row.requested === null ? null : format.number(row.requested),
              format.number(row.denied),
              deniedWords[locale][row.denied_counts],
              row.drone_denied === null ? null : format.number(row.drone_denied),
            ),
          )
          .join(format.semicolon) +
        ".",
      x: { label: text.axis, grid: true, tickFormat: format.number },
      y: { label: null, domain: measures, axis: null },
      fy: {
        label: null,
        domain: refusals.map((row) =>
          statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { short: true, wrap: true }),
        ),
      },
      color: { legend: true, domain: measures, range: [palette.neutral, palette.vermillion, palette.reddishPurple] },
      marks: [
        Plot.barX(bars, {
          x: "value",
          y: "measure",
          fy: "period",
          fill: "measure",
          title: (d) => `${d.period.replace("\n", " ")}, ${d.measure}${format.colon}${format.number(d.value)}`,
        }),
        Plot.text(bars, { x: "value", y: "measure", fy: "period", text: (d) => format.number(d.value), textAnchor: "start", dx: 4 }),
        Plot.ruleX([0]),
      ],
      ...plot,
    }),
  );
}

const DEPARTURE_FONT = 9;

/** A departure that happened is drawn dark; one only planned, light; a suspension, grey. */
const statusColors: Record<DepartureStatus, string> = {
  completed: palette.blue,
  "under way": palette.blue,
  planned: palette.skyBlue,
  suspended: palette.neutral,
};

/**
 * One label per group of departures drawn too close together to be read apart: rotated labels
 * need their own line height between them, so departures closer than that on the axis share one
 * label ("Germany, Benin"), placed at the first of them.
 */
export function departureLabelsAt(
  marked: { country: string; time: Date }[],
  domain: Date[],
  plotWidth: number,
): { time: Date; text: string }[] {
  const [start, end] = domain.map((date) => date.getTime());
  const x = (time: Date) => (end === start ? 0 : ((time.getTime() - start) / (end - start)) * plotWidth);
  const groups: { time: Date; countries: string[]; x: number }[] = [];
  for (const row of [...marked].sort((a, b) => a.time.getTime() - b.time.getTime())) {
    const last = groups.at(-1);
    if (last && x(row.time) - last.x < DEPARTURE_FONT * 1.4) {
      if (!last.countries.includes(row.country)) last.countries.push(row.country);
    } else {
      groups.push({ time: row.time, countries: [row.country], x: x(row.time) });
    }
  }
  return groups.map((group) => ({ time: group.time, text: group.countries.join(", ") }));
}

/**
 * Published figures of the mission's size over time: deployed (dots, hollow where the source
 * says "about" or "more than"), authorized ceilings (steps), and the departing contingents.
 */
export function strengthChart(
  strength: StrengthRow[],
  departures: ContingentRow[],
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = strengthText[locale];
  const names = strengthComponentText[locale];
  const format = formatter(locale);
  const deployed = strength.filter((row) => row.deployed !== null).map((row) => ({ ...row, time: toTime(row.date) }));
  const ceilings = strength.filter((row) => row.authorized !== null).map((row) => ({ ...row, time: toTime(row.date) }));
  const marked = departures.filter((row) => row.departed).map((row) => ({ ...row, time: toTime(row.departed!) }));
  const components = Object.keys(componentColors).filter((c) => strength.some((row) => row.component === c));
  const margin = { left: 50, right: 20 };
  const times = [...deployed, ...ceilings, ...marked].map((row) => row.time.getTime());
  const domain = [new Date(Math.min(...times)), new Date(Math.max(...times))];
  const departureLabels = departureLabelsAt(marked, domain, width - margin.left - margin.right);
  const againstCeilings = countsAgainstCeilings(strength);
  const point = text.point(againstCeilings.belowCeiling, againstCeilings.counts, againstCeilings.floors);
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: 420,
      marginTop: 30,
      marginLeft: margin.left,
      marginRight: margin.right,
      title: text.title,
      subtitle: `${point}. ${text.subtitle}`,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        `${point}. ` +
        deployed
          .map(
            (row) =>
              `${statedDate(row.date, row.date_precision, locale)}, ${names[row.component]}${format.colon}${statedNumber(row.deployed!, row.qualifier, locale)}`,
          )
          .join(format.semicolon) +
        `. ${text.ceilings}${format.colon}` +
        ceilings
          .map(
            (row) =>
              `${statedDate(row.date, row.date_precision, locale)}, ${names[row.component]}${format.colon}${statedNumber(row.authorized!, row.qualifier, locale)}`,
          )
          .join(format.semicolon) +
        `. ${text.departures}${format.colon}` +
        marked
          .map(
            (row) =>
              `${row.country} (${names[row.component]}), ${contingentsText[locale].when[row.departure_status](departureDate({ ...row, departed: row.departed! }, locale))}`,
          )
          .join(format.semicolon) +
        ".",
      x: { type: "utc", label: null, domain },
      y: { label: text.axis, grid: true, zero: true, tickFormat: format.number },
      color: {
        legend: true,
        domain: components,
        range: components.map((c) => componentColors[c]),
        tickFormat: (c: StrengthRow["component"]) => names[c],
      },
      marks: [
        Plot.ruleX(marked, { x: "time", stroke: palette.neutral, strokeDasharray: "3,3" }),
        Plot.text(departureLabels, {
          x: "time",
          frameAnchor: "top",
          text: "text",
          rotate: -90,
          textAnchor: "end",
          dx: -3,
          dy: 4,
          fontSize: DEPARTURE_FONT,
          fill: palette.annotation,
        }),
        Plot.line(ceilings, { x: "time", y: "authorized", stroke: "component", curve: "step-after", strokeWidth: 1.5 }),
        Plot.dot(
          deployed.filter((d) => d.qualifier === "exact"),
          {
            x: "time",
            y: "deployed",
            fill: "component",
            r: 4,
            title: (d) =>
              `${statedDate(d.date, d.date_precision, locale)}, ${names[d.component as StrengthRow["component"]]}${format.colon}${statedNumber(d.deployed!, d.qualifier, locale)}`,
          },
        ),
        Plot.dot(
          deployed.filter((d) => d.qualifier !== "exact"),
          {
            x: "time",
            y: "deployed",
            stroke: "component",
            fill: "white",
            strokeWidth: 1.5,
            r: 4,
            title: (d) =>
              `${statedDate(d.date, d.date_precision, locale)}, ${names[d.component as StrengthRow["component"]]}${format.colon}${statedNumber(d.deployed!, d.qualifier, locale)}`,
          },
        ),
      ],
      ...plot,
    }),
  );
}

/** The contingents in the order the chart draws them: by departure, or announcement where no departure date is known. */
export function inDepartureOrder<Row extends Pick<ContingentRow, "departed" | "announced">>(departing: readonly Row[]): Row[] {
  const when = (row: Row) => row.departed ?? row.announced ?? "";
  return [...departing].sort((a, b) => when(a).localeCompare(when(b)));
}

/** Each departing contingent by size, in order of departure (or announcement, where no departure date is known). */
export function contingentsChart(
  departing: ContingentRow[],
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = contingentsText[locale];
  const names = strengthComponentText[locale];
  const format = formatter(locale);
  // On a phone there is no room beside the bars for the dates; the table below gives them.
  const narrow = width < 560;
  const room = Math.round(width * (narrow ? 0.42 : 0.3)) - AXIS_LABEL_GAP;
  const rows = inDepartureOrder(departing).map((row) => ({
    ...row,
    label: `${countryLabel(row.country, room - textWidth(` (${names[row.component]})`))} (${names[row.component]})`,
    status: text.status[row.departure_status],
    date: row.departed
      ? text.when[row.departure_status](departureDate({ ...row, departed: row.departed }, locale, { short: true }))
      : row.announced
        ? text.announced(statedOn(row.announced, "day", locale, { short: true }), row.departure_status)
        : text.noDate,
  }));
  const statuses = departureStatuses.filter((status) => rows.some((row) => row.departure_status === status));
  const counts = Object.fromEntries(statuses.map((status) => [status, rows.filter((row) => row.departure_status === status).length]));
  const point = text.title(rows.length, counts);
  const valueLabel = (d: (typeof rows)[number]) => `${statedNumber(d.personnel, d.qualifier, locale)}${narrow ? "" : `, ${d.date}`}`;
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      ...barLabelMargins(
        rows.map((row) => row.label),
        rows.map(valueLabel),
      ),
      title: point,
      subtitle: text.subtitle,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        `${point}. ` +
        rows
          .map((row) => `${row.label}${format.colon}${statedNumber(row.personnel, row.qualifier, locale)}, ${row.date}`)
          .join(format.semicolon) +
        ".",
      x: { label: text.axis, grid: true, tickFormat: format.number },
      y: { label: null, domain: rows.map((row) => row.label) },
      color: {
        legend: true,
        domain: statuses.map((status) => text.status[status]),
        range: statuses.map((status) => statusColors[status]),
      },
      marks: [
        Plot.barX(rows, { x: "personnel", y: "label", fill: "status", title: (d) => `${d.label}: ${d.personnel}, ${d.date}` }),
        Plot.text(rows, { x: "personnel", y: "label", text: valueLabel, textAnchor: "start", dx: 4, fontSize: 10 }),
        Plot.ruleX([0]),
      ],
      ...plot,
    }),
  );
}
