/*
 * Towns as each edition names them. The UN's list of operations names a headquarters in English;
 * an edition's file (places/<locale>.json) gives its own name for a town where it differs
 * (Jérusalem, Kaboul) and leaves out the towns every edition writes alike (Bamako, Juba).
 */
import en from "./places/en.json" with { type: "json" };
import fr from "./places/fr.json" with { type: "json" };
import type { Locale } from "./editions.js";
import { inLanguage, type Markup } from "../render/markup.js";
import { curatedLanguage } from "./curated-text.js";
import { message } from "./messages.js";

const placeNames: Record<Locale, Record<string, string>> = { en, fr };

/** The edition's name for a town the UN's list names in English; the list's own name where the edition writes it alike. */
export function placeName(name: string, locale: Locale): string {
  return placeNames[locale][name] ?? name;
}

/** A town in a sentence, with its preposition: "à Zagreb", "au camp Faouar"; "in Zagreb", "at Camp Faouar". A camp takes its own. */
export function inPlace(name: string, locale: Locale): string {
  const camp = /^Camp (.+)$/.exec(name)?.[1];
  return message(locale, "place.in", { town: placeName(name, locale), camp: camp ? "yes" : "no", name: camp ?? "" });
}

/**
 * A region the UN's list names in English ("Somalia", "West Africa and the Sahel"): in the edition's
 * words where its file has them, else as the list writes it, marked as English on another edition's page.
 */
export function areaName(area: string, locale: Locale): Markup | string {
  const own = placeName(area, locale);
  return own === area ? inLanguage(area, curatedLanguage, locale) : own;
}
