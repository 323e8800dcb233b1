/*
 * Nationalities as each edition names them. The UN file names a country in English, with its ISO
 * alpha-3 code; another edition names it by that code, in the Unicode CLDR's words for its language
 * (the `Intl.DisplayNames` of Node's full ICU), after i18n-iso-countries turns the alpha-3 code into
 * the alpha-2 code CLDR reads. The downloads keep the UN's names.
 */
import { curatedLanguage } from "./curated-text.js";
import type { ColumnTable } from "arquero";
import countries from "i18n-iso-countries";
import { formatter, type Locale } from "./format.js";
import { isMessageKey, message, type MessageKey } from "./messages.js";
import { editions, locales } from "./editions.js";
import { unrecordedNationalities, type NationalityCount } from "../metrics/toll.js";

/** What the file writes where it names no country, with the catalogue's key for it in each edition. */
const withoutCountry: Record<string, MessageKey> = { "Not recorded": "nationality.notRecorded", Undetermined: "nationality.undetermined" };
/** The names, in every edition, of a nationality the file does not record: never "the most deaths". */
export const unrecordedNationalityNames: ReadonlySet<string> = new Set([
  ...unrecordedNationalities,
  ...locales.flatMap((locale) => Object.values(withoutCountry).map((key) => message(locale, key))),
]);

/**
 * Countries the catalogue names itself (country.<code>): those that no longer exist, whose codes ISO
 * (and so CLDR) no longer holds, and those the desk names otherwise than CLDR (République
 * démocratique du Congo, not Congo-Kinshasa).
 */
const ownCountryKey = (iso3: string) => `country.${iso3}`;

const regionNames = new Map<Locale, Intl.DisplayNames>();
function regionsIn(locale: Locale): Intl.DisplayNames {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([editions[locale].intl.lists], { type: "region", fallback: "none" })));
  return names;
}

/** Each nationality of the file with its ISO alpha-3 code (empty where the UN gives none). */
export function nationalityCodes(casualties: ColumnTable): Map<string, string> {
  const rows = casualties.select("nationality", "iso3").dedupe().objects() as { nationality: string | null; iso3: string | null }[];
  return new Map(rows.map((row) => [row.nationality || "Not recorded", row.iso3 ?? ""]));
}

/** The name of a nationality of the file as `locale` writes it; an unknown one is an error. */
function nationalityName(row: NationalityCount, codes: ReadonlyMap<string, string>, locale: Locale): string {
  const without = withoutCountry[row.nationality];
  if (without) return message(locale, without);
  const code = codes.get(row.nationality);
  if (code === undefined)
    throw new Error(
      `the nationality "${row.nationality}" is not in the UN file, so the ${editions[locale].language} edition cannot name it`,
    );
  return countryIn(row.nationality, code, locale);
}

/** A country, named in English by a table with its ISO alpha-3 code, as `locale` names it; a code the edition cannot name is an error. */
export function countryIn(name: string, iso3: string, locale: Locale): string {
  // The tables name countries in English, the data's own language.
  if (locale === curatedLanguage) return name;
  const own = ownCountryKey(iso3);
  if (isMessageKey(own)) return message(locale, own);
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const named = alpha2 ? regionsIn(locale).of(alpha2) : undefined;
  if (!named)
    throw new Error(
      `no ${editions[locale].language} name for the nationality "${name}" (ISO code "${iso3}"): add ${own} to the catalogues`,
    );
  return named;
}

/**
 * A country as Geo-PKO names it (an English name, no code) as `locale` names it: the code is found
 * from the English name; a name that no English country name matches is an error.
 */
export function namedCountryIn(name: string, locale: Locale): string {
  if (locale === curatedLanguage) return name;
  const iso3 = countries.getAlpha3Code(name, "en");
  if (!iso3) throw new Error(`no ISO code for the country "${name}", so the ${editions[locale].language} edition cannot name it`);
  return countryIn(name, iso3, locale);
}

/** The edition's shorter name for a country with a long one (country.short.<code>), if the catalogue has one. */
function shortCountryName(iso3: string | undefined, locale: Locale): string | undefined {
  const key = `country.short.${iso3}`;
  return iso3 && isMessageKey(key) ? message(locale, key) : undefined;
}

/** Rows of a nationality chart or table with their names in `locale`. */
export function nationalitiesIn(rows: NationalityCount[], codes: ReadonlyMap<string, string>, locale: Locale): NationalityCount[] {
  const named = rows.map((row) => ({
    ...row,
    short: shortCountryName(codes.get(row.nationality), locale),
    nationality:
      // "All others" is the edition's words, with the count of nationalities it stands for.
      row.nationalities > 1
        ? message(locale, "nationality.allOthers", { count: formatter(locale).number(row.nationalities) })
        : locale === curatedLanguage
          ? row.nationality
          : nationalityName(row, codes, locale),
  }));
  // Nationalities with as many deaths are read in the edition's alphabetical order ("Chili, Espagne,
  // Guatemala"), not in the order of their English names, after them a nationality the file does not
  // record; "all others" stays where it was, last.
  const unrecorded = (row: NationalityCount) => unrecordedNationalityNames.has(row.nationality);
  const collator = new Intl.Collator(editions[locale].intl.lists);
  return named
    .map((row, index) => ({ row, index }))
    .sort((a, b) =>
      a.row.nationalities > 1 || b.row.nationalities > 1
        ? a.index - b.index
        : b.row.fatalities - a.row.fatalities ||
          Number(unrecorded(a.row)) - Number(unrecorded(b.row)) ||
          collator.compare(a.row.nationality, b.row.nationality),
    )
    .map(({ row }) => row);
}
