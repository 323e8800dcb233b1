/*
 * The words of the charts in each edition, one typed record per chart: a word missing in one
 * edition fails the type check. Numbers and the UN file's categories are not here: they go
 * through the formatter (format.ts) and the categories table (categories.ts).
 */
import { theMission } from "./mission-names.js";
import { capitalize, formatter, type Locale } from "../format.js";
import type { StrengthComponent } from "../../../data-loaders/strength.js";
import type { DepartureStatus } from "../../../data-loaders/contingents.js";
import type { DepartureDate } from "./figure-words.js";
import type { StatementCount } from "../../../data-loaders/toll-statements.js";
import type { CasualtyCategory } from "../metrics/toll.js";
import type { FileDefinition } from "../metrics/toll-statements.js";

/** The words of fatalitiesByYearChart in each edition; a missing one fails the type check. */
export const fatalitiesByYearText: Record<
  Locale,
  {
    categories: Record<CasualtyCategory, string>;
    title(mission: string, by: string): string;
    /**
     * The chart's point, its first line: the deaths, the years they span and the year with the
     * most ("42 fatalities, 2013–2023; the most in 2017, 42"); no peak for a single year.
     */
    summary(total: number, span: string, peak: { years: string[]; count: number; even: boolean } | null): string;
    none: string;
    caption: string;
    ariaLabel(mission: string, by: string): string;
    marked: string;
    axis: string;
  }
> = {
  en: {
    categories: { incident_type: "type of incident", personnel_type: "type of personnel" },
    title: (mission, by) => `${mission}: fatalities per year, by ${by}`,
    summary: (total, span, peak) => {
      const en = formatter("en");
      const head = `${en.count(total, "fatality", "fatalities")}, ${span}`;
      if (!peak) return head;
      if (peak.even) return `${head}; ${en.number(peak.count)} in each of ${en.list(peak.years)}`;
      return peak.years.length === 1
        ? `${head}; the most in ${peak.years[0]} (${en.number(peak.count)})`
        : `${head}; the most in ${en.list(peak.years)} (${en.number(peak.count)} each)`;
    },
    none: "no fatalities recorded",
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES). Years are calendar years of the incident.",
    ariaLabel: (mission, by) => `Stacked bar chart of ${mission} fatalities per year by ${by}`,
    marked: "Marked",
    axis: "Fatalities",
  },
  fr: {
    categories: { incident_type: "type d'incident", personnel_type: "catégorie de personnel" },
    // French sets a colon off with a no-break space.
    title: (mission, by) => `${mission}\u00a0: décès par an, par ${by}`,
    summary: (total, span, peak) => {
      const fr = formatter("fr");
      const head = `${fr.number(total)} décès, ${span}`;
      if (!peak) return head;
      if (peak.even) return `${head}\u00a0; ${fr.number(peak.count)} pour chacune des années ${fr.list(peak.years)}`;
      return peak.years.length === 1
        ? `${head}\u00a0; au plus haut en ${peak.years[0]} (${fr.number(peak.count)})`
        : `${head}\u00a0; au plus haut en ${fr.list(peak.years)} (${fr.number(peak.count)} chaque année)`;
    },
    none: "aucun décès enregistré",
    caption:
      "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES). Les années sont celles de l'incident.",
    ariaLabel: (mission, by) => `Histogramme empilé des décès par an, ${mission}, par ${by}`,
    marked: "Repères",
    axis: "Décès",
  },
};

/** The words of cumulativeTollChart in each edition; a missing one fails the type check. */
export const cumulativeTollText: Record<
  Locale,
  {
    measures: [allCauses: string, malicious: string];
    title(mission: string, first: number, last: number): string;
    /** The chart's point: the deaths by the end of the last year, and how many from malicious acts. */
    subtitle(all: number, malicious: number, first: number, last: number): string;
    caption: string;
    ariaLabel(mission: string): string;
    year(year: number, all: number, malicious: number): string;
    axis: string;
  }
> = {
  en: {
    measures: ["All causes", "Malicious acts"],
    title: (mission, first, last) => (first === last ? `${mission}: the toll in ${first}` : `${mission}: the toll year after year`),
    subtitle: (all, malicious, first, last) => {
      const en = formatter("en");
      const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
      const attacks =
        malicious === 0
          ? "none from malicious acts"
          : malicious === all
            ? all === 1
              ? "from a malicious act"
              : "all from malicious acts"
            : `${en.number(malicious)} of them from malicious acts`;
      return `${en.count(all, "death", "deaths")} recorded ${span}, ${attacks}${first === last ? "" : "; the running totals at the end of each calendar year"}`;
    },
    caption: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES).",
    ariaLabel: (mission) => `Line chart of the cumulative number of ${mission} fatalities per year`,
    year: (year, all, malicious) => `${year}: ${all} in all, ${malicious} from malicious acts`,
    axis: "Deaths since the first",
  },
  fr: {
    measures: ["Toutes causes", "Actes malveillants"],
    title: (mission, first, last) =>
      first === last ? `${mission}\u00a0: le bilan en ${first}` : `${mission}\u00a0: le bilan année après année`,
    subtitle: (all, malicious, first, last) => {
      const fr = formatter("fr");
      const span = first === last ? `en ${first}` : `de ${first} à ${last}`;
      const attacks =
        malicious === 0
          ? "aucun par acte malveillant"
          : malicious === all
            ? all === 1
              ? "par un acte malveillant"
              : "tous par actes malveillants"
            : `dont ${fr.number(malicious)} par actes malveillants`;
      return `${fr.number(all)} ${all > 1 ? "décès enregistrés" : "décès enregistré"} ${span}, ${attacks}${first === last ? "" : "\u00a0; les totaux cumulés à la fin de chaque année civile"}`;
    },
    caption: "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES).",
    ariaLabel: (mission) => `Graphique linéaire du nombre cumulé de décès, ${mission}, par an`,
    year: (year, all, malicious) => `${year}\u00a0: ${all} au total, dont ${malicious} par actes malveillants`,
    axis: "Décès cumulés",
  },
};

const sourceAllYears: Record<Locale, string> = {
  en: "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES), all years.",
  fr: "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES), toutes années.",
};

/** A mission and its count, as a chart's point names it. */
export interface Standing {
  mission: string;
  fatalities: number;
  rank: number;
}

/** The words of missionRankingChart in each edition; `by` is what the deaths are counted from, in the page's words. */
export const missionRankingText: Record<
  Locale,
  {
    title(shown: number, by: string, highlight: string | null): string;
    /**
     * The chart's point: where the highlighted mission stands, and which has the most when it is
     * not it ("MINUSMA ranks 2nd (311); the most: UNIFIL (339)"). `tied` counts the other missions at its rank.
     */
    point(highlight: Standing, leaders: Standing[], tied: number): string;
    subtitle(highlight: string): string;
    caption: string;
    ariaLabel(by: string): string;
    axis: string;
  }
> = {
  en: {
    title: (shown, by, highlight) =>
      `${shown === 1 ? "The mission" : `The ${shown} missions`} with the most fatalities from ${by}${highlight ? `, and ${highlight}` : ""}`,
    point: (highlight, leaders, tied) => {
      const en = formatter("en");
      if (highlight.rank === 1)
        return tied
          ? `${en.list(leaders.map((row) => row.mission))} have the most, ${en.number(highlight.fatalities)} each`
          : `${highlight.mission} has the most, ${en.number(highlight.fatalities)}`;
      const most = leaders.map((row) => row.mission);
      return `${highlight.mission} ranks ${tied ? "joint " : ""}${en.ordinal(highlight.rank)}, with ${en.number(highlight.fatalities)}; the most: ${en.list(most)}, ${en.number(leaders[0].fatalities)}${most.length > 1 ? " each" : ""}`;
    },
    subtitle: (highlight) => `${highlight} highlighted; all the missions, offices and other entries of the UN's file`,
    caption: sourceAllYears.en,
    ariaLabel: (by) => `Bar chart ranking missions by fatalities from ${by}`,
    axis: "Fatalities",
  },
  fr: {
    title: (shown, by, highlight) =>
      `${shown === 1 ? "La mission la plus meurtrière" : `Les ${shown} missions les plus meurtrières`} (${by})${highlight ? `, plus ${theMission(highlight)}` : ""}`,
    point: (highlight, leaders, tied) => {
      const fr = formatter("fr");
      if (highlight.rank === 1)
        return tied
          ? `${capitalize(fr.list(leaders.map((row) => theMission(row.mission))))} en comptent le plus, ${fr.number(highlight.fatalities)} chacune`
          : `${capitalize(theMission(highlight.mission))} en compte le plus, ${fr.number(highlight.fatalities)}`;
      const most = leaders.map((row) => theMission(row.mission));
      return `${capitalize(theMission(highlight.mission))} est ${fr.ordinal(highlight.rank)}${tied ? " ex aequo" : ""}, avec ${fr.number(highlight.fatalities)}\u00a0; en tête\u00a0: ${fr.list(most)}, ${fr.number(leaders[0].fatalities)}${most.length > 1 ? " chacune" : ""}`;
    },
    subtitle: (highlight) => `${highlight} en couleur\u00a0; toutes les missions, bureaux et autres entrées du fichier de l'ONU`,
    caption: sourceAllYears.fr,
    ariaLabel: (by) => `Diagramme en barres classant les missions par nombre de décès (${by})`,
    axis: "Décès",
  },
};

/** The words of nationalitiesChart in each edition; the names come translated with the rows. */
export const nationalitiesText: Record<
  Locale,
  {
    title(mission: string): string;
    /**
     * The chart's point: the nationality (or those tied) with the most deaths, or the one every
     * death shares; and whether the others are drawn together.
     */
    subtitle(lead: { names: string[]; count: number; all: boolean; spread: boolean }, others: boolean): string;
    caption: string;
    ariaLabel(mission: string): string;
    axis: string;
    /** The "all others" bar's label where its full name does not fit: short, its count kept. */
    othersShort(nationalities: string): string;
  }
> = {
  en: {
    othersShort: (nationalities) => `${nationalities} others`,
    title: (mission) => `${mission}: nationalities of those who died`,
    subtitle: (lead, others) =>
      `${
        lead.spread
          ? `No nationality counts more than ${formatter("en").count(lead.count, "death", "deaths")}`
          : lead.all
            ? lead.count === 1
              ? `The one death: ${lead.names[0]}`
              : `All ${formatter("en").number(lead.count)} from ${lead.names[0]}`
            : `The most deaths: ${formatter("en").list(lead.names)} (${formatter("en").number(lead.count)}${lead.names.length > 1 ? " each" : ""})`
      }, as the UN records nationalities${others ? "; all other nationalities together" : ""}`,
    caption:
      "Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES). Long country names are shortened; the table below gives them in full.",
    ariaLabel: (mission) => `Bar chart of ${mission} fatalities by nationality`,
    axis: "Fatalities",
  },
  fr: {
    othersShort: (nationalities) => `${nationalities} autres`,
    title: (mission) => `${mission}\u00a0: nationalité des morts`,
    subtitle: (lead, others) =>
      `${
        lead.spread
          ? `Aucune nationalité ne compte plus de ${formatter("fr").count(lead.count, "mort", "morts")}`
          : lead.all
            ? `${lead.count === 1 ? "Nationalité" : `Tous les ${formatter("fr").number(lead.count)}`}\u00a0: ${lead.names[0]}`
            : `Le plus de morts\u00a0: ${formatter("fr").list(lead.names)} (${formatter("fr").number(lead.count)}${lead.names.length > 1 ? " pour chacun de ces pays" : ""})`
      }, nationalités telles que l'ONU les enregistre${others ? "\u00a0; toutes les autres ensemble" : ""}`,
    caption:
      "Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES). Les noms de pays longs sont abrégés\u00a0; le tableau ci-dessous les donne en entier.",
    ariaLabel: (mission) => `Diagramme en barres des décès, ${mission}, par nationalité`,
    axis: "Décès",
  },
};

/** The words of missionsComparisonChart in each edition. */
export const missionsComparisonText: Record<
  Locale,
  {
    parts: [malicious: string, other: string];
    title(shown: number): string;
    /** The chart's point: the missions with the most deaths, and with the most from malicious acts. */
    point(mostAll: Standing[], mostMalicious: Standing[]): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    mission(mission: string, all: string, malicious: string): string;
    axis: string;
  }
> = {
  en: {
    parts: ["Malicious acts", "Other causes"],
    title: (shown) => `The ${shown} missions with the most deaths, all causes`,
    point: (mostAll, mostMalicious) => {
      const en = formatter("en");
      const most = (rows: Standing[]) =>
        `${en.list(rows.map((row) => row.mission))}, ${en.number(rows[0].fatalities)}${rows.length > 1 ? " each" : ""}`;
      return `The most deaths: ${most(mostAll)}; the most from malicious acts: ${most(mostMalicious)}`;
    },
    subtitle: "Each bar split into deaths from malicious acts and from every other cause",
    caption: sourceAllYears.en,
    ariaLabel: "Stacked bar chart comparing the tolls of UN missions",
    mission: (mission, all, malicious) => `${mission}: ${all} in all, ${malicious} from malicious acts`,
    axis: "Fatalities",
  },
  fr: {
    parts: ["Actes malveillants", "Autres causes"],
    title: (shown) => `Les ${shown} missions qui ont compté le plus de morts, toutes causes`,
    point: (mostAll, mostMalicious) => {
      const fr = formatter("fr");
      const most = (rows: Standing[]) =>
        `${fr.list(rows.map((row) => row.mission))}, ${fr.number(rows[0].fatalities)}${rows.length > 1 ? " chacune" : ""}`;
      return `Le plus de morts\u00a0: ${most(mostAll)}\u00a0; le plus par actes malveillants\u00a0: ${most(mostMalicious)}`;
    },
    subtitle: "Chaque barre sépare les décès dus à des actes malveillants de ceux de toute autre cause",
    caption: sourceAllYears.fr,
    ariaLabel: "Histogramme empilé comparant les bilans des missions de l'ONU",
    mission: (mission, all, malicious) => `${mission}\u00a0: ${all} au total, dont ${malicious} par actes malveillants`,
    axis: "Décès",
  },
};

/** The words of locatorMap in each edition; `degrees` is written by the formatter. */
export const locatorText: Record<
  Locale,
  {
    compass: { north: string; south: string; east: string; west: string };
    /** The title, in the tense of a mission still running or ended. */
    title(acronym: string, running: boolean): string;
    subtitle(town: string, latitude: string, longitude: string): string;
    caption: string;
    ariaLabel(acronym: string, town: string): string;
    description(town: string, latitude: string, longitude: string): string;
  }
> = {
  en: {
    compass: { north: "N", south: "S", east: "E", west: "W" },
    title: (acronym, running) => `Where ${acronym} ${running ? "has" : "had"} its headquarters`,
    subtitle: (town, latitude, longitude) => `${town}, at ${latitude}, ${longitude}`,
    caption:
      "Point: the UN's list of operations (corrected where the reference table notes it), or Geo-PKO v2.3 for a mission missing from that list. Outlines: Natural Earth (world-atlas).",
    ariaLabel: (acronym, town) => `Locator map: ${acronym}'s headquarters, ${town}`,
    description: (town, latitude, longitude) =>
      `A dot at ${town}, latitude ${latitude}, longitude ${longitude}, on a map of the surrounding region.`,
  },
  fr: {
    compass: { north: "N", south: "S", east: "E", west: "O" },
    title: (acronym) => `${acronym}\u00a0: le quartier général`,
    subtitle: (town, latitude, longitude) => `${town}, par ${latitude}, ${longitude}`,
    caption:
      "Point\u00a0: liste des opérations de l'ONU (corrigée là où le tableau de référence le signale), ou Geo-PKO v2.3 pour une mission absente de cette liste. Contours\u00a0: Natural Earth (world-atlas).",
    ariaLabel: (acronym, town) => `Carte de situation\u00a0: quartier général, ${acronym}, ${town}`,
    description: (town, latitude, longitude) =>
      `Un point à ${town}, latitude ${latitude}, longitude ${longitude}, sur une carte de la région environnante.`,
  },
};

/** The words of headquartersWorldMap in each edition. */
export const headquartersMapText: Record<
  Locale,
  { title: string; subtitle(notDrawn: readonly string[]): string; caption: string; ariaLabel: string }
> = {
  en: {
    title: "Where the missions had their headquarters",
    subtitle: (notDrawn) =>
      `Each dot is a mission's headquarters, sized by the deaths the UN's file records for it; the deadliest are named where there is room. Not drawn, for want of a point in the sources: ${notDrawn.join(", ") || "none"}.`,
    caption:
      "Points: the UN's list of operations (corrected where the reference table notes it) and Geo-PKO v2.3. Outlines: Natural Earth (world-atlas).",
    ariaLabel: "World map of the missions' headquarters, sized by deaths",
  },
  fr: {
    title: "Où les missions avaient leur quartier général",
    subtitle: (notDrawn) =>
      `Chaque point est le quartier général d'une mission, de taille proportionnelle aux décès que le fichier de l'ONU lui attribue\u00a0; les plus meurtrières sont nommées là où la place le permet. ${notDrawn.length ? `Faute de coordonnées dans les sources, ne figurent pas\u00a0: ${notDrawn.join(", ")}.` : "Toutes les missions y figurent."}`,
    caption:
      "Points\u00a0: liste des opérations de l'ONU (corrigée là où le tableau de référence le signale) et Geo-PKO v2.3. Contours\u00a0: Natural Earth (world-atlas).",
    ariaLabel: "Carte du monde des quartiers généraux des missions, selon le nombre de décès",
  },
};

/** How far the statements agreed with the file: up to a year, how many of how many, within how many deaths. */
export interface StatementAgreement {
  until: string;
  agreeing: number;
  statements: number;
  within: number;
  partingFrom: string;
}

/** The words of tollStatementsChart in each edition: the file's four counts, what a statement counted, its qualifiers. */
export const tollStatementsText: Record<
  Locale,
  {
    definitions: Record<FileDefinition, string>;
    counted: Record<StatementCount, string>;
    title: string;
    /** The chart's point: how many statements agreed with the file up to a year, and that they part after. */
    point(agreement: StatementAgreement): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    statement(date: string, figure: string, counted: string, all: string, malicious: string): string;
    axis: string;
  }
> = {
  en: {
    definitions: {
      all: "all causes",
      malicious: "malicious acts",
      maliciousOrUndetermined: "malicious acts or cause to be determined",
      militaryMalicious: "military personnel, malicious acts",
    },
    counted: { "all causes": "all causes", "hostile acts": "hostile acts" },
    title: "MINUSMA's toll as stated at the time, against the UN file today",
    point: ({ until, agreeing, statements, within, partingFrom }) => {
      const en = formatter("en");
      return `Up to ${until}, ${en.partOf(agreeing, statements, "statement", "statements")} ${agreeing === 1 ? "agrees" : "agree"} with the file within ${en.count(within, "death", "deaths")}; from ${partingFrom} the stated tolls part from it`;
    },
    subtitle:
      "Lines: the file's deaths since the first, at the end of each month, under four definitions. Circles: the toll the mission or the press stated, on the day, in the color of the count it compares with (≥ at least, > more than, ~ about).",
    caption:
      "Sources: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES), April 2025 edition; each statement as the toll_statements table cites it.",
    ariaLabel: "Line chart of MINUSMA's running toll in the UN file, with the tolls stated at the time",
    statement: (date, figure, counted, all, malicious) =>
      `${date}: ${figure} stated (${counted}); the file counts ${all} from all causes and ${malicious} from malicious acts`,
    axis: "Deaths since the first",
  },
  fr: {
    definitions: {
      all: "toutes causes",
      malicious: "actes malveillants",
      maliciousOrUndetermined: "actes malveillants ou cause à déterminer",
      militaryMalicious: "militaires, actes malveillants",
    },
    counted: { "all causes": "toutes causes", "hostile acts": "actes hostiles" },
    title: "Le bilan de la MINUSMA tel qu'annoncé à l'époque, face au fichier de l'ONU aujourd'hui",
    point: ({ until, agreeing, statements, within, partingFrom }) => {
      const fr = formatter("fr");
      return `Jusqu'en ${until}, ${fr.partOf(agreeing, statements, "déclaration", "déclarations", { feminine: true })} ${agreeing === 1 ? "concorde" : "concordent"} avec le fichier à ${fr.count(within, "mort", "morts")} près\u00a0; à partir de ${partingFrom}, les bilans annoncés s'en écartent`;
    },
    subtitle:
      "Lignes\u00a0: décès cumulés du fichier à la fin de chaque mois, selon quatre définitions. Cercles\u00a0: le bilan annoncé par la mission ou la presse, au jour dit, dans la couleur du décompte auquel il se compare (≥ au moins, > plus de, ~ environ).",
    caption:
      "Sources\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES), édition d'avril 2025\u00a0; chaque déclaration telle que la cite le tableau des bilans annoncés.",
    ariaLabel: "Graphique linéaire du bilan cumulé de la MINUSMA dans le fichier de l'ONU, avec les bilans annoncés à l'époque",
    statement: (date, figure, counted, all, malicious) =>
      `${date}\u00a0: ${figure} annoncés (${counted})\u00a0; le fichier compte ${all} morts toutes causes et ${malicious} par actes malveillants`,
    axis: "Décès cumulés",
  },
};

/** The words of flightRefusalsChart in each edition. */
export const flightRefusalsText: Record<
  Locale,
  {
    measures: [requested: string, refused: string, drones: string];
    title: string;
    /**
     * The chart's point: the share of requests not granted in each period that counts its requests,
     * in the words of what each period's count holds (`counts`: "refused", "refused or left unanswered").
     */
    point(shares: { period: string; share: string; counts: string }[]): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    period(period: string, requested: string | null, refused: string, counts: string, drones: string | null): string;
    axis: string;
  }
> = {
  en: {
    measures: [
      "Requested",
      "Not granted (refused, unanswered or not obtained, as each report counts)",
      "Refused: requests for ISR drone flights",
    ],
    title: "Flight authorizations MINUSMA asked the Malian authorities for, and those not obtained",
    point: (shares) =>
      formatter("en").list(shares.map(({ period, share, counts }, i) => `${share}${i === 0 ? " of requests" : ""} ${counts} ${period}`)),
    subtitle:
      "By the period each source covers; a missing bar means the source gives no figure. ISR: intelligence, surveillance and reconnaissance",
    caption: "Sources: one per period, listed below the chart with who stated its figures.",
    ariaLabel: "Bar chart of flight authorizations requested and not obtained per reporting period",
    period: (period, requested, refused, counts, drones) =>
      `${period}: ${requested ?? "unknown number of"} requested, ${refused} ${counts}${drones !== null ? `, ${drones} of them for drone flights` : ""}`,
    axis: "Flight authorizations",
  },
  fr: {
    measures: [
      "Demandées",
      "Non accordées (refusées, sans réponse ou non obtenues, selon le rapport)",
      "Refusées\u00a0: demandes pour des drones ISR",
    ],
    title: "Les autorisations de vol demandées par la MINUSMA aux autorités maliennes, et celles qui n'ont pas été obtenues",
    point: (shares) =>
      formatter("fr").list(shares.map(({ period, share, counts }, i) => `${share}${i === 0 ? " des demandes" : ""} ${counts} ${period}`)),
    subtitle:
      "Par période couverte par chaque source\u00a0; une barre absente signifie que la source ne donne pas de chiffre. ISR\u00a0: renseignement, surveillance et reconnaissance",
    caption: "Sources\u00a0: une par période, listées sous le graphique avec qui a donné ses chiffres.",
    ariaLabel: "Diagramme en barres des autorisations de vol demandées et non obtenues par période",
    period: (period, requested, refused, counts, drones) =>
      `${period}\u00a0: ${requested === null ? "un nombre inconnu de demandes" : `${requested} demandées`}, ${refused} ${counts}${drones !== null ? `, dont ${drones} pour des drones` : ""}`,
    axis: "Autorisations de vol",
  },
};

/** The components of the mission's strength as each edition names them. */
export const strengthComponentText: Record<Locale, Record<StrengthComponent, string>> = {
  en: { military: "military", police: "police", uniformed: "uniformed", civilian: "civilian", total: "total" },
  fr: { military: "militaires", police: "policiers", uniformed: "personnel en uniforme", civilian: "civils", total: "total" },
};

/** The words of strengthChart in each edition. */
export const strengthText: Record<
  Locale,
  {
    title: string;
    /** The chart's point: how many published counts of soldiers and police stayed below the ceiling in force. */
    point(belowCeiling: number, counts: number, floors: number): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    ceilings: string;
    departures: string;
    axis: string;
  }
> = {
  en: {
    title: "MINUSMA's size as published, 2013–2023",
    point: (below, counts, floors) => {
      const en = formatter("en");
      const head =
        below === counts
          ? `Every published count of soldiers and police (${en.number(counts)}) was below the ceiling then in force`
          : `${en.partOf(below, counts, "published count", "published counts")} of soldiers and police ${below === 1 ? "was" : "were"} below the ceiling then in force`;
      return floors ? `${head}; ${en.number(floors)} given only as "more than" cannot show it` : head;
    },
    subtitle:
      "Dots: personnel deployed (hollow: approximate or a lower bound). Steps: authorized ceilings. Lines: contingents' departures, completed or planned (the table below says which)",
    caption:
      "Sources: UN documents and press, government statements and news reports, one per point, listed in the table below. Month-only dates are drawn mid-month.",
    ariaLabel: "Scatter chart of MINUSMA's deployed strength and authorized ceilings over time, with contingent departures",
    ceilings: "Ceilings",
    departures: "Departures",
    axis: "People (ceilings: places authorized)",
  },
  fr: {
    title: "Les effectifs de la MINUSMA tels que publiés, 2013-2023",
    point: (below, counts, floors) => {
      const fr = formatter("fr");
      const head =
        below === counts
          ? `Tous les décomptes publiés des militaires et des policiers (${fr.number(counts)}) sont restés sous le plafond alors en vigueur`
          : `${fr.partOf(below, counts, "décompte publié", "décomptes publiés")} des militaires et des policiers ${below === 1 ? "est resté" : "sont restés"} sous le plafond alors en vigueur`;
      return floors
        ? `${head}\u00a0; ${fr.number(floors)}, ${floors === 1 ? "donné" : "donnés"} seulement comme «\u00a0plus de\u00a0», ne ${floors === 1 ? "peut" : "peuvent"} le montrer`
        : head;
    },
    subtitle:
      "Points\u00a0: personnel déployé (creux\u00a0: chiffre approximatif ou minimum). Paliers\u00a0: plafonds autorisés. Traits\u00a0: départs de contingents, effectués ou prévus (le tableau ci-dessous précise lesquels)",
    caption:
      "Sources\u00a0: documents de l'ONU et presse, déclarations gouvernementales et articles, une par point, listées dans le tableau ci-dessous. Les dates données au mois sont placées au milieu du mois.",
    ariaLabel: "Nuage de points des effectifs déployés et des plafonds autorisés de la MINUSMA, avec les départs de contingents",
    ceilings: "Plafonds",
    departures: "Départs",
    axis: "Personnes (plafonds\u00a0: postes autorisés)",
  },
};

/** The words of contingentsChart in each edition. */
/** French says "depuis le 15 août" for a day but "depuis août", without "en", for a month. */
const since = (on: string) => on.replace(/^en /, "");

export const contingentsText: Record<
  Locale,
  {
    status: Record<DepartureStatus, string>;
    /** A departure's date in the words of its status: "left 12 Dec 2023", "to leave in Nov 2023", "to leave by Aug 2023". */
    when: Record<DepartureStatus, (when: DepartureDate) => string>;
    announced(date: string): string;
    noDate: string;
    /** The chart's point: how many of the contingents had left, and how many had only planned to. */
    title(contingents: number, byStatus: Partial<Record<DepartureStatus, number>>, locale: Locale): string;
    subtitle: string;
    caption: string;
    ariaLabel: string;
    axis: string;
  }
> = {
  en: {
    status: { completed: "Left", "under way": "Leaving", planned: "Departure planned", suspended: "Activities suspended" },
    when: {
      completed: ({ date, by }) => (by ? `left by ${date}` : `left ${date}`),
      "under way": ({ date }) => `leaving from ${date}`,
      planned: ({ date, on, by }) => (by ? `to leave by ${date}` : `to leave ${on}`),
      suspended: ({ date }) => `suspended from ${date}`,
    },
    announced: (date) => `announced ${date}`,
    noDate: "no date given",
    title: (contingents, byStatus, locale) => {
      const gone = byStatus.completed ?? 0;
      return `Of the ${formatter(locale).number(contingents)} contingents that left, were to leave or suspended their activities in 2022–2023, ${formatter(locale).number(gone)} ${gone === 1 ? "is" : "are"} recorded as gone`;
    },
    subtitle: "Personnel as the source gives them; ordered by departure date, or by announcement where no departure date is given",
    caption: "Sources: government statements and news reports, one per contingent, listed in the table below.",
    ariaLabel: "Bar chart of the size of each national contingent that left, was to leave or suspended its activities",
    axis: "Personnel",
  },
  fr: {
    status: { completed: "Parti", "under way": "Départ en cours", planned: "Départ prévu", suspended: "Activités suspendues" },
    when: {
      completed: ({ on, by }) => (by ? `parti au plus tard ${on}` : `parti ${on}`),
      "under way": ({ on }) => `départ en cours depuis ${since(on)}`,
      planned: ({ on, by }) => (by ? `départ prévu au plus tard ${on}` : `départ prévu ${on}`),
      suspended: ({ on }) => `suspendu depuis ${since(on)}`,
    },
    announced: (date) => `annoncé ${date}`,
    noDate: "sans date",
    title: (contingents, byStatus, locale) => {
      const gone = byStatus.completed ?? 0;
      return `Sur les ${formatter(locale).number(contingents)} contingents partis, sur le départ ou ayant suspendu leurs activités en 2022-2023, ${formatter(locale).number(gone)} ${gone > 1 ? "sont enregistrés comme partis" : "est enregistré comme parti"}`;
    },
    subtitle: "Effectifs tels que la source les donne\u00a0; par date de départ, ou d'annonce quand le départ n'est pas daté",
    caption: "Sources\u00a0: déclarations gouvernementales et articles, une par contingent, listées dans le tableau ci-dessous.",
    ariaLabel: "Diagramme en barres de la taille de chaque contingent national parti, sur le départ ou suspendu",
    axis: "Personnel",
  },
};
