/*
 * How each edition names a mission. The root edition uses the UN file's acronym and the UN list's
 * English name; another edition uses the official acronym and name of its curated table of names
 * (data-loaders/curated/mission_names_fr.csv for French), with the article its language gives the
 * name ("la FINUL", "l’ONUC", "le BINUH", "les FPNU"). A mission the table has no row for is named by its kind
 * and its acronym, in the catalogue's words ("la mission UNPOS", "le bureau UNOWA").
 */
import { startsWithVowelSound } from "./elision.js";
import { loadMissionNamesFr, type MissionNameFrRow } from "../../../data-loaders/mission-names-fr.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import { once } from "../../../data-loaders/tidy-tables.js";
import type { Locale } from "./editions.js";
import { inLanguage, type Markup } from "../render/markup.js";
import { curatedLanguage } from "./curated-text.js";
import { message } from "./messages.js";

/** A mission's row in an edition's table of names: its acronym, name and article there, with the row's source. */
export type MissionNaming = MissionNameFrRow;

/** Each edition's table of official names, by the UN file's acronym; the root edition has none. */
const namingTables: Partial<Record<Locale, () => Map<string, MissionNaming>>> = {
  fr: once(() => new Map(loadMissionNamesFr().map((row) => [row.acronym, row]))),
};

/** The mission's row in `locale`'s table of names, if it has one. */
export function missionNamingIn(acronym: string, locale: Locale): MissionNaming | undefined {
  return namingTables[locale]?.().get(acronym);
}

/** The acronym `locale`'s edition writes for a mission of the UN file: "UNIFIL", "FINUL"; the UN file's where the table has none. */
export function missionAcronymIn(acronym: string, locale: Locale): string {
  return missionNamingIn(acronym, locale)?.acronym_fr || acronym;
}

/** Whether a sentence agrees with the mission's name in the plural ("les FPNU se classent"), as its article in `locale`'s table of names says. */
export function missionNumberIn(acronym: string, locale: Locale): "singular" | "plural" {
  return missionNamingIn(acronym, locale)?.article_fr === "les" ? "plural" : "singular";
}

/** A kind of entry as the catalogue's `select` rules name it. */
export function kindKey(kind: MissionKind | undefined): "peacekeeping" | "political" | "office" | "notAMission" | "other" {
  switch (kind) {
    case "peacekeeping operation":
      return "peacekeeping";
    case "political mission":
      return "political";
    case "office":
      return "office";
    case "not a mission":
      return "notAMission";
    default:
      return "other";
  }
}

/** What `mission.the` and `mission.ofThe` need: the edition's acronym, its article ("elided" for l’), the entry's kind, its first sound. */
function namingValues(acronym: string, locale: Locale, kind?: MissionKind): Record<string, string> {
  const article = missionNamingIn(acronym, locale)?.article_fr;
  const written = missionAcronymIn(acronym, locale);
  return {
    acronym: written,
    article: article === "l’" ? "elided" : (article ?? "none"),
    kind: kindKey(kind),
    // An acronym the edition has no name for: a vowel lets French elide the article, which then says no gender it cannot know.
    initial: startsWithVowelSound(written) ? "vowel" : "consonant",
  };
}

/** The mission as `locale`'s edition names it in a sentence, article included where the language has one: "UNIFIL", "la FINUL". */
export function theMissionIn(acronym: string, locale: Locale, kind?: MissionKind): string {
  return message(locale, "mission.the", namingValues(acronym, locale, kind));
}

/** The mission after "of" where the language joins the two: "du BINUH", "de la FINUL", "de l’ONUC". */
export function ofTheMissionIn(acronym: string, locale: Locale, kind?: MissionKind): string {
  return message(locale, "mission.ofThe", namingValues(acronym, locale, kind));
}

/**
 * A mission's full name in `locale`'s edition: its official name from the edition's table of names
 * where it has one, else the UN list's English name, marked as English on another edition's page.
 */
export function missionNameIn(acronym: string, englishName: string, locale: Locale): Markup | string {
  return missionNamingIn(acronym, locale)?.name_fr || inLanguage(englishName, curatedLanguage, locale);
}
