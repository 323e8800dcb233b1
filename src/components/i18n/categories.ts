/*
 * The UN file's categories as each edition writes them, from the catalogues (`category.<value>`):
 * one source for every page, chart and table of numbers. The downloads keep the UN's own values;
 * only what readers see is translated.
 */
import type { IncidentType, PersonnelType } from "../../../data-loaders/casualties.js";
import type { Locale } from "./format.js";
import { isMessageKey, message, type MessageKey } from "./messages.js";

type Category = IncidentType | PersonnelType;

const categoryKey = (value: Category): MessageKey & `category.${Category}` => `category.${value}`;

/** A category of the UN file as the edition writes it; a value the catalogue lacks is an error, never shown raw. */
export function categoryLabel(value: string, locale: Locale): string {
  const key = categoryKey(value as Category);
  if (!isMessageKey(key)) throw new Error(`no ${locale} label for the UN file's category "${value}" (the catalogue has no ${key})`);
  return message(locale, key);
}
