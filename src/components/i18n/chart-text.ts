/*
 * The words of the charts in each edition, one typed record per chart: a word missing in one
 * edition fails the type check. Numbers and the UN file's categories are not here: they go
 * through the formatter (format.ts) and the categories table (categories.ts).
 */
import { kindKey, missionNumberIn, theMissionIn } from "./mission-names.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import { message } from "./messages.js";
import { byEdition } from "./editions.js";
import { capitalize, formatter, type Locale } from "./format.js";
import type { StrengthComponent } from "../../../data-loaders/strength.js";
import type { DepartureStatus } from "../../../data-loaders/contingents.js";
import type { DepartureDate } from "./figure-words.js";
import type { StatementCount } from "../../../data-loaders/toll-statements.js";
import type { CasualtyCategory } from "../metrics/toll.js";
import type { FileDefinition } from "../metrics/toll-statements.js";

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
    message(locale, "chart.cumulative.year", {
      year: String(year),
      all: formatter(locale).number(all),
      count: all,
      malicious,
      maliciousWritten: formatter(locale).number(malicious),
    }),
  axis: message(locale, "chart.cumulative.axis"),
}));

/** A mission and its count, as a chart's point names it. */
export interface Standing {
  mission: string;
  fatalities: number;
  rank: number;
}

/** The words of missionRankingChart in each edition; `by` is what the deaths are counted from, in the page's words. */
/** How many towns a headquarters names: one, several (seasonal seats), or none the reference gives. */
export type HeadquartersTowns = "one" | "several" | "none";

export const missionRankingText = byEdition((locale) => ({
  title: (shown: number, by: string, highlight: string | null, kind?: MissionKind) =>
    message(locale, "chart.ranking.title", {
      shown,
      shownWritten: formatter(locale).number(shown),
      by,
      highlighted: yes(highlight !== null),
      highlight: highlight === null ? "" : theMissionIn(highlight, locale, kind),
    }),
  /**
   * The chart's point: where the highlighted mission stands, and which has the most when it is
   * not it ("MINUSMA ranks 2nd (311); the most: UNIFIL (339)"). `tied` counts the other missions at its rank.
   */
  point: (highlight: Standing, leaders: Standing[], tied: number, by: string, kind?: MissionKind) => {
    const format = formatter(locale);
    const leaderNames = format.list(leaders.map((row) => theMissionIn(row.mission, locale)));
    return message(locale, "chart.ranking.point", {
      first: yes(highlight.rank === 1),
      tied,
      subject: capitalize(theMissionIn(highlight.mission, locale, kind)),
      named: theMissionIn(highlight.mission, locale, kind),
      number: missionNumberIn(highlight.mission, locale),
      by,
      leadersSubject: capitalize(leaderNames),
      leaders: leaderNames,
      leaderCount: leaders.length,
      fatalities: format.number(highlight.fatalities),
      leaderFatalities: format.number(leaders[0].fatalities),
      ordinal: format.ordinal(highlight.rank, { plural: missionNumberIn(highlight.mission, locale) === "plural" }),
    });
  },
  subtitle: (highlight: string, kind?: MissionKind) =>
    message(locale, "chart.ranking.subtitle", { highlight: capitalize(theMissionIn(highlight, locale, kind)) }),
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
  subtitle: (
    lead: { names: string[]; count: number; all: boolean; spread: boolean; outnumbered?: boolean },
    /** How many nationalities the chart draws one by one before it groups the rest, or null where it groups none. */
    drawn: number | null,
  ) =>
    message(locale, "chart.nationalities.subtitle", {
      outnumbered: yes(lead.outnumbered ?? false),
      kind: lead.spread ? "spread" : lead.all ? "all" : "most",
      count: lead.count,
      countWritten: formatter(locale).number(lead.count),
      first: lead.names[0] ?? "",
      names: formatter(locale).list(lead.names),
      several: yes(lead.names.length > 1),
      others: yes(drawn !== null),
      drawnWritten: drawn === null ? "" : formatter(locale).cardinal(drawn, { of: "nationality" }),
    }),
  /** The source, and a word on the names only where the chart shortened one. */
  caption: (shortened: boolean) => message(locale, "chart.nationalities.caption", { shortened: yes(shortened) }),
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
      allNames: format.list(mostAll.map((row) => theMissionIn(row.mission, locale))),
      allCount: format.number(mostAll[0].fatalities),
      allSeveral: yes(mostAll.length > 1),
      maliciousNames: format.list(mostMalicious.map((row) => theMissionIn(row.mission, locale))),
      maliciousCount: format.number(mostMalicious[0].fatalities),
      maliciousSeveral: yes(mostMalicious.length > 1),
    });
  },
  subtitle: message(locale, "chart.comparison.subtitle"),
  caption: message(locale, "chart.source.allYears"),
  ariaLabel: message(locale, "chart.comparison.ariaLabel"),
  mission: (mission: string, all: number, malicious: number) =>
    message(locale, "chart.comparison.mission", {
      mission,
      all: formatter(locale).number(all),
      count: all,
      malicious,
      maliciousWritten: formatter(locale).number(malicious),
    }),
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
  title: (acronym: string, running: boolean, kind?: MissionKind) =>
    message(locale, "chart.locator.title", { acronym, running: yes(running), kind: kindKey(kind) }),
  /** `towns`: how many towns the headquarters names; a dot cannot stand in two ("Islamabad (Nov-Apr) and Srinagar (May-Oct)"). */
  subtitle: (town: string, towns: HeadquartersTowns, latitude: string, longitude: string) =>
    message(locale, "chart.locator.subtitle", { town, towns, latitude, longitude }),
  caption: message(locale, "chart.locator.caption"),
  ariaLabel: (acronym: string, town: string, kind?: MissionKind) =>
    message(locale, "chart.locator.ariaLabel", { acronym, town, kind: kindKey(kind) }),
  /** `inTown`: the town, or each of several, with its preposition ("au camp Faouar", "à Islamabad (…) et à Srinagar (…)"). */
  description: (place: { towns: HeadquartersTowns; inTown: string }, latitude: string, longitude: string) =>
    message(locale, "chart.locator.description", { ...place, latitude, longitude }),
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
export const tollStatementsText = byEdition((locale) => ({
  definitions: {
    all: message(locale, "chart.statements.definition.all"),
    malicious: message(locale, "chart.statements.definition.malicious"),
    maliciousOrUndetermined: message(locale, "chart.statements.definition.maliciousOrUndetermined"),
    militaryMalicious: message(locale, "chart.statements.definition.militaryMalicious"),
  } satisfies Record<FileDefinition, string>,
  counted: {
    "all causes": message(locale, "chart.statements.counted.allCauses"),
    "hostile acts": message(locale, "chart.statements.counted.hostileActs"),
  } satisfies Record<StatementCount, string>,
  title: message(locale, "chart.statements.title"),
  /** The chart's point: how many statements agreed with the file up to a year, and that they part after. */
  point: ({ until, agreeing, statements, within, partingFrom }: StatementAgreement) => {
    const format = formatter(locale);
    return message(locale, "chart.statements.point", {
      until,
      agreeing,
      agreeingStatements: format.partOf(agreeing, statements, message(locale, "word.statement"), message(locale, "word.statements"), {
        of: "statement",
      }),
      within,
      withinWritten: format.cardinal(within),
      partingFrom,
    });
  },
  subtitle: message(locale, "chart.statements.subtitle"),
  caption: message(locale, "chart.statements.caption"),
  ariaLabel: message(locale, "chart.statements.ariaLabel"),
  statement: (date: string, figure: string, counted: string, all: string, malicious: string) =>
    message(locale, "chart.statements.statement", { date, figure, counted, all, malicious }),
  axis: message(locale, "chart.statements.axis"),
}));

/** The words of flightRefusalsChart in each edition. */
export const flightRefusalsText = byEdition((locale) => ({
  measures: [
    message(locale, "chart.flights.requested"),
    message(locale, "chart.flights.refused"),
    message(locale, "chart.flights.drones"),
  ] as [requested: string, refused: string, drones: string],
  title: message(locale, "chart.flights.title"),
  /**
   * The chart's point: the share of requests not granted in each period that counts its requests,
   * in the words of what each period's count holds (`counts`: "refused", "refused or left unanswered").
   */
  point: (shares: { period: string; share: string; counts: string }[]) =>
    formatter(locale).list(
      shares.map(({ period, share, counts }, i) => message(locale, "chart.flights.share", { share, counts, period, first: yes(i === 0) })),
    ),
  subtitle: message(locale, "chart.flights.subtitle"),
  caption: message(locale, "chart.flights.caption"),
  ariaLabel: message(locale, "chart.flights.ariaLabel"),
  period: (period: string, requested: string | null, refused: string, counts: string, drones: string | null) =>
    message(locale, "chart.flights.period", {
      period,
      known: yes(requested !== null),
      requested: requested ?? "",
      refused,
      counts,
      withDrones: yes(drones !== null),
      drones: drones ?? "",
    }),
  axis: message(locale, "chart.flights.axis"),
}));

/** The components of the mission's strength as each edition names them. */
export const strengthComponentText = byEdition((locale): Record<StrengthComponent, string> => ({
  military: message(locale, "strength.component.military"),
  police: message(locale, "strength.component.police"),
  uniformed: message(locale, "strength.component.uniformed"),
  civilian: message(locale, "strength.component.civilian"),
  total: message(locale, "strength.component.total"),
}));

/** The words of strengthChart in each edition. */
export const strengthText = byEdition((locale) => ({
  title: message(locale, "chart.strength.title"),
  /** The chart's point: how many published counts of soldiers and police stayed below the ceiling in force. */
  point: (below: number, counts: number, floors: number) => {
    const format = formatter(locale);
    return message(locale, "chart.strength.point", {
      every: yes(below === counts),
      countsWritten: format.number(counts),
      below,
      belowOfCounts: capitalize(
        format.partOf(below, counts, message(locale, "word.publishedCount"), message(locale, "word.publishedCounts")),
      ),
      floors,
      floorsWritten: format.cardinal(floors),
    });
  },
  subtitle: message(locale, "chart.strength.subtitle"),
  caption: message(locale, "chart.strength.caption"),
  ariaLabel: message(locale, "chart.strength.ariaLabel"),
  ceilings: message(locale, "chart.strength.ceilings"),
  departures: message(locale, "chart.strength.departures"),
  axis: message(locale, "chart.strength.axis"),
}));

/** French says "depuis le 15 août" for a day but "depuis août", without "en", for a month. */
const since = (on: string) => on.replace(/^en /, "");

/** A departure's date in the words of its status: "left 12 Dec 2023", "to leave in Nov 2023", "to leave by Aug 2023". */
const departureWords =
  (locale: Locale, status: DepartureStatus) =>
  ({ date, on, by }: DepartureDate): string =>
    message(locale, "chart.contingents.when", {
      status: status === "under way" ? "underWay" : status,
      date,
      on,
      by: yes(by),
      since: since(on),
    });

/** The words of contingentsChart in each edition. */
export const contingentsText = byEdition((locale) => ({
  status: {
    completed: message(locale, "chart.contingents.status.completed"),
    "under way": message(locale, "chart.contingents.status.underWay"),
    planned: message(locale, "chart.contingents.status.planned"),
    suspended: message(locale, "chart.contingents.status.suspended"),
  } satisfies Record<DepartureStatus, string>,
  when: {
    completed: departureWords(locale, "completed"),
    "under way": departureWords(locale, "under way"),
    planned: departureWords(locale, "planned"),
    suspended: departureWords(locale, "suspended"),
  } satisfies Record<DepartureStatus, (when: DepartureDate) => string>,
  /** What was announced on that date: a departure, or for a suspended contingent its suspension. */
  announced: (date: string, status: string) => message(locale, "chart.contingents.announced", { date, status }),
  noDate: message(locale, "chart.contingents.noDate"),
  /** The chart's point: how many of the contingents had left, and how many had only planned to. */
  title: (contingents: number, byStatus: Partial<Record<DepartureStatus, number>>) => {
    const gone = byStatus.completed ?? 0;
    return message(locale, "chart.contingents.title", {
      contingents: formatter(locale).cardinal(contingents),
      gone,
      goneWritten: formatter(locale).cardinal(gone),
    });
  },
  subtitle: message(locale, "chart.contingents.subtitle"),
  caption: message(locale, "chart.contingents.caption"),
  ariaLabel: message(locale, "chart.contingents.ariaLabel"),
  axis: message(locale, "chart.contingents.axis"),
}));
