/*
 * "Why 187" as the pages print it: what the statements of the toll made at the time show against
 * the UN file, the chart, and (on the claims page) every statement with the file's counts for its
 * day. The figures come from src/components/figures/statements.ts, which the claims guard holds.
 */
import { AGREEMENT, type StatementsFigures } from "./figures/statements.js";
import { formatDate, formatNumber, formatter, type Locale } from "./format.js";
import { cite } from "./lists.js";
import { html, type Markup } from "./markup.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";
import { tollStatementsChart } from "./statements-chart.js";

/** "12 to 18 above", "1 to 18 below", or both signs written out when the gaps straddle zero. */
function gapPhrase({ smallest, largest }: { smallest: number; largest: number }, than: string): string {
  const span = (a: number, b: number) => (a === b ? formatNumber(a) : `${formatNumber(a)} to ${formatNumber(b)}`);
  if (smallest > 0) return `run ${span(smallest, largest)} above ${than}`;
  if (largest < 0) return `run ${span(-largest, -smallest)} below ${than}`;
  return `range from ${formatNumber(smallest)} to +${formatNumber(largest)} against ${than}`;
}

/** Where the article's 187 stands: beside the mission's own figures of the weeks before it. */
export function statementsLead({ beforeArticle: b }: StatementsFigures): Markup {
  const figures =
    b.lowest === b.highest
      ? `${formatNumber(b.lowest)} deaths in hostile acts`
      : `${formatNumber(b.lowest)} to ${formatNumber(b.highest)} deaths in hostile acts`;
  return html`Le Monde's "187 soldiers killed in ten years" matches no count the UN file gives today (see
the claim above). It is close, though, to what the mission was saying in the months before the
article: between ${formatDate(b.first)} and ${formatDate(b.last)}, ${formatNumber(b.statements)} statements gave ${figures}.`;
}

/**
 * gapPhrase in French: "dépassent de 12 à 18 <than>", "sont inférieurs de 1 à 18 <than, after à>",
 * or both signs when the gaps straddle zero. French contracts "à le" into "au", so `than` comes in
 * both forms.
 */
function gapPhraseFr({ smallest, largest }: { smallest: number; largest: number }, than: { alone: string; afterA: string }): string {
  const f$ = formatter("fr");
  const span = (a: number, b: number) => (a === b ? f$.number(a) : `${f$.number(a)} à ${f$.number(b)}`);
  if (smallest > 0) return `dépassent de ${span(smallest, largest)} ${than.alone}`;
  if (largest < 0) return `sont inférieurs de ${span(-largest, -smallest)} ${than.afterA}`;
  return `s'écartent de ${f$.number(smallest)} à +${f$.number(largest)} par rapport ${than.afterA}`;
}

/** The finding, in a paragraph: where the statements and the file agree, and where they part. */
export function statementsFinding(f: StatementsFigures, locale: Locale = "en"): Markup {
  if (locale === "fr") {
    const f$ = formatter("fr");
    return html`Ce rapport a réuni ${f$.number(f.total)} déclarations sur le bilan de la Minusma faites pendant son
mandat, par la mission elle-même ou par les agences et les journaux qui la citaient, et a placé chacune face au
décompte du fichier de l'ONU au même jour. Jusqu'en ${f.before.lastDate.slice(0, 4)}, ${f$.number(f.before.agreeing)} des
${f$.number(f.before.statements)} déclarations concordent avec le fichier à ${f$.count(AGREEMENT, "mort", "morts")} près. À partir de 2022, les deux divergent\u00a0:
les chiffres de la mission pour les morts dans des actes hostiles ${gapPhraseFr(f.hostile, { alone: "les morts par actes malveillants du fichier", afterA: "aux morts par actes malveillants du fichier" })}, tandis que
ses totaux toutes causes ${gapPhraseFr(f.allCauses, { alone: "le total du fichier", afterA: "au total du fichier" })}.`;
  }
  return html`The report has gathered ${formatNumber(f.total)} statements of MINUSMA's toll made while it
served, by the mission or by the agencies and papers quoting it, and set each beside the UN file's
count for the same day. Up to ${f.before.lastDate.slice(0, 4)}, ${formatNumber(f.before.agreeing)} of the
${formatNumber(f.before.statements)} statements agree with the file within ${formatNumber(AGREEMENT)} deaths. From 2022 the two part:
the mission's figures for deaths in hostile acts ${gapPhrase(f.hostile, "the file's deaths from malicious acts")}, while
its totals from all causes ${gapPhrase(f.allCauses, "the file's")}.`;
}

/** What the comparison can and cannot say, in plain words. */
export const statementsLimits = html`The comparison shows that the toll told in 2023 and the file as it
stands do not count the same deaths the same way, and that they drifted apart after 2018. It
cannot show why. The file may have been revised after the fact, with deaths moved from hostile
acts to another cause or to "to be determined", and others added late; or the mission may have
counted by rules of its own. The copy of the file this report reads carries only its last update
(April 2025), not its history, so the two explanations cannot be told apart here. A reader
setting a figure from 2023 beside one computed today should expect them to differ.`;

export function statementsChart(context: PageContext, f: StatementsFigures, locale: Locale = "en"): Markup {
  return chartPart(context, (o) => tollStatementsChart(f.series, f.statements, { locale, ...o }));
}

/** Every statement with the file's counts for its day: the numbers behind the chart. */
export function statementsTable(f: StatementsFigures): Markup {
  return numbersBehind(
    "Numbers behind the chart: each statement and the file's counts for its day",
    dataTable(
      f.statements,
      [
        {
          header: "Stated on",
          value: (row) => `${row.stated_on_qualifier ? `${row.stated_on_qualifier} ` : ""}${formatDate(row.stated_on)}`,
        },
        { header: "Figure", value: (row) => `${row.qualifier ? `${row.qualifier} ` : ""}${formatNumber(row.figure)}`, numeric: true },
        { header: "Counted", value: (row) => row.counted },
        { header: "Stated by", value: (row) => html`${row.stated_by} (${cite(row.source_url)})` },
        { header: "File: all causes", value: (row) => formatNumber(row.file.all), numeric: true },
        { header: "File: malicious acts", value: (row) => formatNumber(row.file.malicious), numeric: true },
        { header: "File: malicious or to be determined", value: (row) => formatNumber(row.file.maliciousOrUndetermined), numeric: true },
        { header: "File: military, malicious acts", value: (row) => formatNumber(row.file.militaryMalicious), numeric: true },
        {
          header: "Stated less the file's count of the same kind",
          value: (row) => `${row.gap > 0 ? "+" : ""}${formatNumber(row.gap)}`,
          numeric: true,
        },
      ],
      { caption: "MINUSMA's toll as stated at the time, and the UN file's counts for the same day" },
    ),
  );
}
