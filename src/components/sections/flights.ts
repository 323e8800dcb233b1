/*
 * The flight authorizations not granted, as both editions draw them: the chart, its sources, the numbers behind it
 * and every row of the flights table with its source's wording, from the same figures in the
 * page's language; the prose around them is the page's template's (src/flights.page.ts). The
 * sources' wording (the notes) exists in English only.
 */
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import type { FlightRow } from "../../../data-loaders/flights.js";
import type { FlightsFigures } from "../figures/flights.js";
import { flightRefusalsChart } from "../charts/force-charts.js";
import { formatter, type Locale } from "../i18n/format.js";
import { attributedCitation, chartSources } from "../render/lists.js";
import { englishIn, html, type Markup } from "../render/markup.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";
import { deniedWords, statedDate, statedPeriod } from "../i18n/figure-words.js";
import { rowsOf } from "../../../data-loaders/tidy-tables.js";

const words: Record<
  Locale,
  {
    numbers: string;
    refusals: {
      caption: string;
      from: string;
      to: string;
      requested: string;
      denied: string;
      counts: string;
      share: string;
      drones: string;
      source: string;
    };
    categories: Record<FlightRow["category"], string>;
    rows: { caption: string; period: string; flights: string; wording: string; source: string };
  }
> = byEdition((locale) => ({
  numbers: message(locale, "flightsPage.numbers"),
  refusals: {
    caption: message(locale, "flightsPage.refusals.caption"),
    from: message(locale, "flightsPage.refusals.from"),
    to: message(locale, "flightsPage.refusals.to"),
    requested: message(locale, "flightsPage.refusals.requested"),
    denied: message(locale, "flightsPage.refusals.denied"),
    counts: message(locale, "flightsPage.refusals.counts"),
    share: message(locale, "flightsPage.refusals.share"),
    drones: message(locale, "flightsPage.refusals.drones"),
    source: message(locale, "flightsPage.refusals.source"),
  },
  categories: {
    "all flights": message(locale, "flightsPage.categories.all_flights"),
    "ISR drone flights": message(locale, "flightsPage.categories.ISR_drone_flights"),
  },
  rows: {
    caption: message(locale, "flightsPage.rows.caption"),
    period: message(locale, "flightsPage.rows.period"),
    flights: message(locale, "flightsPage.rows.flights"),
    wording: message(locale, "flightsPage.rows.wording"),
    source: message(locale, "flightsPage.rows.source"),
  },
}));

/** The chart of refusals per period, its sources in order, and the numbers behind it. */
export function flightsChart(context: PageContext, f: FlightsFigures, locale: Locale): Markup {
  const w = words[locale].refusals;
  const format = formatter(locale);
  return html`${chartPart(context, (o) => flightRefusalsChart(f.refusals, { locale, ...o }))}
${chartSources(f.refusals, locale)}
${numbersBehind(
  words[locale].numbers,
  dataTable(
    f.refusals,
    [
      { header: w.from, value: (row) => statedDate(row.period_start, row.date_precision, locale) },
      { header: w.to, value: (row) => statedDate(row.period_end, row.date_precision, locale) },
      { header: w.requested, value: (row) => (row.requested === null ? "" : format.number(row.requested)), numeric: true },
      { header: w.denied, value: (row) => format.number(row.denied), numeric: true },
      { header: w.counts, value: (row) => deniedWords[locale][row.denied_counts] },
      { header: w.share, value: (row) => (row.share === null ? "" : format.share(row.share)), numeric: true },
      { header: w.drones, value: (row) => (row.drone_denied === null ? "" : format.number(row.drone_denied)), numeric: true },
      { header: w.source, value: (row) => attributedCitation(row, locale) },
    ],
    { caption: w.caption },
  ),
)}`;
}

/** Every row of the flights table with its source's wording, which stays the source's (English). */
export function flightRows(context: PageContext, locale: Locale): Markup {
  const w = words[locale];
  const flights = rowsOf(context.tables().flights);
  return dataTable(
    flights,
    [
      {
        header: w.rows.period,
        value: (row) => statedPeriod(row.period_start, row.period_end, row.date_precision, locale, { short: true }),
      },
      { header: w.rows.flights, value: (row) => w.categories[row.category] },
      { header: w.rows.wording, value: (row) => englishIn(row.note, locale) },
      { header: w.rows.source, value: (row) => attributedCitation(row, locale) },
    ],
    { caption: w.rows.caption },
  );
}
