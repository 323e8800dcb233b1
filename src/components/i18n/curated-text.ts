/*
 * Curated text per language stays with its row: a table gives its English in `event` and each
 * other edition's words in a column of the same name with the edition's suffix (`event_fr`). These
 * pick the right one for an edition, and mark what is printed in another language than the page's.
 */
import { editions, type Locale } from "./editions.js";
import { lowerFirst } from "./format.js";
import { inLanguage, type Markup } from "../render/markup.js";
import { columnIn } from "../../../data-loaders/edition-columns.js";

/** The language the curated tables' unsuffixed columns are written in. */
export const curatedLanguage: Locale = "en";

// Which column holds an edition's words is the tables' naming, kept with the loaders that read them.
export { columnIn, columnsIn, type ColumnsIn } from "../../../data-loaders/edition-columns.js";

/**
 * A row's text for an edition: its own column where the row fills it, else the English, marked
 * as English. `column` is the English column's name.
 */
export function curatedText<Row extends object>(row: Row, column: keyof Row & string, locale: Locale): Markup | string {
  const own = (row as Record<string, unknown>)[columnIn(column, locale)];
  if (typeof own === "string" && own !== "") return own;
  return inLanguage(String(row[column] ?? ""), curatedLanguage, locale);
}

/** A row's words for an edition from a column every row fills in each edition: `definition`, `definition_fr`. */
export function textIn<Row extends object>(row: Row, column: keyof Row & string, locale: Locale): string {
  const text = (row as Record<string, unknown>)[columnIn(column, locale)];
  if (typeof text !== "string") throw new Error(`no ${columnIn(column, locale)} for the ${editions[locale].language} edition`);
  return text;
}

/**
 * A row's sentence run on after a colon ("dates from 17 January 2022: MINUSMA’s flights …"): its
 * final full stop dropped, and its first letter lowered in an edition that writes no capital there.
 */
export function curatedClause<Row extends object>(row: Row, column: keyof Row & string, locale: Locale): Markup | string {
  const text = curatedText(row, column, locale);
  if (typeof text !== "string") return text;
  const clause = text.replace(/\.$/, "");
  return editions[locale].capitalAfterColon ? clause : lowerFirst(clause);
}
