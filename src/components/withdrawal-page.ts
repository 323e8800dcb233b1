/*
 * The withdrawal as both editions draw it: the sites with their map, order and table, the personnel
 * who had left, and where the mission and its contributors stood on the UN's maps, from the same
 * figures in the page's language. The prose is each edition's template's own (src/withdrawal.page.ts,
 * src/fr/withdrawal.page.ts). The curated notes exist in English only; the French edition marks them so.
 */
import { columnIn } from "./i18n/curated-text.js";
import type { SiteRow } from "../../data-loaders/sites.js";
import type { DatePrecision } from "../../data-loaders/figure-fields.js";
import { statedDate } from "./i18n/figure-words.js";
import type { YearAnnotation } from "./chart-annotations.js";
import type { WithdrawalFigures } from "./figures/withdrawal.js";
import { formatter, type Locale } from "./format.js";
import { countryWithNeighbours, MALI } from "./geography.js";
import { namedCountryIn } from "./i18n/countries.js";
import { chartSources, citation } from "./lists.js";
import { block, englishIn, html, type Markup } from "./markup.js";
import type { ContributorYear, SiteClosure } from "./metrics/withdrawal.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";
import { closuresChart, contributorsChart, personnelLeftChart, placesChart, sitesMap } from "./withdrawal-charts.js";

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
> = {
  en: {
    sites: {
      summary: "Numbers behind the map: every site, with its source and where the sources disagree",
      caption: "MINUSMA's sites in 2023, in the order they closed",
      order: "Order",
      site: "Site",
      kind: "Kind",
      closed: "Closed",
      notFound: "not found",
      handedTo: "Handed to",
      note: "Note",
      source: "Source",
    },
    kinds: { camp: "camp", "temporary base": "temporary base" },
    estimates: `These are estimates made by Geo-PKO's coders from the size of the unit symbols on
the UN's maps, not head counts: summed over the places of a year, they overstate the mission's strength. Read them as weights.`,
  },
  fr: {
    sites: {
      summary: "Les chiffres de la carte\u00a0: chaque site, avec sa source et les points où les sources divergent",
      caption: "Les sites de la MINUSMA en 2023, dans l'ordre de leur fermeture",
      order: "Rang",
      site: "Site",
      kind: "Type",
      closed: "Fermeture",
      notFound: "inconnue",
      handedTo: "Remis",
      note: "Note (en anglais)",
      source: "Source",
    },
    kinds: { camp: "camp", "temporary base": "base temporaire" },
    estimates: `Ce sont des estimations que les codeurs de Geo-PKO tirent de la taille des symboles d'unités
sur les cartes de l'ONU, non des décomptes\u00a0: additionnées sur les lieux d'une année, elles surestiment les effectifs de la
mission. Elles valent comme ordres de grandeur.`,
  },
};

/** The sites with their names in the page's language. */
export function sitesIn(closures: readonly SiteClosure[], locale: Locale): SiteClosure[] {
  const [siteColumn, handedToColumn] = [columnIn("site", locale), columnIn("handed_to", locale)] as (
    "site" | "site_fr" | "handed_to" | "handed_to_fr"
  )[];
  return closures.map((site) => ({ ...site, site: site[siteColumn], handed_to: site[handedToColumn] }));
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
