/*
 * The words of the withdrawal page's charts in each edition, one typed record per chart, as
 * chart-text.ts keeps them for the other pages: a word missing in one edition fails the type check.
 */
import { formatter, type Locale } from "../format.js";

/** The phases a site's closing falls in, as the map's and the closures chart's legends name them. */
export const phaseText: Record<Locale, { first: string; second: string; open: string }> = {
  en: { first: "Closed July–August", second: "Closed September–December", open: "No closing date found" },
  fr: { first: "Fermés en juillet et en août", second: "Fermés de septembre à décembre", open: "Sans date de fermeture connue" },
};

/** What a label writes for a site no source dates. */
export const noClosingDateText: Record<Locale, string> = { en: "no date", fr: "sans date" };

/** The words of sitesMap in each edition. */
export const sitesMapText: Record<
  Locale,
  {
    title: string;
    subtitle(unmapped: string[]): string;
    caption: string;
    ariaLabel: string;
    site(name: string, closed: string | null): string;
  }
> = {
  en: {
    title: "The thirteen sites MINUSMA held when its withdrawal began",
    // One text at both widths: the page keeps the words around the plot once.
    subtitle: (unmapped) =>
      `Each site with the day it closed or was handed over, or on a small screen its order of closing (the table below lists them); ${
        unmapped.join(", ") || "none"
      } not drawn: no point in the sources`,
    caption:
      "Sources: each site's closing as the curated sites table cites it; towns' points from Geo-PKO v2.3 (Uppsala University); outlines from Natural Earth (world-atlas).",
    ariaLabel: "Map of Mali with MINUSMA's sites and the day each closed",
    site: (name, closed) => `${name}: ${closed === null ? "no closing date found" : `closed ${closed}`}`,
  },
  fr: {
    title: "Les treize sites que tenait la MINUSMA au début de son retrait",
    subtitle: (unmapped) =>
      `Chaque site avec le jour de sa fermeture ou de sa remise, ou sur petit écran son rang de fermeture (le tableau ci-dessous les liste)\u00a0; ${
        unmapped.length === 0 ? "tous sont placés" : `${unmapped.join(", ")}\u00a0: hors de la carte, faute de coordonnées dans les sources`
      }`,
    caption:
      "Sources\u00a0: la fermeture de chaque site telle que la cite le tableau des sites\u00a0; position des villes d'après Geo-PKO v2.3 (université d'Uppsala)\u00a0; contours Natural Earth (world-atlas).",
    ariaLabel: "Carte du Mali avec les sites de la MINUSMA et le jour de fermeture de chacun",
    site: (name, closed) => `${name}, ${closed ?? "aucune date de fermeture trouvée"}`,
  },
};

/** The words of closuresChart in each edition. */
export const closuresText: Record<
  Locale,
  {
    title: string;
    /** The chart's point: how many sites closed, the first and the last as precisely as the sources date them. */
    subtitle(count: number, first: string, last: string, open: string[]): string;
    caption: string;
    ariaLabel: string;
    secondPhase: string;
  }
> = {
  en: {
    title: "The order the sites closed",
    subtitle: (count, first, last, open) =>
      `${count} sites closed, the first ${first}, the last ${last}${open.length ? `; no date found for ${open.join(", ")}` : ""}`,
    caption: "Source: the curated sites table, one source per site. Open circles: a day the sources give only roughly, or a month.",
    ariaLabel: "Dot chart of the day each MINUSMA site closed in 2023, in order",
    secondPhase: "second phase",
  },
  fr: {
    title: "L'ordre de fermeture des sites",
    subtitle: (count, first, last, open) =>
      `${count} sites fermés, le premier ${first}, le dernier ${last}${open.length ? `\u00a0; aucune date trouvée pour ${open.join(", ")}` : ""}`,
    caption:
      "Source\u00a0: le tableau des sites, une source par site. Cercles vides\u00a0: un jour que les sources ne donnent qu'approximativement, ou un mois.",
    ariaLabel: "Diagramme en points du jour de fermeture de chaque site de la MINUSMA en 2023, dans l'ordre",
    secondPhase: "deuxième phase",
  },
};

/** The words of personnelLeftChart in each edition. */
export const personnelLeftText: Record<
  Locale,
  {
    title: string;
    /** The chart's point: the last count, with its date and qualifier as the source gave them. */
    point(on: string, count: string): string;
    subtitle(toLeave: string | null): string;
    caption: string;
    ariaLabel: string;
    axis: string;
    toLeave(count: string): string;
  }
> = {
  en: {
    title: "Personnel who had left Mali",
    point: (on, count) => `The last count, ${on}: ${count} had left`,
    subtitle: (toLeave) =>
      `Counts the mission and the press gave as it went${toLeave === null ? "" : `, against the ${toLeave} the withdrawal concerned`}`,
    caption: "Source: the curated withdrawal table, one source per count. A count of “more than” is drawn at its figure.",
    ariaLabel: "Dot chart of the personnel who had left Mali by date in 2023",
    axis: "Personnel",
    toLeave: (count) => `${count} to leave`,
  },
  fr: {
    title: "Le personnel parti du Mali",
    point: (on, count) => `Le dernier décompte, ${on}\u00a0: ${count} personnes parties`,
    subtitle: (toLeave) =>
      `Décomptes donnés au fil du retrait par la mission et la presse${toLeave === null ? "" : `, rapportés aux ${toLeave} personnes que le retrait concernait`}`,
    caption: "Source\u00a0: le tableau du retrait, une source par décompte. Un décompte «\u00a0plus de\u00a0» est placé à son chiffre.",
    ariaLabel: "Diagramme en points du personnel parti du Mali, par date, en 2023",
    axis: "Personnel",
    toLeave: (count) => `${count} devant partir`,
  },
};

/** The words of placesChart in each edition. */
export const placesText: Record<
  Locale,
  {
    title: string;
    subtitle(largest: { location: string; year: number; troops: string } | null): string;
    caption: string;
    ariaLabel: string;
  }
> = {
  en: {
    title: "Where the mission stood, year by year",
    subtitle: (largest) =>
      `${largest ? `The largest presence: ${largest.location} in ${largest.year}, about ${largest.troops} troops. ` : ""}Circles sized by the troops estimated from the UN's deployment maps (estimates from unit symbols, not head counts)`,
    caption: "Source: Geo-PKO v2.3 (Uppsala University), coded from the UN's deployment maps; the mean of each year's maps.",
    ariaLabel: "Grid of MINUSMA's places by year, sized by estimated troops",
  },
  fr: {
    title: "Où se trouvait la mission, année par année",
    subtitle: (largest) =>
      `${largest ? `La plus forte présence\u00a0: ${largest.location} en ${largest.year}, environ ${largest.troops} militaires. ` : ""}Cercles proportionnels aux effectifs estimés d'après les cartes de déploiement de l'ONU (estimations tirées des symboles d'unités, non des décomptes)`,
    caption:
      "Source\u00a0: Geo-PKO v2.3 (université d'Uppsala), codé d'après les cartes de déploiement de l'ONU\u00a0; moyenne des cartes de chaque année.",
    ariaLabel: "Grille des lieux de la MINUSMA par année, proportionnels aux effectifs estimés",
  },
};

/** The words of contributorsChart in each edition. */
export const contributorsText: Record<
  Locale,
  {
    title: string;
    /** The chart's point: how many countries the maps show over which years, and how many had a contingent that left or was to leave. */
    point(countries: number, years: string, leaving: number): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    leaving: string;
    places(count: number): string;
  }
> = {
  en: {
    title: "Contributing countries on the maps, year by year",
    point: (countries, years, leaving) => {
      const en = formatter("en");
      const who = leaving === 0 ? "none of them" : `${en.number(leaving)} of them`;
      return `${en.count(countries, "country", "countries")} on the maps, ${years}; ${who} had a contingent that left or was to leave in 2022–2023`;
    },
    subtitle: "◂ a country with a contingent that left or was to leave in 2022–2023",
    caption: "Sources: Geo-PKO v2.3 (a country drawn on at least one map of the year); departures from the curated contingents table.",
    ariaLabel: "Grid of the countries whose units the UN's maps of MINUSMA draw, by year",
    leaving: " (a contingent left or was to leave)",
    places: (count) => `${count} place${count === 1 ? "" : "s"}`,
  },
  fr: {
    title: "Les pays contributeurs sur les cartes, année par année",
    point: (countries, years, leaving) => {
      const fr = formatter("fr");
      const who = leaving === 0 ? "aucun n'avait" : `${fr.number(leaving)} d'entre eux ${leaving === 1 ? "avait" : "avaient"}`;
      return `${fr.number(countries)} pays sur les cartes, ${years}\u00a0; ${who} un contingent parti ou sur le départ en 2022-2023`;
    },
    subtitle: "◂ pays dont un contingent est parti ou devait partir en 2022-2023",
    caption:
      "Sources\u00a0: Geo-PKO v2.3 (pays figurant sur au moins une carte de l'année)\u00a0; départs d'après le tableau des contingents.",
    ariaLabel: "Grille des pays dont les cartes de l'ONU montrent des unités de la MINUSMA, par année",
    leaving: " (un contingent parti ou sur le départ)",
    places: (count) => `${count} ${count <= 1 ? "lieu" : "lieux"}`,
  },
};
