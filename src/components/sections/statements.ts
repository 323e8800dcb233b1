/*
 * "Why 187" as the pages print it: what the statements of the toll made at the time show against
 * the UN file, the chart, and (on the claims page) every statement with the file's counts for its
 * day. The figures come from src/components/figures/statements.ts, which the claims guard holds.
 */
import { PARTING_FROM, type StatementsFigures } from "../figures/statements.js";
import { qualifierMarks, statedDate, statedNumber, statedSpan } from "../i18n/figure-words.js";
import { formatter, type Locale } from "../i18n/format.js";
import { byEdition } from "../i18n/editions.js";
import { markupMessage, message, type KeysUnder } from "../i18n/messages.js";
import { sourceLink } from "../render/lists.js";
import { html, type Markup } from "../render/markup.js";
import { curatedText } from "../i18n/curated-text.js";
import type { PageContext } from "../render/page.js";
import { chartPart } from "../render/static-chart.js";
import { dataTable, numbersBehind } from "../render/static-table.js";
import { tollStatementsChart } from "../charts/statements-chart.js";
import { tollStatementsText } from "../i18n/chart-text.js";
import type { StatementCount } from "../../../data-loaders/toll-statements.js";

/** "12 to 18", "12 à 18": a span of gaps or tolls, one number where both ends agree. */
function spanOf(a: number, b: number, locale: Locale): string {
  const format = formatter(locale);
  // One to nine in words, as in any sentence: "d’un à 18", "one to 18".
  return message(locale, "statements.span", {
    same: a === b ? "yes" : "no",
    a: format.cardinal(a),
    b: format.cardinal(b),
    elided: a === 1 ? "yes" : "no",
  });
}

/** How the stated tolls of one kind stand against the file's: above, below, or on both sides. */
function gapPhrase({ smallest, largest }: { smallest: number; largest: number }, which: "hostile" | "all", locale: Locale): string {
  const format = formatter(locale);
  const direction = smallest > 0 ? "above" : largest < 0 ? "below" : "both";
  const span = direction === "above" ? spanOf(smallest, largest, locale) : direction === "below" ? spanOf(-largest, -smallest, locale) : "";
  return message(locale, "statements.gap", {
    direction,
    which,
    span,
    smallest: format.number(smallest),
    largest: format.number(largest),
  });
}

/** Where the article's 187 stands: beside the toll as it was stated in the weeks before it. */
export function statementsLead({ beforeArticle: b }: StatementsFigures, locale: Locale = "en"): Markup {
  return markupMessage(locale, "statements.lead", {
    period: statedSpan(b.first, b.firstPrecision, b.last, b.lastPrecision, locale),
    statements: formatter(locale).cardinal(b.statements, { of: "statement" }),
    statementsCount: b.statements,
    span: spanOf(b.lowest, b.highest, locale),
  });
}

/** The finding, in a paragraph: where the statements and the file agree, and where they part. */
export function statementsFinding(f: StatementsFigures, locale: Locale = "en"): Markup {
  const format = formatter(locale);
  const before = f.before;
  return markupMessage(locale, "statements.finding", {
    total: format.cardinal(f.total, { of: "statement" }),
    first: f.statements[0].stated_on.slice(0, 4),
    last: f.statements.at(-1)!.stated_on.slice(0, 4),
    agreement: message(locale, "statements.agreement", {
      year: before.lastDate.slice(0, 4),
      statements: format.cardinal(before.statements, { of: "statement" }),
      statementsCount: before.statements,
      allAgree: before.agreeing === before.statements ? "yes" : "no",
      agreeing: format.cardinal(before.agreeing, { of: "statement" }),
      agreeingCount: before.agreeing,
      within: before.within,
      withinWritten: format.cardinal(before.within),
    }),
    partingFrom: PARTING_FROM.slice(0, 4),
    hostileGap: gapPhrase(f.hostile, "hostile", locale),
    allGap: gapPhrase(f.allCauses, "all", locale),
    qualified: f.hostile.qualified + f.allCauses.qualified ? "yes" : "no",
  });
}

/** What the comparison can and cannot say, in plain words, in each edition. */
export const statementsLimits: Record<Locale, Markup> = byEdition((locale) => markupMessage(locale, "statements.limits", {}));

export function statementsChart(context: PageContext, f: StatementsFigures, locale: Locale = "en"): Markup {
  const agreement = {
    until: f.before.lastDate.slice(0, 4),
    agreeing: f.before.agreeing,
    statements: f.before.statements,
    within: f.before.within,
    partingFrom: PARTING_FROM.slice(0, 4),
  };
  return chartPart(context, (o) => tollStatementsChart(f.series, f.statements, { locale, agreement, ...o }));
}

const tableWords = byEdition((locale) => {
  const w = (key: KeysUnder<"statements.table">) => message(locale, `statements.table.${key}`);
  return {
    summary: w("summary"),
    caption: w("caption"),
    statedOn: w("statedOn"),
    figure: w("figure"),
    counted: w("counted"),
    statedBy: w("statedBy"),
    all: w("all"),
    malicious: w("malicious"),
    maliciousOrUndetermined: w("maliciousOrUndetermined"),
    militaryMalicious: w("militaryMalicious"),
    gap: w("gap"),
  };
});

/** Every statement with the file's counts for its day: the numbers behind the chart. */
export function statementsTable(f: StatementsFigures, locale: Locale = "en"): Markup {
  const w = tableWords[locale];
  const format = formatter(locale);
  const text = tollStatementsText[locale];
  const counted = (value: StatementCount) => text.counted[value];
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
