/*
 * The shrinking force as both editions draw it: the published strength with its table, and the
 * departing contingents with their sources and table, from the same figures in the page's language.
 * The prose is each edition's template's own (src/contingents.page.ts, src/fr/contingents.page.ts).
 * The curated notes and reasons exist in English only; the French edition shows them marked so.
 */
import type { ContingentRow } from "../../data-loaders/contingents.js";
import type { SourceKind } from "../../data-loaders/source-policy.js";
import type { ForceFigures } from "./figures/force.js";
import { contingentsChart, inDepartureOrder, strengthChart } from "./force-charts.js";
import { formatter, type Locale } from "./format.js";
import { strengthComponentText } from "./i18n/chart-text.js";
import { curatedText } from "./i18n/curated-text.js";
import { departureCell, departureDate, statedDate, statedNumber } from "./i18n/figure-words.js";
import type { FigureQualifier } from "../../data-loaders/figure-fields.js";
import { countryIn } from "./i18n/countries.js";
import { chartSources, citation } from "./lists.js";
import { englishIn, html, type Markup } from "./markup.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";

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
> = {
  en: {
    strength: {
      summary: "Numbers behind the chart: every published figure of the mission's size",
      caption: "Published figures of MINUSMA's size",
      date: "Date",
      component: "Component",
      deployed: "Deployed",
      authorized: "Authorized",
      statedBy: "Stated by",
      kind: "Source kind",
      note: "Note",
      source: "Source",
    },
    kinds: { primary: "primary", agency: "agency", press: "press", republished: "republished", other: "other" },
    contingents: {
      summary: "Numbers behind the chart, with the sources that disagree",
      disagree:
        "Where two sources give different sizes for one contingent, both rows are kept. The chart and the totals use, for each contingent, the row furthest along: a completed departure over one under way, one under way over a planned one, a planned one over a suspension of activities; between rows equally far along, the first one listed.",
      caption: "Contingents that left, were to leave or suspended their activities, every source",
      country: "Country",
      personnel: "Personnel",
      announced: "Announced",
      departed: "Departed",
      status: "Status",
      reason: "Reason",
    },
    statuses: { planned: "planned", "under way": "under way", completed: "completed", suspended: "activities suspended" },
  },
  fr: {
    strength: {
      summary: "Les chiffres du graphique\u00a0: tous les effectifs publiés de la mission",
      caption: "Effectifs publiés de la MINUSMA",
      date: "Date",
      component: "Composante",
      deployed: "Déployés",
      authorized: "Autorisés",
      statedBy: "Donné par",
      kind: "Type de source",
      note: "Note (en anglais)",
      source: "Source",
    },
    kinds: { primary: "primaire", agency: "agence", press: "presse", republished: "reprise", other: "autre" },
    contingents: {
      summary: "Les chiffres du graphique, avec les sources qui divergent",
      disagree:
        "Quand deux sources donnent des effectifs différents pour un même contingent, les deux lignes sont gardées. Le graphique et les totaux retiennent, pour chaque contingent, la ligne la plus avancée\u00a0: un départ effectué plutôt qu'en cours, en cours plutôt que prévu, prévu plutôt qu'une suspension des activités\u00a0; entre deux lignes au même stade, la première.",
      caption: "Contingents partis, sur le départ ou dont les activités ont été suspendues, toutes sources",
      country: "Pays",
      personnel: "Effectif",
      announced: "Annonce",
      departed: "Départ",
      status: "Statut",
      reason: "Motif (en anglais)",
    },
    statuses: { planned: "prévu", "under way": "en cours", completed: "effectué", suspended: "activités suspendues" },
  },
};

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
