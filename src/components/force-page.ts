/*
 * The shrinking force as both editions draw it: the published strength with its table, and the
 * departing contingents with their sources and table, from the same figures in the page's language.
 * The prose is each edition's template's own (src/contingents.page.ts, src/fr/contingents.page.ts).
 * The curated notes and reasons exist in English only; the French edition shows them marked so.
 */
import type { ContingentRow } from "../../data-loaders/contingents.js";
import type { SourceKind } from "../../data-loaders/source-policy.js";
import type { ForceFigures } from "./figures/force.js";
import { contingentsChart, strengthChart } from "./force-charts.js";
import { formatter, type Locale } from "./format.js";
import { figureQualifierText, strengthComponentText } from "./i18n/chart-text.js";
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
      qualifier: string;
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
      qualifier: "Qualifier",
      kind: "Source kind",
      note: "Note",
      source: "Source",
    },
    kinds: { primary: "primary", agency: "agency", press: "press", other: "other" },
    contingents: {
      summary: "Numbers behind the chart, with the sources that disagree",
      disagree:
        "Where two sources give different sizes for one contingent, both rows are kept; the chart and the totals use the first one listed.",
      caption: "Contingents that left or announced their departure, every source",
      country: "Country",
      personnel: "Personnel",
      announced: "Announced",
      departed: "Departed",
      status: "Status",
      reason: "Reason",
    },
    statuses: { planned: "planned", completed: "completed" },
  },
  fr: {
    strength: {
      summary: "Les chiffres du graphique\u00a0: tous les effectifs publiés de la mission",
      caption: "Effectifs publiés de la Minusma",
      date: "Date",
      component: "Composante",
      deployed: "Déployés",
      authorized: "Autorisés",
      qualifier: "Précision",
      kind: "Type de source",
      note: "Note (en anglais)",
      source: "Source",
    },
    kinds: { primary: "primaire", agency: "agence", press: "presse", other: "autre" },
    contingents: {
      summary: "Les chiffres du graphique, avec les sources qui divergent",
      disagree:
        "Quand deux sources donnent des effectifs différents pour un même contingent, les deux lignes sont gardées\u00a0; le graphique et les totaux retiennent la première.",
      caption: "Contingents partis ou dont le départ a été annoncé, toutes sources",
      country: "Pays",
      personnel: "Effectif",
      announced: "Annonce",
      departed: "Départ",
      status: "Statut",
      reason: "Motif (en anglais)",
    },
    statuses: { planned: "prévu", completed: "effectué" },
  },
};

/** The contingents with their countries named in the page's language. */
function named(rows: readonly ContingentRow[], locale: Locale): ContingentRow[] {
  return rows.map((row) => ({ ...row, country: countryIn(row.country, row.iso3, locale) }));
}

/** The published strength against the ceilings and the departures, and every figure behind it. */
export function strengthSection(context: PageContext, f: ForceFigures, locale: Locale): Markup {
  const w = words[locale].strength;
  const format = formatter(locale);
  const count = (value: number | null) => (value === null ? "" : format.number(value));
  return html`${chartPart(context, (o) => strengthChart(f.strength, named(f.departing, locale), { locale, ...o }))}
${numbersBehind(
  w.summary,
  dataTable(
    f.strength,
    [
      { header: w.date, value: (row) => format.date(row.date) },
      { header: w.component, value: (row) => strengthComponentText[locale][row.component] },
      { header: w.deployed, value: (row) => count(row.deployed), numeric: true },
      { header: w.authorized, value: (row) => count(row.authorized), numeric: true },
      { header: w.qualifier, value: (row) => (row.qualifier ? figureQualifierText[locale][row.qualifier].trim() : "") },
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
  const format = formatter(locale);
  const date = (value: string | null) => (value ? format.date(value) : "");
  return html`${chartPart(context, (o) => contingentsChart(named(f.departing, locale), { locale, ...o }))}
${chartSources(f.departing, locale)}
${numbersBehind(
  w.summary,
  html`<p>${w.disagree}</p>`,
  dataTable(
    named(f.contingents, locale),
    [
      { header: w.country, value: (row) => row.country },
      { header: words[locale].strength.component, value: (row) => strengthComponentText[locale][row.component] },
      { header: w.personnel, value: (row) => format.number(row.personnel), numeric: true },
      {
        header: words[locale].strength.qualifier,
        value: (row) => (row.qualifier ? figureQualifierText[locale][row.qualifier].trim() : ""),
      },
      { header: w.announced, value: (row) => date(row.announced) },
      { header: w.departed, value: (row) => date(row.departed) },
      { header: w.status, value: (row) => words[locale].statuses[row.departure_status] },
      { header: w.reason, value: (row) => englishIn(row.reason, locale) },
      { header: words[locale].strength.note, value: (row) => englishIn(row.note, locale) },
      { header: words[locale].strength.source, value: (row) => citation(row, locale) },
    ],
    { caption: w.caption },
  ),
)}`;
}
