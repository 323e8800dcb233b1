/*
 * How numbers, shares, ordinals and dates are written, in one place for every page, chart and
 * table, in each edition's language (`formatter(locale)`; the plain exports are the English ones). Curated tables give a day (YYYY-MM-DD) or, where the source names only the month,
 * YYYY-MM; the date helpers keep that distinction visible to readers.
 */

/** The editions of the report. */
export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

const intlLocale: Record<Locale, string> = { en: "en-US", fr: "fr-FR" };

const monthNames: Record<Locale, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
};
/** Short month names as each language's press writes them: "Dec", "déc."; French keeps short names whole. */
const shortMonthNames: Record<Locale, string[]> = {
  en: monthNames.en.map((name) => name.slice(0, 3)),
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
};

/** Everything the pages, charts and tables write in words and digits, for one edition. */
export interface Formatter {
  locale: Locale;
  /** "1,231"; "1 231" (a narrow no-break space groups French thousands). */
  number(value: number): string;
  /** "1 person", "311 people": the count with the noun that agrees with it (French: 0 and 1 take the singular). */
  count(value: number, one: string, many: string): string;
  /**
   * A part of a whole counted in the same things: "2 of the 8 statements", "both statements",
   * "all 6 countries"; "2 des 8 déclarations", "les deux déclarations", "les 6 pays". `feminine`
   * agrees the French for a whole of one ("la seule déclaration").
   */
  partOf(part: number, whole: number, one: string, many: string, options?: { feminine?: boolean }): string;
  /** "24%", "24.1%"; "24 %", "24,1 %". */
  share(share: number, options?: { digits?: number }): string;
  /** "a, b and c"; "a, b et c". */
  list(items: readonly string[]): string;
  /** "1st", "2nd"; "1er", "2e". */
  ordinal(value: number): string;
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
  /** ": "; "\u00a0: " (French sets a colon off with a no-break space). */
  colon: string;
  /** "; "; "\u00a0; ", between the items of a list that hold commas themselves. */
  semicolon: string;
}

const finite = (value: number, what: string) => {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as ${what}`);
};

const formatters = new Map<Locale, Formatter>();

export function formatter(locale: Locale): Formatter {
  const existing = formatters.get(locale);
  if (existing) return existing;
  const intl = intlLocale[locale];
  const plural = new Intl.PluralRules(intl);
  const french = locale === "fr";
  const number = (value: number) => {
    finite(value, "a number");
    return value.toLocaleString(intl);
  };
  const ordinal = (value: number) => {
    if (!Number.isInteger(value) || value < 1) throw new Error(`cannot write ${value} as an ordinal`);
    if (french) return `${number(value)}${value === 1 ? "er" : "e"}`;
    const lastTwo = value % 100;
    const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th");
    return `${number(value)}${suffix}`;
  };
  const exactDate = (written: string, short: boolean) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(written);
    if (!match) throw new Error(`cannot write "${written}" as a date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
    const [, year, month, day] = match;
    if (!month) return year;
    const name = (short ? shortMonthNames : monthNames)[locale][Number(month) - 1];
    const monthYear = `${name} ${year}`;
    if (!day) return monthYear;
    // French writes the first of the month as an ordinal: "1er avril".
    return `${french && Number(day) === 1 ? "1er" : Number(day)} ${monthYear}`;
  };
  const date = (written: string, { short = false, about = false }: { short?: boolean; about?: boolean } = {}) => {
    const exact = exactDate(written, short);
    if (!about) return exact;
    // French says "vers le 23 octobre" for a day, "vers août" for a month.
    return french ? `vers ${written.length === 10 ? "le " : ""}${exact}` : `about ${exact}`;
  };
  const withoutSharedYear = (start: string, end: string, written: string) => {
    const year = start.slice(0, 4);
    return year === end.slice(0, 4) ? written.replace(` ${year}`, "") : written;
  };
  const made: Formatter = {
    locale,
    number,
    count: (value, one, many) => `${number(value)} ${plural.select(value) === "one" ? one : many}`,
    partOf: (part, whole, one, many, { feminine = false } = {}) => {
      if (part !== whole)
        return french ? `${number(part)} des ${number(whole)} ${many}` : `${number(part)} of the ${number(whole)} ${many}`;
      if (whole === 1) return french ? `${feminine ? "la seule" : "le seul"} ${one}` : `the only ${one}`;
      if (whole === 2) return french ? `les deux ${many}` : `both ${many}`;
      return french ? `les ${number(whole)} ${many}` : `all ${number(whole)} ${many}`;
    },
    share: (share, { digits = 0 } = {}) => {
      finite(share, "a percentage");
      // Intl sets "%" off with a full no-break space; the French press, like the thousands, with a narrow one.
      return new Intl.NumberFormat(intl, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits })
        .format(share)
        .replace("\u00a0", "\u202f");
    },
    // English without the serial comma, as the report's prose writes it; French as Intl does.
    list: (items) =>
      french
        ? new Intl.ListFormat(intl, { type: "conjunction" }).format(items)
        : items.length <= 1
          ? items.join("")
          : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`,
    ordinal,
    date,
    month: (month, { short = false } = {}) => {
      const name = (short ? shortMonthNames : monthNames)[locale][month - 1];
      if (!Number.isInteger(month) || name === undefined) throw new Error(`cannot write ${month} as a month: expected 1 to 12`);
      return name;
    },
    period: (start, end, { short = false } = {}) => `${withoutSharedYear(start, end, date(start, { short }))}–${date(end, { short })}`,
    fromTo: (start, end) => {
      const from = withoutSharedYear(start, end, date(start));
      if (!french) return `from ${from} to ${date(end)}`;
      // "du 1er avril au 11 mai", but "d'août au 13 août", "de juillet à décembre": the article goes with a day only.
      const hasDay = (written: string) => written.length === 10;
      const fromWord = hasDay(start) ? "du " : /^[aeiouy]/.test(from) ? "d'" : "de ";
      return `${fromWord}${from} ${hasDay(end) ? "au" : "à"} ${date(end)}`;
    },
    colon: french ? "\u00a0: " : ": ",
    semicolon: french ? "\u00a0; " : "; ",
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
