/*
 * The report's editions: English at the site's root, French under /fr/, page for page, from the
 * same figures; another edition is an entry below and a catalogue. A page's edition is read from its path, so a template, the navigation and the
 * build all agree on it without being told.
 */

/**
 * The editions, and what each needs besides its catalogue (src/components/i18n/messages/): where
 * its pages live, the suffix of the curated tables' columns in its words (`event_fr`), the locales `Intl` writes its numbers, dates and lists in, and its typography's
 * and its spelling's language. English dates read "27 March 2022" and its lists have no serial
 * comma, as in en-GB; its numbers, month names and spelling are American, as the report writes "authorized".
 */
export const editions = {
  en: {
    prefix: "",
    columnSuffix: "",
    language: "English",
    intl: { numbers: "en-US", months: "en-US", lists: "en-GB" },
    typography: "en-US",
    /**
     * The language whose desk rules the edition follows: its typography, house style, spelling
     * and how its numbers are read (typography.ts, i18n/house-style.ts, scripts/build/desk-rules.ts,
     * scripts/build/edition-numbers.ts). An edition in a language the report already writes needs none of its own.
     */
    desk: "en",
    /** A sentence run on after a colon keeps its capital in English, not in French. */
    capitalAfterColon: true,
    /** Quotation marks, and those of a quotation inside a quotation. */
    quotes: { outer: ["“", "”"], inner: ["‘", "’"] },
  },
  fr: {
    prefix: "/fr",
    columnSuffix: "_fr",
    language: "French",
    intl: { numbers: "fr-FR", months: "fr-FR", lists: "fr-FR" },
    typography: "fr",
    desk: "fr",
    capitalAfterColon: false,
    quotes: { outer: ["«\u00a0", "\u00a0»"], inner: ["“", "”"] },
  },
} as const;

export type Locale = keyof typeof editions;
/** A language whose desk rules the report holds (`desk` above). */
export type DeskLanguage = (typeof editions)[Locale]["desk"];
/** The editions' locales, the edition at the site's root first. */
export const locales = Object.keys(editions) as Locale[];

/** The edition of a page, by its Framework path: "/fr/missions/minusma" is French, "/fritz" English. */
export function editionOf(path: string): Locale {
  const prefixed = locales.find((locale) => {
    const { prefix } = editions[locale];
    return prefix !== "" && (path === prefix || path.startsWith(`${prefix}/`));
  });
  return prefixed ?? rootEdition;
}

/** The edition published at the site's root, whose paths the others repeat under their prefix. */
export const rootEdition = locales.find((locale) => editions[locale].prefix === "") ?? locales[0];

/** A page's path in the root edition: "/fr/claims" → "/claims", "/fr" → "/". */
export function rootPathOf(path: string): string {
  return path.slice(editions[editionOf(path)].prefix.length) || "/";
}

/** The same page in `locale`'s edition: "/claims" → "/fr/claims"; "/fr/claims" → "/claims" in English. */
export function inEdition(path: string, locale: Locale): string {
  return `${editions[locale].prefix}${rootPathOf(path)}`;
}

/** The same page in every other edition. */
export function counterpartsOf(path: string): string[] {
  const own = editionOf(path);
  return locales.filter((locale) => locale !== own).map((locale) => inEdition(path, locale));
}

/** The same page in the other edition, with two editions: "/flights" ↔ "/fr/flights", "/" ↔ "/fr/". */
export function counterpartOf(path: string): string {
  const [counterpart] = counterpartsOf(path);
  if (counterpart === undefined) throw new Error("the report has one edition: no page has a counterpart");
  return counterpart;
}

/** A page's path as the navigation writes it: "/index" is "/", "/missions/index" is "/missions/". */
export function navPathOf(page: string): string {
  return page.endsWith("/index") ? page.slice(0, -"index".length) : page;
}

/** What stops both editions from matching page for page: each page without its counterpart, in a sentence. Empty when they match. */
export function editionGaps(paths: readonly string[]): string[] {
  const published = new Set(paths);
  return paths.flatMap((path) =>
    counterpartsOf(path)
      .filter((counterpart) => !published.has(counterpart))
      .map((counterpart) => `${path} has no ${editions[editionOf(counterpart)].language} page at ${counterpart}`),
  );
}

/** A record with an entry for every edition, each made by `entry`: words built from the edition's catalogue, for instance. */
export function byEdition<Entry>(entry: (locale: Locale) => Entry): Record<Locale, Entry> {
  return Object.fromEntries(locales.map((locale) => [locale, entry(locale)])) as Record<Locale, Entry>;
}
