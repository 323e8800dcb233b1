/*
 * Curated text in every edition's words: a table gives its English in `stated_by` and each other
 * edition's words in a column of the same name with that edition's suffix (`stated_by_fr`). The
 * columns, their rules and their types follow the list of editions, so an edition added to the
 * list asks for its columns in every table without a loader being edited.
 */
import type { z } from "zod";
import { editions, locales, type Locale } from "../src/components/i18n/editions.js";

type Suffix<L extends Locale> = (typeof editions)[L]["columnSuffix"];
/** The editions whose words have columns of their own: all but the one the unsuffixed columns are written in. */
type TranslatedLocale = { [L in Locale]: Suffix<L> extends "" ? never : L }[Locale];

/** A row's columns holding `Column`'s words in every edition: `definition`, `definition_fr`. */
export type ColumnsIn<Column extends string, Value = string> = { [L in Locale as `${Column}${Suffix<L>}`]: Value };
/** The other editions' columns of `Column`: "stated_by_fr". */
export type TranslatedColumn<Column extends string> = `${Column}${Suffix<TranslatedLocale>}`;

/** The column holding `column`'s words for `locale`: "event" in English, "event_fr" in French. */
export function columnIn(column: string, locale: Locale): string {
  return `${column}${editions[locale].columnSuffix}`;
}

/** `Column`'s words written for every edition, under those columns' names. */
export function columnsIn<Column extends string>(column: Column, write: (locale: Locale) => string): ColumnsIn<Column> {
  return Object.fromEntries(locales.map((locale) => [columnIn(column, locale), write(locale)])) as ColumnsIn<Column>;
}

const translatedLocales = locales.filter((locale) => editions[locale].columnSuffix !== "") as TranslatedLocale[];
const nameIn = <Column extends string>(column: Column, locale: TranslatedLocale) => columnIn(column, locale) as TranslatedColumn<Column>;

/** The other editions' columns of `column`, in the editions' order: ["stated_by_fr"]. */
export const translatedColumns = <Column extends string>(column: Column): TranslatedColumn<Column>[] =>
  translatedLocales.map((locale) => nameIn(column, locale));

/** The rule of each of those columns, made for its name and its edition's language ("French"). */
export function translatedFields<Column extends string, Field extends z.ZodType>(
  column: Column,
  field: (name: TranslatedColumn<Column>, language: string) => Field,
): Record<TranslatedColumn<Column>, Field> {
  return Object.fromEntries(
    translatedLocales.map((locale) => [nameIn(column, locale), field(nameIn(column, locale), editions[locale].language)]),
  ) as Record<TranslatedColumn<Column>, Field>;
}

/** A row's words in each other edition for `column`, by column name, to check them against its English. */
export const translationsOf = <Column extends string>(row: object, column: Column): [TranslatedColumn<Column>, unknown][] =>
  translatedColumns(column).map((name) => [name, (row as Record<string, unknown>)[name]]);

/** `column` and its other editions' columns, all with one rule: for a figure that carries a row's words. */
export function editionFields<Column extends string, Field extends z.ZodType>(column: Column, rule: Field): ColumnsIn<Column, Field> {
  return { [column]: rule, ...translatedFields(column, () => rule) } as ColumnsIn<Column, Field>;
}

/** A row's `column` in every edition, to carry into a figure: { stated_by, stated_by_fr }. */
export function editionValues<Column extends string, Value = string>(row: object, column: Column): ColumnsIn<Column, Value> {
  return Object.fromEntries(
    [column, ...translatedColumns(column)].map((name) => [name, (row as Record<string, unknown>)[name]]),
  ) as ColumnsIn<Column, Value>;
}

/** Something made for each other edition's column of `column` (its documentation, say), from its name and edition. */
export const forTranslatedColumns = <Column extends string, Made>(
  column: Column,
  make: (name: TranslatedColumn<Column>, locale: TranslatedLocale, language: string) => Made,
): Made[] => translatedLocales.map((locale) => make(nameIn(column, locale), locale, editions[locale].language));
