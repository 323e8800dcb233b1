/*
 * The withdrawal as both editions draw it: the sites with their map, order and table, the personnel
 * who had left, and where the mission and its contributors stood on the UN's maps, from the same
 * figures in the page's language; the prose around them is the page's template's
 * (src/withdrawal.page.ts). The curated notes exist in English only; another edition marks them so.
 */
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import { textIn } from "../i18n/curated-text.js";
import type { SiteRow } from "../../../data-loaders/sites.js";
import type { DatePrecision } from "../../../data-loaders/figure-fields.js";
import { statedDate } from "../i18n/figure-words.js";
import type { YearAnnotation } from "../charts/year-annotations.js";
import type { WithdrawalFigures } from "../figures/withdrawal.js";
import { formatter, type Locale } from "../i18n/format.js";
import { countryWithNeighbours, MALI } from "../charts/geography.js";
import { namedCountryIn } from "../i18n/countries.js";
import { chartSources, citation } from "../render/lists.js";
import { block, englishIn, html, type Markup } from "../render/markup.js";
import type { ContributorYear, SiteClosure } from "../metrics/withdrawal.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";
import { closuresChart, contributorsChart, personnelLeftChart, placesChart, sitesMap } from "../charts/withdrawal-charts.js";

const words: Record<
  Locale,
  {
    sites: {
      summary: string;
      caption: string;
      order: string;
      site: string;
      kind: string;
      closed: string;
      notFound: string;
      handedTo: string;
      note: string;
      source: string;
    };
    kinds: Record<SiteRow["kind"], string>;
    estimates: string;
  }
> = byEdition((locale) => ({
  sites: {
    summary: message(locale, "withdrawalPage.sites.summary"),
    caption: message(locale, "withdrawalPage.sites.caption"),
    order: message(locale, "withdrawalPage.sites.order"),
    site: message(locale, "withdrawalPage.sites.site"),
    kind: message(locale, "withdrawalPage.sites.kind"),
    closed: message(locale, "withdrawalPage.sites.closed"),
    notFound: message(locale, "withdrawalPage.sites.notFound"),
    handedTo: message(locale, "withdrawalPage.sites.handedTo"),
    note: message(locale, "withdrawalPage.sites.note"),
    source: message(locale, "withdrawalPage.sites.source"),
  },
  kinds: {
    camp: message(locale, "withdrawalPage.kinds.camp"),
    "temporary base": message(locale, "withdrawalPage.kinds.temporary_base"),
  },
  estimates: message(locale, "withdrawalPage.estimates"),
}));

/** The sites with their names in the page's language. */
export function sitesIn(closures: readonly SiteClosure[], locale: Locale): SiteClosure[] {
  // An edition's columns (site_fr) every row fills; a missing one stops the page, naming it.
  return closures.map((site) => ({ ...site, site: textIn(site, "site", locale), handed_to: textIn(site, "handed_to", locale) }));
}

/** The contributors and the departing countries with their names in the page's language. */
export function contributorsIn(
  contributors: readonly ContributorYear[],
  departing: readonly string[],
  locale: Locale,
): { contributors: ContributorYear[]; departing: string[] } {
  return {
    contributors: contributors.map((row) => ({ ...row, country: namedCountryIn(row.country, locale) })),
    departing: departing.map((country) => namedCountryIn(country, locale)),
  };
}

/** A closing date as the page writes it, as precisely as its source ("about 23 October 2023", "vers le 23 octobre 2023"). */
export function closedOn(row: { closed: string; date_precision: DatePrecision | "" }, locale: Locale): string {
  return statedDate(row.closed, row.date_precision, locale);
}

/** The map of the sites, the order they closed, and every site's row with its source. */
export function sitesSection(context: PageContext, f: WithdrawalFigures, locale: Locale): Markup {
  const w = words[locale].sites;
  const format = formatter(locale);
  const sites = sitesIn(f.closures, locale);
  return html`${chartPart(context, (o) => sitesMap(sites, countryWithNeighbours(MALI), { locale, ...o }))}
${chartPart(context, (o) => closuresChart(sites, { locale, ...o }))}
${numbersBehind(
  w.summary,
  dataTable(
    sites,
    [
      { header: w.order, value: (row) => (row.order === null ? "" : format.number(row.order)), numeric: true },
      { header: w.site, value: (row) => row.site },
      { header: w.kind, value: (row) => words[locale].kinds[row.kind] },
      {
        header: w.closed,
        value: (row) => (row.closed === null ? w.notFound : closedOn({ closed: row.closed, date_precision: row.date_precision }, locale)),
      },
      { header: w.handedTo, value: (row) => row.handed_to },
      { header: w.note, value: (row) => englishIn(row.note, locale) },
      { header: w.source, value: (row) => citation(row, locale) },
    ],
    { caption: w.caption },
  ),
)}`;
}

/** The published counts of the personnel who had left, with their sources in order. */
export function personnelLeftSection(context: PageContext, f: WithdrawalFigures, locale: Locale): Markup {
  return html`${chartPart(context, (o) => personnelLeftChart(f.leftSeries, f.left.toLeave, { locale, ...o }))}
${chartSources(f.leftSeries, locale)}`;
}

/** Where the mission's units stood on the maps of each year, with what the estimates are. */
export function placesSection(context: PageContext, f: WithdrawalFigures, annotations: YearAnnotation[], locale: Locale): Markup {
  return html`${chartPart(context, (o) => placesChart(f.places, { annotations, locale, ...o }))}
${block(html`<p class="chart-note">${words[locale].estimates}</p>`)}`;
}

/** The contributing countries the maps draw each year, those that announced their departure marked. */
export function contributorsSection(context: PageContext, f: WithdrawalFigures, annotations: YearAnnotation[], locale: Locale): Markup {
  return chartPart(context, (o) => {
    const named = contributorsIn(f.contributors, f.departing, locale);
    return contributorsChart(named.contributors, named.departing, { annotations, locale, ...o });
  });
}
