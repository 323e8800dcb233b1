/*
 * The words of the charts in each edition, one typed record per chart: a word missing in one
 * edition fails the type check. Numbers and the UN file's categories are not here: they go
 * through the formatter (format.ts) and the categories table (categories.ts).
 */
import { theMissionIn } from "./mission-names.js";
import { message } from "./messages.js";
import { locales } from "../editions.js";
import { capitalize, formatter, type Locale } from "../format.js";
import type { StrengthComponent } from "../../../data-loaders/strength.js";
import type { DepartureStatus } from "../../../data-loaders/contingents.js";
import type { DepartureDate } from "./figure-words.js";
import type { StatementCount } from "../../../data-loaders/toll-statements.js";
import type { CasualtyCategory } from "../metrics/toll.js";
import type { FileDefinition } from "../metrics/toll-statements.js";

/** Builds a record of words for every edition from the catalogues: no edition is written here by hand. */
function byEdition<Words>(words: (locale: Locale) => Words): Record<Locale, Words> {
  return Object.fromEntries(locales.map((locale) => [locale, words(locale)])) as Record<Locale, Words>;
}

/** A yes/no choice for a catalogue's `select`. */
const yes = (condition: boolean) => (condition ? "yes" : "no");

/** The words of fatalitiesByYearChart in each edition. */
export const fatalitiesByYearText = byEdition((locale) => ({
  categories: {
    incident_type: message(locale, "chart.byYear.category.incident"),
    personnel_type: message(locale, "chart.byYear.category.personnel"),
  } satisfies Record<CasualtyCategory, string>,
  title: (mission: string, by: string) => message(locale, "chart.byYear.title", { mission, by }),
  /**
   * The chart's point, its first line: the deaths, the years they span and the year with the
   * most ("42 fatalities, 2013–2023; the most in 2017, 42"); no peak for a single year.
   */
  summary: (total: number, span: string, peak: { years: string[]; count: number; even: boolean } | null) => {
    const format = formatter(locale);
    return message(locale, "chart.byYear.summary", {
      total,
      totalWritten: format.number(total),
      span,
      peak: !peak ? "none" : peak.even ? "even" : peak.years.length === 1 ? "one" : "several",
      years: peak ? format.list(peak.years) : "",
      peakWritten: peak ? format.number(peak.count) : "",
    });
  },
  none: message(locale, "chart.byYear.none"),
  caption: message(locale, "chart.byYear.caption"),
  ariaLabel: (mission: string, by: string) => message(locale, "chart.byYear.ariaLabel", { mission, by }),
  marked: message(locale, "chart.byYear.marked"),
  axis: message(locale, "chart.byYear.axis"),
}));

/** The words of cumulativeTollChart in each edition. */
export const cumulativeTollText = byEdition((locale) => ({
  measures: [message(locale, "chart.cumulative.allCauses"), message(locale, "chart.cumulative.malicious")] as [
    allCauses: string,
    malicious: string,
  ],
  title: (mission: string, first: number, last: number) =>
    message(locale, "chart.cumulative.title", { mission, single: yes(first === last), first: String(first) }),
  /** The chart's point: the deaths by the end of the last year, and how many from malicious acts. */
  subtitle: (all: number, malicious: number, first: number, last: number) =>
    message(locale, "chart.cumulative.subtitle", {
      all,
      allWritten: formatter(locale).number(all),
      malicious,
      maliciousWritten: formatter(locale).number(malicious),
      attacks: malicious === 0 ? "none" : malicious === all ? "every" : "some",
      single: yes(first === last),
      first: String(first),
      last: String(last),
    }),
  caption: message(locale, "chart.cumulative.caption"),
  ariaLabel: (mission: string) => message(locale, "chart.cumulative.ariaLabel", { mission }),
  year: (year: number, all: number, malicious: number) =>
    message(locale, "chart.cumulative.year", { year: String(year), all: String(all), malicious: String(malicious) }),
  axis: message(locale, "chart.cumulative.axis"),
}));

/** A mission and its count, as a chart's point names it. */
export interface Standing {
  mission: string;
  fatalities: number;
  rank: number;
}

/** The words of missionRankingChart in each edition; `by` is what the deaths are counted from, in the page's words. */
export const missionRankingText = byEdition((locale) => ({
  title: (shown: number, by: string, highlight: string | null) =>
    message(locale, "chart.ranking.title", {
      shown,
      shownWritten: formatter(locale).number(shown),
      by,
      highlighted: yes(highlight !== null),
      highlight: highlight === null ? "" : theMissionIn(highlight, locale),
    }),
  /**
   * The chart's point: where the highlighted mission stands, and which has the most when it is
   * not it ("MINUSMA ranks 2nd (311); the most: UNIFIL (339)"). `tied` counts the other missions at its rank.
   */
  point: (highlight: Standing, leaders: Standing[], tied: number) => {
    const format = formatter(locale);
    const leaderNames = format.list(leaders.map((row) => theMissionIn(row.mission, locale)));
    return message(locale, "chart.ranking.point", {
      first: yes(highlight.rank === 1),
      tied,
      subject: capitalize(theMissionIn(highlight.mission, locale)),
      leadersSubject: capitalize(leaderNames),
      leaders: leaderNames,
      leaderCount: leaders.length,
      fatalities: format.number(highlight.fatalities),
      leaderFatalities: format.number(leaders[0].fatalities),
      ordinal: format.ordinal(highlight.rank),
    });
  },
  subtitle: (highlight: string) => message(locale, "chart.ranking.subtitle", { highlight }),
  caption: message(locale, "chart.source.allYears"),
  ariaLabel: (by: string) => message(locale, "chart.ranking.ariaLabel", { by }),
  axis: message(locale, "chart.ranking.axis"),
}));

/** The words of nationalitiesChart in each edition; the names come translated with the rows. */
export const nationalitiesText = byEdition((locale) => ({
  /** The "all others" bar's label where its full name does not fit: short, its count kept. */
  othersShort: (nationalities: string) => message(locale, "chart.nationalities.othersShort", { count: nationalities }),
  title: (mission: string) => message(locale, "chart.nationalities.title", { mission }),
  /**
   * The chart's point: the nationality (or those tied) with the most deaths, or the one every
   * death shares; and whether the others are drawn together.
   */
  subtitle: (lead: { names: string[]; count: number; all: boolean; spread: boolean }, others: boolean) =>
    message(locale, "chart.nationalities.subtitle", {
      kind: lead.spread ? "spread" : lead.all ? "all" : "most",
      count: lead.count,
      countWritten: formatter(locale).number(lead.count),
      first: lead.names[0] ?? "",
      names: formatter(locale).list(lead.names),
      several: yes(lead.names.length > 1),
      others: yes(others),
    }),
  caption: message(locale, "chart.nationalities.caption"),
  ariaLabel: (mission: string) => message(locale, "chart.nationalities.ariaLabel", { mission }),
  axis: message(locale, "chart.nationalities.axis"),
}));

/** The words of missionsComparisonChart in each edition. */
export const missionsComparisonText = byEdition((locale) => ({
  parts: [message(locale, "chart.comparison.malicious"), message(locale, "chart.comparison.other")] as [malicious: string, other: string],
  title: (shown: number) => message(locale, "chart.comparison.title", { shown: String(shown) }),
  /** The chart's point: the missions with the most deaths, and with the most from malicious acts. */
  point: (mostAll: Standing[], mostMalicious: Standing[]) => {
    const format = formatter(locale);
    return message(locale, "chart.comparison.point", {
      allNames: format.list(mostAll.map((row) => row.mission)),
      allCount: format.number(mostAll[0].fatalities),
      allSeveral: yes(mostAll.length > 1),
      maliciousNames: format.list(mostMalicious.map((row) => row.mission)),
      maliciousCount: format.number(mostMalicious[0].fatalities),
      maliciousSeveral: yes(mostMalicious.length > 1),
    });
  },
  subtitle: message(locale, "chart.comparison.subtitle"),
  caption: message(locale, "chart.source.allYears"),
  ariaLabel: message(locale, "chart.comparison.ariaLabel"),
  mission: (mission: string, all: string, malicious: string) => message(locale, "chart.comparison.mission", { mission, all, malicious }),
  axis: message(locale, "chart.comparison.axis"),
}));

/** The words of locatorMap in each edition; `degrees` is written by the formatter. */
export const locatorText = byEdition((locale) => ({
  compass: {
    north: message(locale, "chart.locator.north"),
    south: message(locale, "chart.locator.south"),
    east: message(locale, "chart.locator.east"),
    west: message(locale, "chart.locator.west"),
  },
  /** The title, in the tense of a mission still running or ended. */
  title: (acronym: string, running: boolean) => message(locale, "chart.locator.title", { acronym, running: yes(running) }),
  subtitle: (town: string, latitude: string, longitude: string) => message(locale, "chart.locator.subtitle", { town, latitude, longitude }),
  caption: message(locale, "chart.locator.caption"),
  ariaLabel: (acronym: string, town: string) => message(locale, "chart.locator.ariaLabel", { acronym, town }),
  description: (town: string, latitude: string, longitude: string) =>
    message(locale, "chart.locator.description", { town, latitude, longitude }),
}));

/** The words of headquartersWorldMap in each edition. */
export const headquartersMapText = byEdition((locale) => ({
  title: message(locale, "chart.headquarters.title"),
  subtitle: (notDrawn: readonly string[]) =>
    message(locale, "chart.headquarters.subtitle", { count: notDrawn.length, notDrawn: notDrawn.join(", ") }),
  caption: message(locale, "chart.headquarters.caption"),
  ariaLabel: message(locale, "chart.headquarters.ariaLabel"),
}));

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
