/*
 * How numbers, shares, ordinals and dates are written, in one place for every page, chart and
 * table, in each edition's language (`formatter(locale)`; the plain exports are the English ones). Curated tables give a day (YYYY-MM-DD) or, where the source names only the month,
 * YYYY-MM; the date helpers keep that distinction visible to readers.
 */

import { editions, type Locale } from "./editions.js";
import { message } from "./messages.js";
import { startsWithVowelSound } from "./elision.js";

export { locales, type Locale } from "./editions.js";

/** Everything the pages, charts and tables write in words and digits, for one edition. */
export interface Formatter {
  locale: Locale;
  /** "1,231"; "1 231" (a narrow no-break space groups French thousands). */
  number(value: number): string;
  /**
   * A count in running text: one to nine in words, as the desks write them ("two", "deux"), 10 and
   * above in digits; tables and chart labels keep digits. `of` names the noun counted, whose gender
   * the catalogue knows (word.gender: "une déclaration", "un mort").
   */
  cardinal(value: number, options?: { of?: CountedNoun }): string;
  /** "1 person", "311 people": the count with the noun that agrees with it (French: 0 and 1 take the singular). */
  count(value: number, one: string, many: string): string;
  /**
   * A part of a whole counted in the same things: "two of the eight statements", "both statements",
   * "all six countries"; "deux des huit déclarations", "les deux déclarations", "les six pays". `of`
   * names the noun, as for cardinal(), so the French agrees ("une des huit", "la seule déclaration").
   */
  partOf(part: number, whole: number, one: string, many: string, options?: { of?: CountedNoun }): string;
  /** "24%", "24.1%"; "24 %", "24,1 %". */
  share(share: number, options?: { digits?: number }): string;
  /** "a, b and c"; "a, b et c". */
  list(items: readonly string[]): string;
  /** Names in the edition's alphabetical order, accents as its readers sort them ("Ménaka" before "Mopti"). */
  sorted(names: readonly string[]): string[];
  /** "1st", "2nd"; "1er", "2e"; `plural` where the ordinal agrees with a plural subject ("les FPNU sont 31es"). */
  ordinal(value: number, options?: { plural?: boolean }): string;
  /** A place in a ranking as a sentence says it: first to ninth in words ("second", "deuxième"), 10th and above as ordinal(). */
  rank(value: number): string;
  /**
   * "27 March 2022", "March 2022", "27 Mar 2022"; "27 mars 2022", "1er avril 2023", "27 mars 2022" short.
   * `about`: a date the sources give only roughly: "about 23 October 2023"; "vers le 23 octobre 2023", "vers août 2023".
   */
  date(date: string, options?: { short?: boolean; about?: boolean }): string;
  /** A month of the year (1 for January) on its own, as a time axis names it: "July", "Jul"; "juillet", "juil.". */
  month(month: number, options?: { short?: boolean }): string;
  /** "1 April–11 May 2023"; "1er avril–11 mai 2023". */
  period(start: string, end: string, options?: { short?: boolean }): string;
  /** "from 1 April to 11 May 2023"; "du 1er avril au 11 mai 2023", "d'août au 13 août 2023". */
  fromTo(start: string, end: string): string;
  /** "since July 2010"; "depuis le 19 mars 1978", "depuis juillet 2010". */
  since(date: string): string;
  /** What a date is given as: "to 15 August 2022"; "du 15 août 2022", "d’août 2022". */
  datedTo(date: string): string;
  /** "from July 2010"; "à partir du 19 mars 1978", "à partir d’août 2010". */
  startingFrom(date: string): string;
  /** ": "; "\u00a0: " (French sets a colon off with a no-break space). */
  colon: string;
  /** "; "; "\u00a0; ", between the items of a list that hold commas themselves. */
  semicolon: string;
}

/** The nouns a sentence counts in words, by the catalogue's key for their gender (word.gender). */
export type CountedNoun =
  | "statement"
  | "claim"
  | "date"
  | "definition"
  | "row"
  | "entry"
  | "victim"
  | "nationality"
  | "base"
  | "peacekeeping"
  | "political"
  | "office"
  | "notAMission"
  | "other";

const finite = (value: number, what: string) => {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as ${what}`);
};

const formatters = new Map<Locale, Formatter>();

export function formatter(locale: Locale): Formatter {
  const existing = formatters.get(locale);
  if (existing) return existing;
  const { intl } = editions[locale];
  const plural = new Intl.PluralRules(intl.numbers);
  const number = (value: number) => {
    finite(value, "a number");
    return value.toLocaleString(intl.numbers);
  };
  const ordinal = (value: number, { plural = false }: { plural?: boolean } = {}) => {
    if (!Number.isInteger(value) || value < 1) throw new Error(`cannot write ${value} as an ordinal`);
    return message(locale, "format.ordinal", { value, written: number(value), plural: plural ? "yes" : "no" });
  };
  const monthName = (month: number, short: boolean) => {
    const written = new Intl.DateTimeFormat(intl.months, { month: short ? "short" : "long", timeZone: "UTC" }).format(
      Date.UTC(2000, month - 1, 1),
    );
    // Where a desk abbreviates a month otherwise than Intl (French "juill.", not "juil."), its catalogue says so.
    return short ? message(locale, "format.shortMonth", { month: String(month), intl: written }) : written;
  };
  const exactDate = (written: string, short: boolean) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
    if (!match) throw new Error(`cannot write "${written}" as a date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
    const [, year, month, day] = match;
    if (!month) return year;
    const monthYear = `${monthName(Number(month), short)} ${year}`;
    if (!day) return monthYear;
    return `${message(locale, "format.dayOfMonth", { day: String(Number(day)) })} ${monthYear}`;
  };
  const precisionOf = (written: string) => (written.length === 10 ? "day" : "month");
  const date = (written: string, { short = false, about = false }: { short?: boolean; about?: boolean } = {}) => {
    const exact = exactDate(written, short);
    return about ? message(locale, "format.aboutDate", { precision: precisionOf(written), date: exact }) : exact;
  };
  /** The start of a span without what the end repeats: "14" of 14–17 March, "1 April" of 1 April–11 May 2023. */
  const withoutSharedYear = (start: string, end: string, written: string) => {
    if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7))
      return message(locale, "format.dayOfMonth", { day: String(Number(start.slice(8))) });
    const year = start.slice(0, 4);
    return year === end.slice(0, 4) ? written.replace(` ${year}`, "") : written;
  };
  const spelled = (value: number, gender: string) =>
    Number.isInteger(value) && value >= 1 && value <= 9
      ? message(locale, "format.cardinal", { value: String(value), gender })
      : number(value);
  const made: Formatter = {
    locale,
    number,
    cardinal: (value, { of = "other" } = {}) => spelled(value, message(locale, "word.gender", { noun: of })),
    count: (value, one, many) => `${number(value)} ${plural.select(value) === "one" ? one : many}`,
    partOf: (part, whole, one, many, { of = "other" } = {}) => {
      const gender = message(locale, "word.gender", { noun: of });
      return message(locale, "format.partOf", {
        relation: part === whole ? "all" : "some",
        whole,
        wholeWritten: spelled(whole, gender),
        partWritten: spelled(part, gender),
        one,
        many,
        gender,
      });
    },
    share: (share, { digits = 0 } = {}) => {
      finite(share, "a percentage");
      // Intl sets "%" off with a full no-break space; the French press, like the thousands, with a narrow one.
      return new Intl.NumberFormat(intl.numbers, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits })
        .format(share)
        .replace("\u00a0", "\u202f");
    },
    list: (items) => new Intl.ListFormat(intl.lists, { type: "conjunction" }).format(items),
    sorted: (names) => [...names].sort(new Intl.Collator(intl.lists).compare),
    ordinal,
    rank: (value) => message(locale, "format.rank", { value: String(value), written: ordinal(value) }),
    date,
    month: (month, { short = false } = {}) => {
      if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`cannot write ${month} as a month: expected 1 to 12`);
      return monthName(month, short);
    },
    period: (start, end, { short = false } = {}) => {
      const [from, to] = [withoutSharedYear(start, end, date(start, { short })), date(end, { short })];
      // French spaces the dash between ends of several words ("4 oct. – 29 déc. 2022"); English does not.
      return message(locale, "format.period", { start: from, end: to, spaced: /\s/.test(from) || /\s/.test(to) ? "yes" : "no" });
    },
    fromTo: (start, end) => {
      const from = withoutSharedYear(start, end, date(start));
      return message(locale, "format.fromTo", {
        start: from,
        end: date(end),
        startPrecision: precisionOf(start),
        endPrecision: precisionOf(end),
        startElides: startsWithVowelSound(from) ? "yes" : "no",
      });
    },
    datedTo: (day) =>
      message(locale, "format.datedTo", {
        precision: precisionOf(day),
        date: date(day),
        elides: startsWithVowelSound(date(day)) ? "yes" : "no",
      }),
    since: (start) => message(locale, "format.since", { precision: precisionOf(start), date: date(start) }),
    startingFrom: (start) =>
      message(locale, "format.startingFrom", {
        precision: precisionOf(start),
        date: date(start),
        elides: startsWithVowelSound(date(start)) ? "yes" : "no",
      }),
    colon: message(locale, "format.colon"),
    semicolon: message(locale, "format.semicolon"),
  };
  formatters.set(locale, made);
  return made;
}

// The English edition's formatting, under the names every module has used so far.
const english = formatter("en");
export const formatNumber = english.number;
export const formatCount = english.count;
export const formatShare = english.share;
export const formatList = english.list;
export const formatOrdinal = english.ordinal;
export const formatDate = english.date;
export const formatPeriod = english.period;
export const formatFromTo = english.fromTo;

export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A sentence's first letter in lower case, to run it on after a colon; an acronym ("MINUSMA …") is left as it is. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Words quoted in the edition's quotation marks; a quotation inside them takes the edition's inner marks. */
export function quoted(claim: string, locale: Locale): string {
  const { outer, inner } = editions[locale].quotes;
  const opening = new RegExp(`[${outer[0].trim()}][\\s\\u00a0\\u202f]*`, "g");
  const closing = new RegExp(`[\\s\\u00a0\\u202f]*[${outer[1].trim()}]`, "g");
  return `${outer[0]}${claim.replace(opening, inner[0]).replace(closing, inner[1])}${outer[1]}`;
}
