/*
 * "Why 187" as the pages print it: what the statements of the toll made at the time show against
 * the UN file, the chart, and (on the claims page) every statement with the file's counts for its
 * day. The figures come from src/components/figures/statements.ts, which the claims guard holds.
 */
import { AGREEMENT, PARTING_FROM, type StatementsFigures } from "./figures/statements.js";
import { qualifierMarks, statedDate, statedNumber, statedSpan } from "./i18n/figure-words.js";
import { formatNumber, formatter, type Locale } from "./format.js";
import { sourceLink } from "./lists.js";
import { html, type Markup } from "./markup.js";
import { curatedLanguage, curatedText } from "./i18n/curated-text.js";
import type { PageContext } from "./page.js";
import { chartPart } from "./static-chart.js";
import { dataTable, numbersBehind } from "./static-table.js";
import { tollStatementsChart } from "./statements-chart.js";
import { tollStatementsText } from "./i18n/chart-text.js";
import type { StatementCount } from "../../data-loaders/toll-statements.js";

/** "12 to 18 above", "1 to 18 below", or both signs written out when the gaps straddle zero. */
function gapPhrase({ smallest, largest }: { smallest: number; largest: number }, than: string): string {
  const span = (a: number, b: number) => (a === b ? formatNumber(a) : `${formatNumber(a)} to ${formatNumber(b)}`);
  if (smallest > 0) return `run ${span(smallest, largest)} above ${than}`;
  if (largest < 0) return `run ${span(-largest, -smallest)} below ${than}`;
  return `range from ${formatNumber(smallest)} to +${formatNumber(largest)} against ${than}`;
}

/** Where the article's 187 stands: beside the toll as it was stated in the weeks before it. */
export function statementsLead({ beforeArticle: b }: StatementsFigures, locale: Locale = "en"): Markup {
  const format = formatter(locale);
  const span =
    b.lowest === b.highest
      ? format.number(b.lowest)
      : `${format.number(b.lowest)} ${locale === "fr" ? "à" : "to"} ${format.number(b.highest)}`;
  if (locale === "fr")
    return html`Les «\u00a0187 soldats tués en dix ans\u00a0» du *Monde* ne correspondent à aucun décompte que donne aujourd'hui le
fichier de l'ONU (voir l'affirmation ci-dessus). Le chiffre est proche, en revanche, du bilan annoncé dans les mois
qui ont précédé l'article, par la mission ou par les agences qui en rendaient compte\u00a0: ${statedSpan(b.first, b.firstPrecision, b.last, b.lastPrecision, locale)}, ${format.count(b.statements, "déclaration a", "déclarations ont")}
fait état de ${span} morts dans des actes hostiles.`;
  return html`Le Monde's "187 soldiers killed in ten years" matches no count the UN file gives today (see
the claim above). It is close, though, to the toll as it was stated in the months before the
article, by the mission or by the agencies reporting on it: ${statedSpan(b.first, b.firstPrecision, b.last, b.lastPrecision, locale)}, ${format.count(b.statements, "statement", "statements")} gave ${span} deaths in hostile acts.`;
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
  const years = { first: f.statements[0].stated_on.slice(0, 4), last: f.statements.at(-1)!.stated_on.slice(0, 4) };
  if (locale === "fr") {
    const f$ = formatter("fr");
    return html`${f$.number(f.total)} déclarations sur le bilan de la MINUSMA, faites de ${years.first} à ${years.last} par la
mission elle-même ou par les agences et les journaux qui en rendaient compte, sont placées ici face au décompte du fichier
de l'ONU au même jour. Jusqu'en ${f.before.lastDate.slice(0, 4)}, ${f$.partOf(f.before.agreeing, f.before.statements, "déclaration", "déclarations", { feminine: true })}
${f.before.agreeing === 1 ? "concorde" : "concordent"} avec le fichier à ${f$.count(AGREEMENT, "mort", "morts")} près. À partir de ${PARTING_FROM.slice(0, 4)}, les bilans annoncés s'écartent du fichier, dans les deux sens\u00a0:
les bilans des morts dans des actes hostiles ${gapPhraseFr(f.hostile, { alone: "les morts par actes malveillants du fichier", afterA: "aux morts par actes malveillants du fichier" })}, tandis que
les bilans toutes causes ${gapPhraseFr(f.allCauses, { alone: "le total du fichier", afterA: "au total du fichier" })}${
      f.hostile.qualified + f.allCauses.qualified
        ? " (les écarts tirés de chiffres donnés comme des minimums ou des approximations ne sont que des bornes ou des ordres de grandeur\u00a0; chacun est signalé comme tel là où les déclarations sont listées)"
        : ""
    }.`;
  }
  return html`${formatNumber(f.total)} statements of MINUSMA's toll, made from ${years.first} to ${years.last} by the
mission or by the agencies and papers reporting on it, are set here beside the UN file's count for the same
day. Up to ${f.before.lastDate.slice(0, 4)}, ${formatter("en").partOf(f.before.agreeing, f.before.statements, "statement", "statements")}
${f.before.agreeing === 1 ? "agrees" : "agree"} with the file within ${formatNumber(AGREEMENT)} deaths. From ${PARTING_FROM.slice(0, 4)} the two part:
the stated tolls of deaths in hostile acts ${gapPhrase(f.hostile, "the file's deaths from malicious acts")}, while
the stated tolls from all causes ${gapPhrase(f.allCauses, "the file's")}${
    f.hostile.qualified + f.allCauses.qualified
      ? " (gaps from figures given as floors or roughly are only bounds or approximations; each is marked as such where the statements are listed)"
      : ""
  }.`;
}

/** What the comparison can and cannot say, in plain words, in each edition. */
export const statementsLimits: Record<Locale, Markup> = {
  en: html`The comparison shows that the toll told in 2023 and the file as it
stands do not count the same deaths the same way, and that they drifted apart after 2018. It
cannot show why. The file may have been revised after the fact, with deaths moved from hostile
acts to another cause or to "to be determined", and others added late; or the mission may have
counted by rules of its own. The edition of the file used here carries only its last update
(April 2025), not its history, so the two explanations cannot be told apart with these data. A reader
setting a figure from 2023 beside one computed today should expect them to differ.`,
  fr: html`La comparaison montre que le bilan annoncé en 2023 et le fichier dans son état actuel
ne comptent pas les mêmes morts de la même façon, et qu'ils se sont éloignés l'un de l'autre après 2018. Elle ne dit
pas pourquoi. Le fichier a pu être révisé après coup, des morts passant des actes hostiles à une autre cause ou à la
cause «\u00a0à déterminer\u00a0», d'autres étant ajoutés tardivement\u00a0; ou la mission a pu compter selon ses propres règles.
L'édition du fichier utilisée ici ne porte que sa dernière mise à jour (avril 2025), non son historique\u00a0: les deux
explications ne peuvent donc pas être départagées avec ces données. Qui rapproche un chiffre de 2023 d'un chiffre calculé aujourd'hui
doit s'attendre à ce qu'ils diffèrent.`,
};

export function statementsChart(context: PageContext, f: StatementsFigures, locale: Locale = "en"): Markup {
  const agreement = {
    until: f.before.lastDate.slice(0, 4),
    agreeing: f.before.agreeing,
    statements: f.before.statements,
    within: AGREEMENT,
    partingFrom: PARTING_FROM.slice(0, 4),
  };
  return chartPart(context, (o) => tollStatementsChart(f.series, f.statements, { locale, agreement, ...o }));
}

const tableWords: Record<
  Locale,
  {
    summary: string;
    caption: string;
    statedOn: string;
    figure: string;
    counted: string;
    statedBy: string;
    all: string;
    malicious: string;
    maliciousOrUndetermined: string;
    militaryMalicious: string;
    gap: string;
  }
> = {
  en: {
    summary: "Numbers behind the chart: each statement and the file's counts for its day",
    caption: "MINUSMA's toll as stated at the time, and the UN file's counts for the same day",
    statedOn: "Stated on",
    figure: "Figure",
    counted: "Counted",
    statedBy: "Stated by",
    all: "File: all causes",
    malicious: "File: malicious acts",
    maliciousOrUndetermined: "File: malicious or to be determined",
    militaryMalicious: "File: military, malicious acts",
    gap: "Stated less the file's count of the same kind",
  },
  fr: {
    summary: "Les chiffres du graphique\u00a0: chaque déclaration et les décomptes du fichier à sa date",
    caption: "Le bilan de la MINUSMA tel qu'annoncé à l'époque, et les décomptes du fichier de l'ONU au même jour",
    statedOn: "Date",
    figure: "Chiffre",
    counted: "Compté",
    statedBy: "Source",
    all: "Fichier\u00a0: toutes causes",
    malicious: "Fichier\u00a0: actes malveillants",
    maliciousOrUndetermined: "Fichier\u00a0: actes malveillants ou cause à déterminer",
    militaryMalicious: "Fichier\u00a0: militaires, actes malveillants",
    gap: "Écart entre la déclaration et le décompte du fichier de même nature",
  },
};

/** Every statement with the file's counts for its day: the numbers behind the chart. */
export function statementsTable(f: StatementsFigures, locale: Locale = "en"): Markup {
  const w = tableWords[locale];
  const format = formatter(locale);
  const text = tollStatementsText[locale];
  // The English edition writes what the table holds; the French its words for the same values.
  const counted = (value: StatementCount) => (locale === curatedLanguage ? value : text.counted[value]);
  return numbersBehind(
    w.summary,
    dataTable(
      f.statements,
      [
        {
          header: w.statedOn,
          value: (row) => statedDate(row.stated_on, row.date_precision, locale),
        },
        {
          header: w.figure,
          value: (row) => statedNumber(row.figure, row.qualifier, locale),
          numeric: true,
        },
        { header: w.counted, value: (row) => counted(row.counted) },
        { header: w.statedBy, value: (row) => html`${curatedText(row, "stated_by", locale)} (${sourceLink(row, locale)})` },
        { header: w.all, value: (row) => format.number(row.file.all), numeric: true },
        { header: w.malicious, value: (row) => format.number(row.file.malicious), numeric: true },
        { header: w.maliciousOrUndetermined, value: (row) => format.number(row.file.maliciousOrUndetermined), numeric: true },
        { header: w.militaryMalicious, value: (row) => format.number(row.file.militaryMalicious), numeric: true },
        // A gap from a qualified figure is only as firm as the figure: "> +12" from "more than 175", "~ −5" from "about 298".
        {
          header: w.gap,
          value: (row) =>
            `${qualifierMarks[row.qualifier]}${row.qualifier === "exact" ? "" : " "}${row.gap > 0 ? "+" : ""}${format.number(row.gap)}`,
          numeric: true,
        },
      ],
      { caption: w.caption },
    ),
  );
}
