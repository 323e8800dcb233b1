import { describe, expect, it } from "vitest";
import { MALICIOUS_ACT } from "../../../src/components/metrics/counting.js";
import {
  deathsOutsideDates,
  missionProfiles,
  missionSlug,
  missionSummaries,
  rankingFrom,
} from "../../../src/components/metrics/missions.js";
import {
  cumulativeToll,
  topAndOthers,
  topNationalities,
  deadliestYear,
  fatalitiesByYear,
  fatalitiesByYearAndCategory,
  missionCount,
  missionRanking,
  missionToll,
  rankOf,
} from "../../../src/components/metrics/toll.js";
import { fixtureCasualtiesTable } from "../../helpers.js";

// Totals counted by hand from tests/fixtures/fatalities/good.csv (see its README).
const casualties = fixtureCasualtiesTable();

describe("metrics on the fixture", () => {
  it("tolls a mission: all causes, malicious acts, first and last date", () => {
    expect(missionToll(casualties, "FIXA")).toEqual({ all: 7, malicious: 4, firstDate: "2013-08-22", lastDate: "2016-08-08" });
    expect(missionToll(casualties, "FIXC")).toEqual({ all: 3, malicious: 0, firstDate: "2004-09-01", lastDate: "2005-06-30" });
    expect(() => missionToll(casualties, "NOSUCH")).toThrow("NOSUCH is not a mission of the casualties table");
  });

  it("counts fatalities per year with the years without deaths as zero", () => {
    expect(fatalitiesByYear(casualties, "FIXA")).toEqual([
      { year: 2013, all: 2, malicious: 1 },
      { year: 2014, all: 3, malicious: 1 },
      { year: 2015, all: 0, malicious: 0 },
      { year: 2016, all: 2, malicious: 2 },
    ]);
    expect(fatalitiesByYear(casualties, "NOSUCH")).toEqual([]);
  });

  it("finds the deadliest year, and refuses to name one when two tie", () => {
    expect(deadliestYear(fatalitiesByYear(casualties, "FIXA"))?.year).toBe(2014);
    expect(deadliestYear(fatalitiesByYear(casualties, "FIXC"))?.year).toBe(2005);
    const tie = [
      { year: 2001, all: 3, malicious: 0 },
      { year: 2002, all: 3, malicious: 3 },
    ];
    expect(() => deadliestYear(tie)).toThrow("2001 and 2002 tie as the deadliest year (3 deaths each)");
    expect(deadliestYear([])).toBeUndefined();
  });

  it("splits each year by incident type", () => {
    expect(fatalitiesByYearAndCategory(casualties, "FIXA")).toEqual([
      { year: 2013, category: "Illness", fatalities: 1 },
      { year: 2013, category: "Malicious Act", fatalities: 1 },
      { year: 2014, category: "Accident", fatalities: 1 },
      { year: 2014, category: "Malicious Act", fatalities: 1 },
      { year: 2014, category: "To Be Determined", fatalities: 1 },
      { year: 2016, category: "Malicious Act", fatalities: 2 },
    ]);
  });

  it("ranks missions by all causes and by malicious acts", () => {
    expect(missionRanking(casualties)).toEqual([
      { mission: "FIXA", fatalities: 7, rank: 1 },
      { mission: "FIXC", fatalities: 3, rank: 2 },
      { mission: "FIXB", fatalities: 2, rank: 3 },
    ]);
    const malicious = missionRanking(casualties, MALICIOUS_ACT);
    expect(malicious).toEqual([
      { mission: "FIXA", fatalities: 4, rank: 1 },
      { mission: "FIXB", fatalities: 1, rank: 2 },
    ]);
    expect(rankOf(malicious, "FIXB").rank).toBe(2);
    // A mission without a malicious death is not in that ranking: an error, never rank 0.
    expect(() => rankOf(malicious, "FIXC")).toThrow("FIXC is not in the ranking");
  });

  it("gives missions with equal tolls the same rank", () => {
    const accidents = missionRanking(casualties, "Accident");
    expect(accidents.map((row) => [row.mission, row.rank])).toEqual([
      ["FIXA", 1],
      ["FIXB", 1],
    ]);
  });

  it("counts the missions in the table", () => {
    expect(missionCount(casualties)).toBe(3);
  });
});

describe("mission pages' metrics on the fixture", () => {
  it("splits each year by personnel type, the trailing space of Local removed", () => {
    expect(fatalitiesByYearAndCategory(casualties, "FIXA", "personnel_type")).toEqual([
      { year: 2013, category: "Military", fatalities: 2 },
      { year: 2014, category: "Local", fatalities: 1 },
      { year: 2014, category: "Other", fatalities: 1 },
      { year: 2014, category: "Police", fatalities: 1 },
      { year: 2016, category: "Military", fatalities: 2 },
    ]);
  });

  it("keeps a running toll through years without deaths", () => {
    expect(cumulativeToll(casualties, "FIXA").map((row) => [row.year, row.cumulative_all, row.cumulative_malicious])).toEqual([
      [2013, 2, 1],
      [2014, 5, 2],
      [2015, 5, 2],
      [2016, 7, 4],
    ]);
  });

  it("lists the top nationalities and folds the rest into one row", () => {
    expect(topNationalities(casualties, "FIXC", 1)).toEqual([
      { nationality: "Kenya", fatalities: 1, nationalities: 1 },
      { nationality: "All others (2 nationalities)", fatalities: 2, nationalities: 2 },
    ]);
    expect(topNationalities(casualties, "FIXB", 10)).toHaveLength(2);
  });

  it("summarizes every mission once, with its slug, years and ranks", () => {
    expect(missionSummaries(casualties)).toEqual([
      { mission: "FIXA", slug: "fixa", all: 7, malicious: 4, first_year: 2013, last_year: 2016, rank_all: 1, rank_malicious: 1 },
      { mission: "FIXC", slug: "fixc", all: 3, malicious: 0, first_year: 2004, last_year: 2005, rank_all: 2, rank_malicious: null },
      { mission: "FIXB", slug: "fixb", all: 2, malicious: 1, first_year: 1999, last_year: 1999, rank_all: 3, rank_malicious: 2 },
    ]);
    expect(missionSlug("UNSecretariat")).toBe("unsecretariat");
  });

  it("reads the rankings back from the summaries as missionRanking computes them", () => {
    const summaries = missionSummaries(casualties);
    expect(rankingFrom(summaries, "all", "rank_all")).toEqual(missionRanking(casualties));
    expect(rankingFrom(summaries, "malicious", "rank_malicious")).toEqual(missionRanking(casualties, MALICIOUS_ACT));
  });
});

describe("deaths dated outside a mission's dates", () => {
  it("counts them at the precision of each date: a month, a year or a day", () => {
    const counts = deathsOutsideDates(casualties, [
      // FIXA's first death is on 22 August 2013, before a start given as September 2013; its 2016 deaths are within an end given as 2016.
      { acronym: "FIXA", start_date: "2013-09", end_date: "2016" },
      // FIXB's second death, 4 May 1999, is the day after its end.
      { acronym: "FIXB", start_date: "1999-03-03", end_date: "1999-05-03" },
      { acronym: "FIXC", start_date: null, end_date: null },
    ]);
    expect(Object.fromEntries(counts)).toEqual({
      FIXA: { before: 1, after: 0 },
      FIXB: { before: 0, after: 1 },
      FIXC: { before: 0, after: 0 },
    });
  });
});

describe("topNationalities with a nationality the UN left empty", () => {
  it("counts it as not recorded instead of failing", async () => {
    const aq = await import("arquero");
    const { casualtiesCsvOptions } = await import("../../../src/components/client/csv-options.js");
    const table = aq.fromCSV(
      "casualty_id,date,year,mission,personnel_type,incident_type,nationality,iso3,gender\n" +
        "FIXD-1,2001-01-01,2001,FIXD,Military,Accident,,,M\nFIXD-2,2001-02-01,2001,FIXD,Military,Accident,Chad,TCD,M\n",
      casualtiesCsvOptions,
    );
    expect(topNationalities(table, "FIXD")).toEqual([
      { nationality: "Chad", fatalities: 1, nationalities: 1 },
      { nationality: "Not recorded", fatalities: 1, nationalities: 1 },
    ]);
  });

  it("never counts an unrecorded nationality among the named ones or in 'all others', however many deaths it holds", () => {
    const counts = [
      { nationality: "Undetermined", fatalities: 9 },
      { nationality: "Chad", fatalities: 5 },
      { nationality: "Niger", fatalities: 4 },
      { nationality: "Togo", fatalities: 3 },
      { nationality: "Not recorded", fatalities: 2 },
      { nationality: "Benin", fatalities: 1 },
    ];
    expect(topAndOthers(counts, 1)).toEqual([
      { nationality: "Chad", fatalities: 5, nationalities: 1 },
      { nationality: "All others (3 nationalities)", fatalities: 8, nationalities: 3 },
      { nationality: "Undetermined", fatalities: 9, nationalities: 1 },
      { nationality: "Not recorded", fatalities: 2, nationalities: 1 },
    ]);
  });
});

describe("missionProfiles", () => {
  const nationalitiesOf = (mission: string) =>
    (casualties.objects() as { mission: string; nationality: string | null }[])
      .filter((row) => row.mission === mission)
      .map((row) => row.nationality ?? "");
  const unknown = (nationality: string) => nationality === "" || nationality === "Undetermined";

  it("gives every mission, in one grouped pass, what the per-mission functions give it one by one", () => {
    const profiles = missionProfiles(casualties);
    const missions = missionSummaries(casualties).map((row) => row.mission);
    expect([...profiles.keys()].sort()).toEqual([...missions].sort());
    for (const mission of missions) {
      expect(profiles.get(mission), mission).toEqual({
        toll: missionToll(casualties, mission),
        byYear: fatalitiesByYear(casualties, mission),
        byIncident: fatalitiesByYearAndCategory(casualties, mission, "incident_type"),
        byPersonnel: fatalitiesByYearAndCategory(casualties, mission, "personnel_type"),
        cumulative: cumulativeToll(casualties, mission),
        nationalities: topNationalities(casualties, mission, 10),
        // Countries as recorded; the empty and undetermined nationalities are counted apart, as deaths.
        countries: new Set(nationalitiesOf(mission).filter((nationality) => !unknown(nationality))).size,
        unrecorded: nationalitiesOf(mission).filter(unknown).length,
      });
    }
  });
});
