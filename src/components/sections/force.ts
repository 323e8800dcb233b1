/*
 * The shrinking force as both editions draw it: the published strength with its table, and the
 * departing contingents with their sources and table, from the same figures in the page's language.
 * The prose around them is the page's template's (src/contingents.page.ts). The curated notes and
 * reasons exist in English only; another edition shows them marked so.
 */
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import type { ContingentRow } from "../../../data-loaders/contingents.js";
import type { SourceKind } from "../../../data-loaders/source-policy.js";
import type { ForceFigures } from "../figures/force.js";
import { contingentsChart, inDepartureOrder, strengthChart } from "../charts/force-charts.js";
import { formatter, type Locale } from "../i18n/format.js";
import { strengthComponentText } from "../i18n/chart-text.js";
import { curatedText } from "../i18n/curated-text.js";
import { departureCell, departureDate, statedDate, statedNumber } from "../i18n/figure-words.js";
import type { FigureQualifier } from "../../../data-loaders/figure-fields.js";
import { countryIn } from "../i18n/countries.js";
import { chartSources, citation } from "../render/lists.js";
import { englishIn, html, type Markup } from "../render/markup.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";

const words: Record<
  Locale,
  {
    strength: {
      summary: string;
      caption: string;
      date: string;
      component: string;
      deployed: string;
      authorized: string;
      statedBy: string;
      kind: string;
      note: string;
      source: string;
    };
    kinds: Record<SourceKind, string>;
    contingents: {
      summary: string;
      disagree: string;
      caption: string;
      country: string;
      personnel: string;
      announced: string;
      departed: string;
      status: string;
      reason: string;
    };
    statuses: Record<ContingentRow["departure_status"], string>;
  }
> = byEdition((locale) => ({
  strength: {
    summary: message(locale, "forcePage.strength.summary"),
    caption: message(locale, "forcePage.strength.caption"),
    date: message(locale, "forcePage.strength.date"),
    component: message(locale, "forcePage.strength.component"),
    deployed: message(locale, "forcePage.strength.deployed"),
    authorized: message(locale, "forcePage.strength.authorized"),
    statedBy: message(locale, "forcePage.strength.statedBy"),
    kind: message(locale, "forcePage.strength.kind"),
    note: message(locale, "forcePage.strength.note"),
    source: message(locale, "forcePage.strength.source"),
  },
  kinds: {
    primary: message(locale, "forcePage.kinds.primary"),
    agency: message(locale, "forcePage.kinds.agency"),
    press: message(locale, "forcePage.kinds.press"),
    republished: message(locale, "forcePage.kinds.republished"),
    other: message(locale, "forcePage.kinds.other"),
  },
  contingents: {
    summary: message(locale, "forcePage.contingents.summary"),
    disagree: message(locale, "forcePage.contingents.disagree"),
    caption: message(locale, "forcePage.contingents.caption"),
    country: message(locale, "forcePage.contingents.country"),
    personnel: message(locale, "forcePage.contingents.personnel"),
    announced: message(locale, "forcePage.contingents.announced"),
    departed: message(locale, "forcePage.contingents.departed"),
    status: message(locale, "forcePage.contingents.status"),
    reason: message(locale, "forcePage.contingents.reason"),
  },
  statuses: {
    planned: message(locale, "forcePage.statuses.planned"),
    "under way": message(locale, "forcePage.statuses.under_way"),
    completed: message(locale, "forcePage.statuses.completed"),
    suspended: message(locale, "forcePage.statuses.suspended"),
  },
}));

/** The contingents with their countries named in the page's language. */
function named(rows: readonly ContingentRow[], locale: Locale): ContingentRow[] {
  return rows.map((row) => ({ ...row, country: countryIn(row.country, row.iso3, locale) }));
}

/** The published strength against the ceilings and the departures, and every figure behind it. */
export function strengthSection(context: PageContext, f: ForceFigures, locale: Locale): Markup {
  const w = words[locale].strength;
  const count = (value: number | null, qualifier: FigureQualifier) => (value === null ? "" : statedNumber(value, qualifier, locale));
  return html`${chartPart(context, (o) => strengthChart(f.strength, named(f.departing, locale), { locale, ...o }))}
${numbersBehind(
  w.summary,
  dataTable(
    f.strength,
    [
      { header: w.date, value: (row) => statedDate(row.date, row.date_precision, locale) },
      { header: w.component, value: (row) => strengthComponentText[locale][row.component] },
      { header: w.deployed, value: (row) => count(row.deployed, row.qualifier), numeric: true },
      { header: w.authorized, value: (row) => count(row.authorized, row.qualifier), numeric: true },
      { header: w.statedBy, value: (row) => curatedText(row, "stated_by", locale) },
      { header: w.kind, value: (row) => words[locale].kinds[row.source_kind] },
      { header: w.note, value: (row) => englishIn(row.note, locale) },
      { header: w.source, value: (row) => citation(row, locale) },
    ],
    { caption: w.caption },
  ),
)}`;
}

/** The departing contingents, their sources in order, and every source's row. */
export function contingentsSection(context: PageContext, f: ForceFigures, locale: Locale): Markup {
  const w = words[locale].contingents;
  const date = (value: string | null) => (value ? formatter(locale).date(value) : "");
  return html`${chartPart(context, (o) => contingentsChart(named(f.departing, locale), { locale, ...o }))}
${chartSources(inDepartureOrder(f.departing), locale)}
${numbersBehind(
  w.summary,
  html`<p>${w.disagree}</p>`,
  dataTable(
    named(f.contingents, locale),
    [
      { header: w.country, value: (row) => row.country },
      { header: words[locale].strength.component, value: (row) => strengthComponentText[locale][row.component] },
      { header: w.personnel, value: (row) => statedNumber(row.personnel, row.qualifier, locale), numeric: true },
      { header: w.announced, value: (row) => date(row.announced) },
      {
        header: w.departed,
        value: (row) => (row.departed ? departureCell[locale](departureDate({ ...row, departed: row.departed }, locale)) : ""),
      },
      { header: w.status, value: (row) => words[locale].statuses[row.departure_status] },
      { header: w.reason, value: (row) => englishIn(row.reason, locale) },
      { header: words[locale].strength.statedBy, value: (row) => curatedText(row, "stated_by", locale) },
      { header: words[locale].strength.note, value: (row) => englishIn(row.note, locale) },
      { header: words[locale].strength.source, value: (row) => citation(row, locale) },
    ],
    { caption: w.caption },
  ),
)}`;
}
