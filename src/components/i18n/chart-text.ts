/*
 * The words of the charts in each edition, one typed record per chart: a word missing in one
 * edition fails the type check. Numbers and the UN file's categories are not here: they go
 * through the formatter (format.ts) and the categories table (categories.ts).
 */
import type { Locale } from "../format.js";
import type { CasualtyCategory } from "../metrics/toll.js";

/** The words of fatalitiesByYearChart in each edition; a missing one fails the type check. */
export const fatalitiesByYearText: Record<
  Locale,
  {
    categories: Record<CasualtyCategory, string>;
    title(mission: string, by: string): string;
    total(count: string): string;
    none: string;
    caption: string;
    ariaLabel(mission: string, by: string): string;
    description(total: number, span: string, years: string): string;
    marked: string;
    axis: string;
  }
> = {
  en: {
    categories: { incident_type: "type of incident", personnel_type: "type of personnel" },
    title: (mission, by) => `${mission}: fatalities per year, by ${by}`,
    total: (count) => `${count} fatalities`,
    none: "no fatalities recorded",
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES). Years are calendar years of the incident.",
    ariaLabel: (mission, by) => `Stacked bar chart of ${mission} fatalities per year by ${by}`,
    description: (total, span, years) => `${total} fatalities in ${span}. ${years}`,
    marked: "Marked",
    axis: "Fatalities",
  },
  fr: {
    categories: { incident_type: "type d'incident", personnel_type: "catégorie de personnel" },
    // French sets a colon off with a no-break space.
    title: (mission, by) => `${mission}\u00a0: décès par an, par ${by}`,
    total: (count) => `${count} décès`,
    none: "aucun décès enregistré",
    caption:
      "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES). Les années sont celles de l'incident.",
    ariaLabel: (mission, by) => `Histogramme empilé des décès par an, ${mission}, par ${by}`,
    description: (total, span, years) => `${total} décès, ${span}. ${years}`,
    marked: "Repères",
    axis: "Décès",
  },
};

/** The words of cumulativeTollChart in each edition; a missing one fails the type check. */
export const cumulativeTollText: Record<
  Locale,
  {
    measures: [allCauses: string, malicious: string];
    title(mission: string): string;
    subtitle: string;
    caption: string;
    ariaLabel(mission: string): string;
    year(year: number, all: number, malicious: number): string;
    axis: string;
  }
> = {
  en: {
    measures: ["All causes", "Malicious acts"],
    title: (mission) => `${mission}: the toll year after year`,
    subtitle: "Deaths recorded since the first, at the end of each calendar year",
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES).",
    ariaLabel: (mission) => `Line chart of the cumulative number of ${mission} fatalities per year`,
    year: (year, all, malicious) => `${year}: ${all} in all, ${malicious} from malicious acts`,
    axis: "Deaths since the first",
  },
  fr: {
    measures: ["Toutes causes", "Actes malveillants"],
    title: (mission) => `${mission}\u00a0: le bilan année après année`,
    subtitle: "Décès enregistrés depuis le premier, à la fin de chaque année civile",
    caption: "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES).",
    ariaLabel: (mission) => `Graphique linéaire du nombre cumulé de décès, ${mission}, par an`,
    year: (year, all, malicious) => `${year}\u00a0: ${all} au total, dont ${malicious} par actes malveillants`,
    axis: "Décès depuis le premier",
  },
};
