/*
 * Nationalities as each edition names them. The UN file names a country in English, with its ISO
 * alpha-3 code; the French edition names it by that code, in the Unicode CLDR's French (the
 * `Intl.DisplayNames` of Node's full ICU), after i18n-iso-countries turns the alpha-3 code into the
 * alpha-2 code CLDR reads. The downloads keep the UN's names.
 */
import { curatedLanguage } from "./curated-text.js";
import type { ColumnTable } from "arquero";
import countries from "i18n-iso-countries";
import { formatter, type Locale } from "../format.js";
import { message } from "./messages.js";
import { unrecordedNationalities, type NationalityCount } from "../metrics/toll.js";

/** What the file writes where it names no country, by the name it gives. */
const frenchWithoutCountry: Record<string, string> = { "Not recorded": "Non renseignée", Undetermined: "Indéterminée" };
/** The names, in either edition, of a nationality the file does not record: never "the most deaths". */
export const unrecordedNationalityNames: ReadonlySet<string> = new Set([
  ...unrecordedNationalities,
  ...Object.values(frenchWithoutCountry),
]);

/** Countries that no longer exist, whose codes ISO (and so CLDR) no longer holds, by code. */
const frenchFormerCountries: Record<string, string> = { YUG: "Yougoslavie" };

const frenchRegions = new Intl.DisplayNames(["fr"], { type: "region", fallback: "none" });

/** Each nationality of the file with its ISO alpha-3 code (empty where the UN gives none). */
export function nationalityCodes(casualties: ColumnTable): Map<string, string> {
  const rows = casualties.select("nationality", "iso3").dedupe().objects() as { nationality: string | null; iso3: string | null }[];
  return new Map(rows.map((row) => [row.nationality || "Not recorded", row.iso3 ?? ""]));
}

/** The name of a country as the French edition writes it; an unknown one is an error. */
function frenchName(row: NationalityCount, codes: ReadonlyMap<string, string>): string {
  const without = frenchWithoutCountry[row.nationality];
  if (without) return without;
  const code = codes.get(row.nationality);
  if (code === undefined)
    throw new Error(`the nationality "${row.nationality}" is not in the UN file, so the French edition cannot name it`);
  return countryIn(row.nationality, code, "fr");
}

/** A country, named in English by a table with its ISO alpha-3 code, as `locale` names it; a code without a French name is an error. */
export function countryIn(name: string, iso3: string, locale: Locale): string {
  // The tables name countries in English, the data's own language.
  if (locale === curatedLanguage) return name;
  const alpha2 = countries.alpha3ToAlpha2(iso3);
  const french = frenchFormerCountries[iso3] ?? (alpha2 ? frenchRegions.of(alpha2) : undefined);
  if (!french) throw new Error(`no French name for the nationality "${name}" (ISO code "${iso3}"): add it in i18n/countries.ts`);
  return french;
}

/**
 * A country as Geo-PKO names it (an English name, no code) as `locale` names it: the code is found
 * from the English name; a name that no English country name matches is an error.
 */
export function namedCountryIn(name: string, locale: Locale): string {
  if (locale === curatedLanguage) return name;
  const iso3 = countries.getAlpha3Code(name, "en");
  if (!iso3) throw new Error(`no ISO code for the country "${name}", so the French edition cannot name it: add it in i18n/countries.ts`);
  return countryIn(name, iso3, locale);
}

/** Rows of a nationality chart or table with their names in `locale`. */
export function nationalitiesIn(rows: NationalityCount[], codes: ReadonlyMap<string, string>, locale: Locale): NationalityCount[] {
  return rows.map((row) => ({
    ...row,
    nationality:
      // "All others" is the edition's words, with the count of nationalities it stands for.
      row.nationalities > 1
        ? message(locale, "nationality.allOthers", { count: formatter(locale).number(row.nationalities) })
        : locale === curatedLanguage
          ? row.nationality
          : frenchName(row, codes),
  }));
}
