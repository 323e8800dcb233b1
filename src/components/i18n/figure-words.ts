/*
 * How a published figure reads, from the words its curated row carries (data-loaders/
 * figure-fields.ts): its qualifier before the number and the precision of its date. Every page,
 * chart label, chart summary and table prints figures through these two functions, so that a
 * figure's "about" or "more than" is the same wherever and in whichever edition it appears.
 */
import { isRoughDay, type DatePrecision, type FigureQualifier } from "../../../data-loaders/figure-fields.js";
import type { DeniedCount } from "../../../data-loaders/flights.js";
import { formatter, type Locale } from "../format.js";

/** The words each edition puts before a qualified number ("" for an exact one). */
export const qualifierWords: Record<Locale, Record<FigureQualifier, string>> = {
  en: { exact: "", about: "about ", "more than": "more than ", "at least": "at least " },
  fr: { exact: "", about: "environ ", "more than": "plus de ", "at least": "au moins " },
};

/** The same qualifiers as marks, for a chart label too short for words; the chart's key spells them out. */
export const qualifierMarks: Record<FigureQualifier, string> = { exact: "", about: "~", "more than": ">", "at least": "≥" };

/** A figure with its qualifier: "more than 10,500", "plus de 10 500"; `compact`: ">10,500". */
export function statedNumber(value: number, qualifier: FigureQualifier, locale: Locale, { compact = false } = {}): string {
  const words = compact ? qualifierMarks[qualifier] : qualifierWords[locale][qualifier];
  if (words === undefined) throw new Error(`no words for the qualifier "${qualifier}" in the ${locale} edition`);
  return `${words}${formatter(locale).number(value)}`;
}

/**
 * A figure's date as precisely as its source gave it: "12 December 2023", "about 23 October
 * 2023", "September 2013". A day the table inferred reads as "about" that day: the reader is told
 * it is not a date the source stated.
 */
export function statedDate(date: string, precision: DatePrecision | "", locale: Locale, { short = false } = {}): string {
  return formatter(locale).date(date, { short, about: isRoughDay(precision) });
}

/** How each edition puts a date into a sentence, by its precision ("on 3 August 2023", "vers le 28 décembre 2023"). */
const datePrepositions: Record<Locale, Record<"day" | "month" | "rough", string>> = {
  en: { day: "on ", month: "in ", rough: "" },
  fr: { day: "le ", month: "en ", rough: "" },
};

/** A figure's date as a sentence gives it: "on 3 August 2023", "in September 2013", "about 23 October 2023"; "le…", "en…", "vers le…". */
export function statedOn(date: string, precision: DatePrecision | "", locale: Locale): string {
  const preposition = datePrepositions[locale][isRoughDay(precision) ? "rough" : date.length === 7 ? "month" : "day"];
  return `${preposition}${statedDate(date, precision, locale)}`;
}

/** What a count of flight authorizations not granted holds, as each edition says it of the requests. */
export const deniedWords: Record<Locale, Record<DeniedCount, string>> = {
  en: { refused: "refused", "refused or unanswered": "refused or left unanswered" },
  fr: { refused: "refusées", "refused or unanswered": "refusées ou restées sans réponse" },
};
