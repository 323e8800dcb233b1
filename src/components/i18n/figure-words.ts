/*
 * How a published figure reads, from the words its curated row carries (data-loaders/
 * figure-fields.ts): its qualifier before the number and the precision of its date. Every page,
 * chart label, chart summary and table prints figures through these two functions, so that a
 * figure's "about" or "more than" is the same wherever and in whichever edition it appears.
 */
import { isRoughDay, type DatePrecision, type FigureQualifier, type SumQualifier } from "../../../data-loaders/figure-fields.js";
import type { DepartureDateKind } from "../../../data-loaders/contingents.js";
import type { DeniedCount } from "../../../data-loaders/flights.js";
import { formatter, type Locale } from "./format.js";
import { message } from "./messages.js";
import { byEdition } from "./editions.js";

/** The same qualifiers as marks, for a chart label too short for words; the chart's key spells them out. */
export const qualifierMarks: Record<FigureQualifier, string> = { exact: "", about: "~", almost: "≲", "more than": ">", "at least": "≥" };

/** The catalogue's name for each qualifier (ICU select keys are single words). */
const qualifierKeys: Record<SumQualifier, string> = {
  exact: "exact",
  about: "about",
  almost: "almost",
  "more than": "moreThan",
  "at least": "atLeast",
  // A sum of rough parts and floors: near its figure, perhaps well above it.
  "about or more": "aboutOrMore",
};

/** A number already written ("3,613", "26.3%") with its qualifier's words: "about 26.3%", "about 3,613 or more"; `compact`: "~26.3%". */
export function qualified(written: string, qualifier: SumQualifier, locale: Locale, { compact = false } = {}): string {
  if (compact) return qualifier === "about or more" ? `~${written}+` : `${qualifierMarks[qualifier]}${written}`;
  const key = qualifierKeys[qualifier];
  if (key === undefined) throw new Error(`no words for the qualifier "${qualifier}" in the ${locale} edition`);
  return message(locale, "figure.qualified", { qualifier: key, written });
}

/** A figure with its qualifier: "more than 10,500", "plus de 10 500"; `compact`: ">10,500". */
export function statedNumber(value: number, qualifier: SumQualifier, locale: Locale, { compact = false } = {}): string {
  return qualified(formatter(locale).number(value), qualifier, locale, { compact });
}

/** A percentage with its qualifier, to one decimal: "about 26.3%", "environ 26,3 %". */
export function statedPercent(percent: number, qualifier: SumQualifier, locale: Locale): string {
  return qualified(formatter(locale).share(percent / 100, { digits: 1 }), qualifier, locale);
}

/** How each edition marks a date, or a period's bounds, that the table inferred rather than read. */
const inferredWords = byEdition((locale) => ({
  date: ` ${message(locale, "figure.inferred.date")}`,
  period: message(locale, "figure.inferred.period"),
}));

/**
 * A figure's date as precisely as its source gave it: "12 December 2023", "about 23 October
 * 2023", "September 2013", "7 April 2018 (date inferred)": a date the sources give roughly reads
 * "about", one the table inferred says so, so that neither passes for a date the source stated.
 */
export function statedDate(date: string, precision: DatePrecision | "", locale: Locale, { short = false } = {}): string {
  const written = formatter(locale).date(date, { short, about: precision === "about" });
  return precision === "inferred" ? `${written}${inferredWords[locale].date}` : written;
}

/** How each edition puts a date into a sentence, by its precision ("on 3 August 2023", "vers le 28 décembre 2023"). */
/** A figure's date as a sentence gives it: "on 3 August 2023", "in September 2013", "about 23 October 2023"; "le…", "en…", "vers le…". */
export function statedOn(date: string, precision: DatePrecision | "", locale: Locale, { short = false } = {}): string {
  const precise = precision === "about" ? "about" : date.length === 7 ? "month" : "day";
  return message(locale, "figure.statedOn", { precise, date: statedDate(date, precision, locale, { short }) });
}

/**
 * A reporting period as its source gave it: "1 April–11 May 2023"; `words`: "from 1 April to 11
 * May 2023". Bounds the table inferred are marked once, after the period (on a line of its own
 * with `wrap`, for a chart's axis); rough ones read "about".
 */
export function statedPeriod(
  start: string,
  end: string,
  precision: DatePrecision,
  locale: Locale,
  { short = false, words = false, wrap = false } = {},
): string {
  const format = formatter(locale);
  const written = words ? format.fromTo(start, end) : format.period(start, end, { short });
  if (precision === "inferred") return `${written}${wrap ? "\n" : " "}${inferredWords[locale].period}`;
  if (isRoughDay(precision)) return qualified(written, "about", locale);
  return written;
}

/** How each edition marks one bound of a span given more roughly than a day: "the last date inferred". */
const boundWords = byEdition((locale) => {
  const bound = (which: "first" | "last", how: "about" | "inferred") => message(locale, "figure.bound", { which, how });
  return {
    first: { about: bound("first", "about"), inferred: bound("first", "inferred") },
    last: { about: bound("last", "about"), inferred: bound("last", "inferred") },
  };
});

/**
 * A span between two figures' dates, each as precisely as its source gave it: "from 6 May to 29
 * May 2023 (the last date inferred)"; "du 6 au 29 mai 2023 (dernière date déduite)".
 */
export function statedSpan(start: string, startPrecision: DatePrecision, end: string, endPrecision: DatePrecision, locale: Locale): string {
  const marks = [
    ...(isRoughDay(startPrecision) ? [boundWords[locale].first[startPrecision]] : []),
    ...(isRoughDay(endPrecision) ? [boundWords[locale].last[endPrecision]] : []),
  ];
  const written = formatter(locale).fromTo(start, end);
  return marks.length ? `${written} (${marks.join(formatter(locale).semicolon)})` : written;
}

/** A departure's date in the forms its sentence may need: written, with its preposition, and whether it is a deadline. */
export interface DepartureDate {
  /** "12 Dec 2023", "Aug 2023". */
  date: string;
  /** "on 12 Dec 2023", "in Aug 2023"; "le 12 déc. 2023", "en août 2023". */
  on: string;
  /** The source gives a date the departure came by, not its date: a plan's deadline, or the day the contingent was back home. */
  by: boolean;
}

export function departureDate(
  row: { departed: string; date_precision: DatePrecision | ""; departed_as: DepartureDateKind | "" },
  locale: Locale,
  { short = false } = {},
): DepartureDate {
  return {
    date: statedDate(row.departed, row.date_precision, locale, { short }),
    on: statedOn(row.departed, row.date_precision, locale, { short }),
    by: row.departed_as === "deadline" || row.departed_as === "arrival",
  };
}

/** A departure date as a table cell gives it: the date, or "by" the date it came by ("by August 2023", "au plus tard en août 2023"). */
export const departureCell: Record<Locale, (when: DepartureDate) => string> = byEdition(
  (locale) => (when) => (when.by ? message(locale, "figure.departedBy", { date: when.date, on: when.on }) : when.date),
);

/** What a count of flight authorizations not granted holds, as each edition says it of the requests. */
export const deniedWords = byEdition((locale): Record<DeniedCount, string> => ({
  refused: message(locale, "flights.denied.refused"),
  "refused or unanswered": message(locale, "flights.denied.refusedOrUnanswered"),
  "not obtained": message(locale, "flights.denied.notObtained"),
}));
