/*
 * The sentences every mission page generates hold for every mission: each claim ("most", the
 * deadliest years, the countries of the dead, a shared rank) is checked against counts made here
 * from the casualty rows, for all the missions of the UN file and for made-up missions at the
 * edges (one death, ties, one year, no malicious act, every death of one kind, no nationality
 * recorded), in both editions, which must print the same numbers in the same order.
 */
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { Casualty } from "../../../data-loaders/casualties.js";
import type { MissionReference } from "../../../data-loaders/mission-reference.js";
import { numbersIn } from "../../../scripts/build/edition-numbers.js";
import { missionsFigures, type MissionFigures } from "../../../src/components/figures/missions.js";
import { formatter, locales, type Locale } from "../../../src/components/i18n/format.js";
import { categoryLabel } from "../../../src/components/i18n/categories.js";
import { entriesByKind, missionText } from "../../../src/components/i18n/mission-text.js";
import { missionNumberIn } from "../../../src/components/i18n/mission-names.js";
import { PageContext } from "../../../src/components/render/page.js";

/** The words the sentences write two to nine in (one is left out: it is also an article, "une autre entrée"). */
const numberWords: Record<Locale, string[]> = {
  en: ["two", "three", "four", "five", "six", "seven", "eight", "nine"],
  fr: ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
};

/** The places from first to ninth, in words. */
const rankWords: Record<Locale, string[]> = {
  en: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
  fr: ["premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième"],
};

/** The counts and places a sentence prints, in figures or, up to nine, in words, in order. */
function countsIn(text: string, locale: Locale): number[] {
  const read = (written: string, words: string[], first: number) =>
    written.replace(
      new RegExp(`(?<![\\p{L}’'])(?:${words.join("|")})(?!\\p{L})`, "giu"),
      (word) => ` ${words.indexOf(word.toLowerCase()) + first} `,
    );
  return numbersIn(read(read(text, rankWords[locale], 1), numberWords[locale], 2), locale);
}

type Row = Pick<Casualty, "mission" | "year" | "personnel_type" | "incident_type" | "nationality">;

/** What the sentences may say, counted straight from a mission's rows and every mission's tolls. */
function factsOf(rows: Row[], everyMission: Map<string, { all: number; malicious: number }>, mission: string) {
  const tally = (key: (row: Row) => string) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
    return counts;
  };
  const leaders = (counts: Map<string, number>) => {
    const max = Math.max(...counts.values());
    return { max, names: [...counts].filter(([, n]) => n === max).map(([name]) => name), count: counts.size };
  };
  const unknown = (nationality: string | null) => !nationality || nationality === "Not recorded" || nationality === "Undetermined";
  const own = everyMission.get(mission)!;
  const place = (toll: "all" | "malicious") => {
    const others = [...everyMission].filter(([name, t]) => name !== mission && t[toll] > 0);
    return {
      rank: 1 + others.filter(([, t]) => t[toll] > own[toll]).length,
      tied: others.filter(([, t]) => t[toll] === own[toll]).length,
    };
  };
  return {
    all: rows.length,
    malicious: rows.filter((row) => row.incident_type === "Malicious Act").length,
    personnel: leaders(tally((row) => row.personnel_type)),
    personnelTypes: tally((row) => row.personnel_type).size,
    years: new Set(rows.map((row) => row.year)).size > 1 ? leaders(tally((row) => String(row.year))) : null,
    countries: new Set(rows.filter((row) => !unknown(row.nationality)).map((row) => row.nationality)).size,
    unrecorded: rows.filter((row) => unknown(row.nationality)).length,
    missions: everyMission.size,
    rankAll: place("all"),
    rankMalicious: own.malicious > 0 ? place("malicious") : null,
  };
}

/** Every sentence of one mission in one edition, held to the facts. */
function expectSentencesTrue(f: MissionFigures, facts: ReturnType<typeof factsOf>, locale: Locale) {
  const text = missionText[locale];
  const format = formatter(locale);
  const say = (sentence: unknown) => String(sentence);
  const where = `${f.mission} (${locale})`;

  const personnel = say(text.personnel(f));
  const { max, names } = facts.personnel;
  const majority = names.length === 1 && max * 2 > facts.all && max < facts.all;
  expect(/^(Most of those|La plupart)/.test(personnel), `${where}: "${personnel}" says "most" exactly for a majority`).toBe(majority);
  if (names.length === 1 && max === facts.all)
    expect(personnel, where).toMatch(/^(All of them|That person|Toutes les victimes|Cette personne)/);
  if (names.length === 1 && max * 2 <= facts.all) expect(personnel, where).toMatch(/not a majority|sans être majoritaire/);
  if (names.length > 1)
    for (const name of names) expect(personnel, where).toContain(locale === "en" ? name.toLowerCase() : categoryLabel(name, "fr"));
  const shared =
    names.length === 1 && max < facts.all
      ? [max, ...numbersIn(format.share(max / facts.all), locale)]
      : names.length > 1 && max > 1
        ? [max]
        : [];
  expect(countsIn(personnel, locale), `${where}: "${personnel}"`).toEqual(shared);
  // A count of one to nine is a word in the sentence, its share beside it: "(five, 38%)", "(cinq, 38 %)".
  expect(personnel, `${where}: "${personnel}"`).not.toMatch(/\([1-9],/);

  const malicious = say(text.malicious(f));
  const partly = facts.malicious > 0 && facts.malicious < facts.all;
  expect(countsIn(malicious, locale), `${where}: "${malicious}"`).toEqual(
    // One of several is "one of them", "l’un d’eux": a pronoun, not a count.
    partly ? [...(facts.malicious > 1 ? [facts.malicious] : []), ...numbersIn(format.share(facts.malicious / facts.all), locale)] : [],
  );
  if (facts.all === 1) expect(malicious, `${where}: one death is not "none of them"`).not.toMatch(/None of them|Aucun/);
  if (facts.malicious === 0) expect(malicious, where).toMatch(/not record|None of them|ne l[’']enregistre pas|n’est pas attribué|Aucun/);
  // One death is one act: "1 (6%) was killed in a malicious act", never "in malicious acts".
  if (partly && facts.malicious === 1) expect(malicious, where).toMatch(/in a malicious act\.|dans un acte malveillant\./);

  const deadliest = say(text.deadliest(f));
  if (!facts.years) expect(deadliest, where).toBe("");
  else {
    // A single death a year is "one", "un": a word the count leaves out.
    expect(countsIn(deadliest, locale), `${where}: "${deadliest}"`).toEqual([
      ...facts.years.names.map(Number).sort(),
      ...(facts.years.max > 1 ? [facts.years.max] : []),
    ]);
    // Every year with a death counting as many is no peak: the sentence must not call any year the deadliest.
    const even = facts.years.names.length === facts.years.count;
    expect(/deadliest|la plus meurtrière|les plus meurtrières/.test(deadliest), `${where}: "${deadliest}"`).toBe(!even);
    expect(/years were|années civiles les plus/.test(deadliest), where).toBe(facts.years.names.length > 1 && !even);
  }

  const nationalities = say(text.nationalities(f));
  const expectedNationalities =
    facts.countries === 0 || (facts.all === 1 && facts.countries === 1)
      ? []
      : // One unrecorded nationality is "one of them", "l’une d’elles": a pronoun, not a count.
        [...(facts.countries > 1 ? [facts.countries] : []), ...(facts.unrecorded > 1 ? [facts.unrecorded] : [])];
  expect(countsIn(nationalities, locale), `${where}: "${nationalities}"`).toEqual(expectedNationalities);
  // "de un pays" is no French: one country is said in words of its own.
  expect(nationalities, where).not.toMatch(/\bde (?:un|une)\b/);
  if (facts.countries === 0) expect(nationalities, where).toMatch(/not recorded|n’est pas enregistrée/);
  if (facts.unrecorded === 1 && facts.countries > 0) expect(nationalities, where).toMatch(/one of them is not|l’une d’elles n’est pas/);

  const rank = say(text.rank(f));
  // One other entry is "one other entry", "une autre entrée": an article, not a count.
  const placed = ({ rank: r, tied }: { rank: number; tied: number }) => [r, ...(tied > 1 ? [tied] : [])];
  expect(countsIn(rank, locale), `${where}: "${rank}"`).toEqual([
    facts.missions,
    ...placed(facts.rankAll),
    ...(facts.rankMalicious ? placed(facts.rankMalicious) : []),
  ]);
  // A name in the plural takes its verb in the plural: "les FPNU se classent", "la FINUL se classe".
  if (locale === "fr") expect(rank, where).toContain(missionNumberIn(f.mission, locale) === "plural" ? " se classent " : " se classe ");
  const shares = [facts.rankAll, facts.rankMalicious].filter((p) => p && p.tied > 0).length;
  expect(
    rank.split(locale === "en" ? "joint" : "ex aequo").length - 1,
    `${where}: "${rank}" says a rank is shared exactly when it is`,
  ).toBe(shares);
}

/** The figures the pages get and the facts counted here, for missions made of the given rows. */
function figuresAndFacts(rows: Row[]) {
  const reference = (acronym: string): MissionReference => ({
    acronym,
    name: `Fixture mission ${acronym}`,
    kind: "peacekeeping operation",
    headquarters: null,
    area: null,
    latitude: null,
    longitude: null,
    start_date: null,
    end_date: null,
    running: false,
    combines: "",
    listed_by: "curated",
    report: "",
    source_url: "https://example.org/fixture",
    note: "",
  });
  const missions = [...new Set(rows.map((row) => row.mission))];
  const casualties = aq.from(rows.map((row, i) => ({ casualty_id: `FIX-${i}`, date: `${row.year}-06-01`, iso3: "", gender: "", ...row })));
  const { bySlug } = missionsFigures({ casualties, missionReference: aq.from(missions.map(reference)) });
  const tolls = new Map(
    missions.map((mission) => {
      const own = rows.filter((row) => row.mission === mission);
      return [mission, { all: own.length, malicious: own.filter((row) => row.incident_type === "Malicious Act").length }];
    }),
  );
  return missions.map((mission) => ({
    f: bySlug.get(mission.toLowerCase())!,
    facts: factsOf(
      rows.filter((row) => row.mission === mission),
      tolls,
      mission,
    ),
  }));
}

describe("the sentences of every mission of the UN file", async () => {
  const context = new PageContext();
  await context.prepare();
  const rows = context.tables().casualties.objects() as Row[];
  const tolls = new Map<string, { all: number; malicious: number }>();
  for (const row of rows) {
    const toll = tolls.get(row.mission) ?? { all: 0, malicious: 0 };
    toll.all += 1;
    if (row.incident_type === "Malicious Act") toll.malicious += 1;
    tolls.set(row.mission, toll);
  }
  const missions = [...context.missions().bySlug.values()];

  it("covers every mission of the file", () => expect(missions.map((f) => f.mission).sort()).toEqual([...tolls.keys()].sort()));

  it.each(missions.map((f) => [f.mission, f] as const))("%s: every claim holds, in both editions", (mission, f) => {
    const facts = factsOf(
      rows.filter((row) => row.mission === mission),
      tolls,
      mission,
    );
    for (const locale of locales) expectSentencesTrue(f, facts, locale);
  });
});

describe("the sentences of made-up missions at the edges", () => {
  const row = (
    mission: string,
    year: number,
    personnel_type: Row["personnel_type"],
    nationality = "Ghana",
    incident_type: Row["incident_type"] = "Accident",
  ): Row => ({
    mission,
    year,
    personnel_type,
    nationality,
    incident_type,
  });
  const cases: [string, Row[]][] = [
    ["one death", [row("ONE", 2001, "Military")]],
    ["one death of unrecorded nationality", [row("ONE", 2001, "Police", "")]],
    ["one death, in a malicious act", [row("STRUCK", 2001, "Military", "Ghana", "Malicious Act")]],
    [
      "every death in malicious acts",
      [row("STRUCK", 2001, "Military", "Ghana", "Malicious Act"), row("STRUCK", 2002, "Police", "Nepal", "Malicious Act")],
    ],
    ["every death of one kind, in one year", [row("KIND", 2001, "Local"), row("KIND", 2001, "Local"), row("KIND", 2001, "Local")]],
    ["an even spread over three kinds", [row("EVEN", 2001, "Military"), row("EVEN", 2002, "Police"), row("EVEN", 2003, "Local")]],
    [
      "two kinds tied ahead of a third",
      [
        row("TIE", 2001, "Military"),
        row("TIE", 2001, "Military"),
        row("TIE", 2002, "Police"),
        row("TIE", 2002, "Police"),
        row("TIE", 2003, "Local"),
      ],
    ],
    [
      "the largest kind under half",
      [
        row("PLUR", 2001, "Military"),
        row("PLUR", 2001, "Military"),
        row("PLUR", 2002, "Police"),
        row("PLUR", 2002, "Local"),
        row("PLUR", 2003, "Other"),
      ],
    ],
    [
      "exactly half, which is not most",
      [row("HALF", 2001, "Military"), row("HALF", 2001, "Military"), row("HALF", 2002, "Police"), row("HALF", 2003, "Local")],
    ],
    ["no nationality recorded", [row("NONE", 2001, "Military", "Not recorded"), row("NONE", 2002, "Military", "Undetermined")]],
  ];

  it.each(cases)("%s: every claim holds, in both editions", (_name, rows) => {
    // Ranked among two other made-up missions, one with as many deaths (a shared rank), one killed in a malicious act.
    const others = [...rows.map((r) => ({ ...r, mission: "PEER" })), row("ATTACKED", 2001, "Military", "Ghana", "Malicious Act")];
    for (const { f, facts } of figuresAndFacts([...rows, ...others]).filter(({ f }) => f.mission === rows[0].mission))
      for (const locale of locales) expectSentencesTrue(f, facts, locale);
  });

  it("names every tied deadliest year and every tied kind, and says 'most' for a majority only", () => {
    const [{ f }] = figuresAndFacts([
      row("TIE", 2001, "Military"),
      row("TIE", 2001, "Police"),
      row("TIE", 2002, "Military"),
      row("TIE", 2002, "Police"),
      row("TIE", 2003, "Military"),
      row("TIE", 2003, "Police"),
      row("TIE", 2004, "Military"),
      row("TIE", 2004, "Police"),
    ]);
    expect(String(missionText.en.deadliest(f))).toBe(
      "Every year with a death counted as many: 2001, 2002, 2003 and 2004 saw two deaths each.",
    );
    const [{ f: peaked }] = figuresAndFacts([...[2001, 2001, 2003, 2003, 2004].map((year) => row("TIE", year, "Military"))]);
    expect(String(missionText.en.deadliest(peaked))).toBe("The deadliest calendar years were 2001 and 2003, with two people dead in each.");
    expect(String(missionText.fr.deadliest(peaked))).toBe(
      "Les années civiles les plus meurtrières ont été 2001 et 2003, avec deux morts chacune.",
    );
    expect(String(missionText.en.personnel(f))).toBe("Those who died were military and police personnel, four of each.");
  });

  it("calls no year the deadliest when every year with a death counts as many", () => {
    const [{ f }] = figuresAndFacts([row("EVEN", 2013, "Local"), row("EVEN", 2015, "International Civilian")]);
    expect(String(missionText.en.deadliest(f))).toBe("Every year with a death counted as many: 2013 and 2015 saw one death each.");
    expect(String(missionText.fr.deadliest(f))).toBe(
      "Les années 2013 et 2015 comptent chacune un mort, et aucune autre année n’en compte.",
    );
  });
});

describe("entriesByKind", () => {
  it("counts the file's entries by what they are, naming those that are not missions, in both editions", () => {
    const groups = [
      { kind: "peacekeeping operation" as const, acronyms: ["A", "B"] },
      { kind: "office" as const, acronyms: ["C"] },
      { kind: "not a mission" as const, acronyms: ["UNSecretariat"] },
    ];
    expect(entriesByKind(groups, "en")).toBe("two peacekeeping operations, one office and one entry that is not a mission (UNSecretariat)");
    expect(entriesByKind(groups, "fr")).toBe(
      // The French edition names the entry as it does everywhere, not by the file's English key.
      "deux opérations de maintien de la paix, un bureau et une entrée qui n’est pas une mission (Secrétariat de l’ONU)",
    );
  });
});
