/*
 * The sentences every mission's page writes about its toll, in each edition, from the figures of
 * src/components/figures/missions.ts. Each sentence says only what its numbers hold for the
 * mission at hand: "most" for a majority only, the deadliest years all named when they tie, a
 * shared rank said to be shared, the countries of the dead counted without the unrecorded ones.
 * The two editions make the same claims with the same numbers in the same order; the tests hold
 * every sentence to its numbers for all the missions and for made-up edge cases.
 */
import { theMission } from "./mission-names.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import type { MissionFigures } from "../figures/missions.js";
import { formatter, type Locale } from "../format.js";
import { html, type Markup } from "../markup.js";
import { categoryLabel } from "./categories.js";
import { markupMessage } from "./messages.js";

type Figures = Pick<
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

const en = formatter("en");
const fr = formatter("fr");
const personnelEn = (categories: string[]) => `${en.list(categories.map((category) => category.toLowerCase()))} personnel`;
const quotedFr = (category: string) => `«\u00a0${categoryLabel(category, "fr")}\u00a0»`;

/** The sentences whose words are all in the catalogues, the same code for every edition. */
const fromCatalogue = (locale: Locale): Pick<MissionSentences, "malicious" | "deadliest"> => ({
  malicious: ({ all, malicious, maliciousShare }) =>
    markupMessage(locale, "mission.malicious", {
      all,
      malicious,
      everyone: malicious === all ? "yes" : "no",
      maliciousWritten: formatter(locale).number(malicious),
      share: formatter(locale).share(maliciousShare),
    }),
  deadliest: ({ deadliest }) =>
    deadliest
      ? markupMessage(locale, "mission.deadliest", {
          even: deadliest.even ? "yes" : "no",
          years: formatter(locale).list(deadliest.years.map(String)),
          yearCount: deadliest.years.length,
          count: deadliest.all,
          countWritten: formatter(locale).number(deadliest.all),
        })
      : html``,
});

export const missionText: Record<Locale, MissionSentences> = {
  en: {
    ...fromCatalogue("en"),
    personnel: ({ personnel: lead, all }) => {
      const [first] = lead.names;
      switch (lead.kind) {
        case "all":
          return all === 1 ? html`That person was one of its ${personnelEn([first])}.` : html`All of them were ${personnelEn([first])}.`;
        case "majority":
          return html`Most of those who died were ${personnelEn([first])} (${en.number(lead.count)}, ${en.share(lead.share)}).`;
        case "plurality":
          return html`More of those who died were ${personnelEn([first])} than of any other kind (${en.number(lead.count)}, ${en.share(lead.share)}), but not a majority.`;
        case "tie":
          return lead.names.length === lead.groups
            ? html`Those who died were ${personnelEn(lead.names)}, ${en.number(lead.count)} of each.`
            : html`More of those who died were ${personnelEn(lead.names)} than of any other kind, ${en.number(lead.count)} of each.`;
      }
    },
    nationalities: ({ all, countries, unrecorded }) => {
      if (countries === 0) return html`The nationality of ${all === 1 ? "the one who died" : "those who died"} is not recorded.`;
      // One death from one country: the chart below names it; a count of one would say nothing.
      if (all === 1) return html``;
      const from = html`They came from ${en.count(countries, "country", "countries")}`;
      return unrecorded === 0 ? html`${from}.` : html`${from}; the nationality of ${en.number(unrecorded)} of them is not recorded.`;
    },
    rank: ({ mission, missions, rankAll, tiedAll, rankMalicious, tiedMalicious }) => {
      const place = (rank: number, tied: number) =>
        tied === 0
          ? html`**${en.ordinal(rank)}**`
          : html`**joint ${en.ordinal(rank)}** (with ${en.count(tied, "other mission", "other missions")})`;
      return html`Among the ${en.number(missions)} missions, offices and other entries in the file, ${mission} ranks ${place(rankAll, tiedAll)} by deaths from all causes${
        rankMalicious === null
          ? " and has no death from malicious acts"
          : html` and ${place(rankMalicious, tiedMalicious ?? 0)} by deaths from malicious acts`
      }.`;
    },
  },
  fr: {
    ...fromCatalogue("fr"),
    personnel: ({ personnel: lead, all }) => {
      const [first] = lead.names;
      switch (lead.kind) {
        case "all":
          return all === 1
            ? html`Cette personne relevait de la catégorie ${quotedFr(first)}.`
            : html`Toutes les victimes relevaient de la catégorie ${quotedFr(first)}.`;
        case "majority":
          return html`La plupart des victimes relevaient de la catégorie ${quotedFr(first)} (${fr.number(lead.count)}, ${fr.share(lead.share)}).`;
        case "plurality":
          return html`La catégorie ${quotedFr(first)} compte plus de morts que toute autre (${fr.number(lead.count)}, ${fr.share(lead.share)}), sans être majoritaire.`;
        case "tie":
          return lead.names.length === lead.groups
            ? html`Les victimes relevaient des catégories ${fr.list(lead.names.map(quotedFr))}, ${fr.number(lead.count)} par catégorie.`
            : html`Les catégories ${fr.list(lead.names.map(quotedFr))} comptent plus de morts que toute autre, ${fr.number(lead.count)} chacune.`;
      }
    },
    nationalities: ({ all, countries, unrecorded }) => {
      if (countries === 0) return html`La nationalité ${all === 1 ? "de la victime" : "des victimes"} n'est pas enregistrée.`;
      if (all === 1) return html``;
      const from = html`Les victimes venaient de ${fr.count(countries, "pays", "pays")}`;
      return unrecorded === 0
        ? html`${from}.`
        : html`${from}\u00a0; la nationalité de ${fr.number(unrecorded)} d'entre elles n'est pas enregistrée.`;
    },
    rank: ({ mission, missions, rankAll, tiedAll, rankMalicious, tiedMalicious }) => {
      const place = (rank: number, tied: number) =>
        tied === 0
          ? html`au **${fr.ordinal(rank)}** rang`
          : html`au **${fr.ordinal(rank)}** rang ex aequo (avec ${fr.count(tied, "autre mission", "autres missions")})`;
      return html`Parmi les ${fr.number(missions)} missions, bureaux et autres entrées du fichier, ${theMission(mission)} se classe ${place(rankAll, tiedAll)} pour les décès toutes causes${
        rankMalicious === null
          ? " et ne compte aucun mort dans un acte malveillant"
          : html` et ${place(rankMalicious, tiedMalicious ?? 0)} pour les décès dus à des actes malveillants`
      }.`;
    },
  },
};

/** What the file's entries are, in each edition's words, singular and plural. */
const kindNames: Record<Locale, Record<MissionKind, [one: string, many: string]>> = {
  en: {
    "peacekeeping operation": ["peacekeeping operation", "peacekeeping operations"],
    "political mission": ["political mission", "political missions"],
    office: ["office", "offices"],
    "not a mission": ["entry that is not a mission", "entries that are not missions"],
  },
  fr: {
    "peacekeeping operation": ["opération de maintien de la paix", "opérations de maintien de la paix"],
    "political mission": ["mission politique", "missions politiques"],
    office: ["bureau", "bureaux"],
    "not a mission": ["entité qui n'est pas une mission", "entités qui ne sont pas des missions"],
  },
};

/** The file's entries counted by kind: "59 peacekeeping operations, …, and 1 entry that is not a mission (UNSecretariat)". */
export function entriesByKind(groups: readonly { kind: MissionKind; acronyms: string[] }[], locale: Locale): string {
  const format = formatter(locale);
  return format.list(
    groups.map(({ kind, acronyms }) => {
      const counted = format.count(acronyms.length, ...kindNames[locale][kind]);
      return kind === "not a mission" ? `${counted} (${format.list(acronyms)})` : counted;
    }),
  );
}
