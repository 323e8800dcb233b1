/*
 * How the French edition names a mission: by its official French acronym and name
 * (data-loaders/curated/mission_names_fr.csv), with the article French gives it ("la FINUL",
 * "l’ONUC", "le BINUH"). A mission the table has no row for is "la mission" and its acronym, which
 * holds whatever its kind.
 */
import { loadMissionNamesFr, type MissionNameFrRow } from "../../../data-loaders/mission-names-fr.js";
import { once } from "../../../data-loaders/tidy-tables.js";
import type { Locale } from "../editions.js";

const frenchNames = once(() => new Map(loadMissionNamesFr().map((row) => [row.acronym, row])));

/** The mission's row in the table of French names, if it has one. */
export function frenchNaming(acronym: string): MissionNameFrRow | undefined {
  return frenchNames().get(acronym);
}

/** The acronym the French edition writes: "FINUL" for UNIFIL; the UN file's where there is no French one. */
export function frenchAcronym(acronym: string): string {
  return frenchNaming(acronym)?.acronym_fr || acronym;
}

/** The mission with its article: "la FINUL", "l’ONUC", "le BINUH", "la mission UNPOS". */
export function theMission(acronym: string): string {
  const row = frenchNaming(acronym);
  if (!row) return `la mission ${acronym}`;
  const named = frenchAcronym(acronym);
  return row.article_fr === "l’" ? `l’${named}` : `${row.article_fr} ${named}`;
}

/** The mission after "de": "de la FINUL", "de l’ONUC", "du BINUH". */
export function ofTheMission(acronym: string): string {
  const the = theMission(acronym);
  return the.startsWith("le ") ? `du ${the.slice(3)}` : `de ${the}`;
}

/** The acronym each edition writes for a mission: the UN file's in English, the official French one in French. */
const acronymsByEdition: Record<Locale, (acronym: string) => string> = { en: (acronym) => acronym, fr: frenchAcronym };

/** The acronym `locale`'s edition writes for a mission of the UN file: "UNIFIL", "FINUL". */
export function missionAcronymIn(acronym: string, locale: Locale): string {
  return acronymsByEdition[locale](acronym);
}

/** The mission as a sentence names it in each edition: "UNIFIL" in English, "la FINUL" in French. */
const theMissionByEdition: Record<Locale, (acronym: string) => string> = { en: (acronym) => acronym, fr: theMission };

/** The mission as `locale`'s edition names it in a sentence, article included where the language has one. */
export function theMissionIn(acronym: string, locale: Locale): string {
  return theMissionByEdition[locale](acronym);
}
