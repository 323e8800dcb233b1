/*
 * The sentences every mission's page writes about its toll, in each edition, from the figures of
 * src/components/figures/missions.ts. Each sentence says only what its numbers hold for the
 * mission at hand: "most" for a majority only, the deadliest years all named when they tie, a
 * shared rank said to be shared, the countries of the dead counted without the unrecorded ones.
 * The two editions make the same claims with the same numbers in the same order; the tests hold
 * every sentence to its numbers for all the missions and for made-up edge cases.
 */
import { kindKey, missionAcronymIn, missionNumberIn, theMissionIn } from "./mission-names.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import type { MissionFigures } from "../figures/missions.js";
import { formatter, type Locale } from "./format.js";
import { html, trusted, type Markup } from "../render/markup.js";
import { byEdition } from "./editions.js";
import { isMessageKey, markupMessage, message } from "./messages.js";

type Figures = { kind?: MissionKind } & Pick<
  MissionFigures,
  | "mission"
  | "all"
  | "malicious"
  | "maliciousShare"
  | "deadliest"
  | "personnel"
  | "countries"
  | "unrecorded"
  | "missions"
  | "rankAll"
  | "tiedAll"
  | "rankMalicious"
  | "tiedMalicious"
>;

export interface MissionSentences {
  /** How many of the dead were killed in malicious acts. */
  malicious(f: Figures): Markup;
  /** The deadliest calendar year or years; empty for a mission whose deaths fall in one year. */
  deadliest(f: Figures): Markup;
  /** Which personnel types count the most deaths. */
  personnel(f: Figures): Markup;
  /** The countries of those who died, and the deaths whose nationality is not recorded. */
  nationalities(f: Figures): Markup;
  /** Where the mission stands among all missions, by deaths from all causes and from malicious acts. */
  rank(f: Figures): Markup;
}

/** A category of the UN file's personnel as a sentence names it: "military" (personnel), "« Militaire »". */
const personnelNames = (categories: readonly string[], locale: Locale) =>
  formatter(locale).list(
    categories.map((category) => message(locale, "mission.personnelCategory", { category: personnelCategoryWord(category, locale) })),
  );

/** How a sentence names a category of the UN file's personnel (catalogue: personnelInSentence.<category>). */
function personnelCategoryWord(category: string, locale: Locale): string {
  const key = `personnelInSentence.${category}`;
  if (!isMessageKey(key)) throw new Error(`the catalogues have no wording (${key}) for the UN file's personnel type "${category}"`);
  return message(locale, key);
}

/** The sentences of a mission's page, the same code for every edition: the words are the catalogue's. */
const sentences = (locale: Locale): MissionSentences => {
  const format = formatter(locale);
  const place = (rank: number, tied: number) =>
    message(locale, "mission.place", { rank: format.rank(rank), tied, tiedWritten: format.cardinal(tied, { of: "entry" }) });
  return {
    malicious: ({ all, malicious, maliciousShare }) =>
      markupMessage(locale, "mission.malicious", {
        all,
        malicious,
        everyone: malicious === all ? "yes" : "no",
        maliciousWritten: format.cardinal(malicious),
        share: format.share(maliciousShare),
      }),
    deadliest: ({ deadliest }) =>
      deadliest
        ? markupMessage(locale, "mission.deadliest", {
            even: deadliest.even ? "yes" : "no",
            years: format.list(deadliest.years.map(String)),
            yearCount: deadliest.years.length,
            count: deadliest.all,
            countWritten: format.cardinal(deadliest.all),
          })
        : html``,
    personnel: ({ personnel: lead, all }) =>
      markupMessage(locale, "mission.personnel", {
        kind: lead.kind === "tie" && lead.names.length === lead.groups ? "tieAll" : lead.kind,
        all,
        names: personnelNames(lead.kind === "tie" ? lead.names : lead.names.slice(0, 1), locale),
        count: format.number(lead.count),
        countWords: format.cardinal(lead.count, { of: "victim" }),
        countNumber: lead.count,
        share: "share" in lead && lead.share !== undefined ? format.share(lead.share) : "",
      }),
    nationalities: ({ all, countries, unrecorded }) =>
      // One death from one country: the chart below names it; a count of one would say nothing.
      countries > 0 && all === 1
        ? html``
        : markupMessage(locale, "mission.nationalities", {
            all,
            countries,
            countriesWritten: format.cardinal(countries),
            unrecorded,
            unrecordedWritten: format.cardinal(unrecorded, { of: "victim" }),
          }),
    rank: ({ mission, kind, missions, rankAll, tiedAll, rankMalicious, tiedMalicious }) =>
      markupMessage(locale, "mission.rank", {
        missions: format.number(missions),
        mission: theMissionIn(mission, locale, kind),
        number: missionNumberIn(mission, locale),
        placeAll: trusted(place(rankAll, tiedAll)),
        hasMalicious: rankMalicious === null ? "no" : "yes",
        placeMalicious: rankMalicious === null ? "" : trusted(place(rankMalicious, tiedMalicious ?? 0)),
      }),
  };
};

export const missionText: Record<Locale, MissionSentences> = byEdition(sentences);

/** The file's entries counted by kind: "59 peacekeeping operations, …, and 1 entry that is not a mission (UNSecretariat)". */
export function entriesByKind(groups: readonly { kind: MissionKind; acronyms: string[] }[], locale: Locale): string {
  const format = formatter(locale);
  return format.list(
    groups.map(({ kind, acronyms }) =>
      message(locale, "mission.kindCounted", {
        written: format.cardinal(acronyms.length, { of: kindKey(kind) }),
        kind: message(locale, "mission.kind", { kind: kindKey(kind), count: acronyms.length }),
        acronyms: kind === "not a mission" ? ` (${format.list(acronyms.map((acronym) => missionAcronymIn(acronym, locale)))})` : "",
      }),
    ),
  );
}
