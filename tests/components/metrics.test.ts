import { describe, expect, it } from "vitest";
import {
  MALICIOUS_ACT,
  deadliestYear,
  fatalitiesByYear,
  fatalitiesByYearAndIncident,
  missionCount,
  missionRanking,
  missionToll,
  rankOf,
} from "../../src/components/metrics.js";
import { fixtureCasualtiesTable } from "../helpers.js";

// Totals counted by hand from tests/fixtures/fatalities/good.csv (see its README).
const casualties = fixtureCasualtiesTable();

describe("metrics on the fixture", () => {
  it("tolls a mission: all causes, malicious acts, first and last date", () => {
    expect(missionToll(casualties, "FIXA")).toEqual({ all: 7, malicious: 4, firstDate: "2013-08-22", lastDate: "2016-08-08" });
    expect(missionToll(casualties, "FIXC")).toEqual({ all: 3, malicious: 0, firstDate: "2004-09-01", lastDate: "2005-06-30" });
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

  it("finds the deadliest year, the earliest on a tie", () => {
    expect(deadliestYear(fatalitiesByYear(casualties, "FIXA"))?.year).toBe(2014);
    expect(deadliestYear(fatalitiesByYear(casualties, "FIXC"))?.year).toBe(2005);
    const tie = [
      { year: 2001, all: 3, malicious: 0 },
      { year: 2002, all: 3, malicious: 3 },
    ];
    expect(deadliestYear(tie)?.year).toBe(2001);
    expect(deadliestYear([])).toBeUndefined();
  });

  it("splits each year by incident type", () => {
    expect(fatalitiesByYearAndIncident(casualties, "FIXA")).toEqual([
      { year: 2013, incident_type: "Illness", fatalities: 1 },
      { year: 2013, incident_type: "Malicious Act", fatalities: 1 },
      { year: 2014, incident_type: "Accident", fatalities: 1 },
      { year: 2014, incident_type: "Malicious Act", fatalities: 1 },
      { year: 2014, incident_type: "To Be Determined", fatalities: 1 },
      { year: 2016, incident_type: "Malicious Act", fatalities: 2 },
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
    expect(rankOf(malicious, "FIXB")?.rank).toBe(2);
    expect(rankOf(malicious, "FIXC")).toBeUndefined();
  });

  it("gives missions with equal tolls the same rank", () => {
    const accidents = missionRanking(casualties, "Accident");
    expect(accidents.map((row) => [row.mission, row.rank])).toEqual([["FIXA", 1], ["FIXB", 1]]);
  });

  it("counts the missions in the table", () => {
    expect(missionCount(casualties)).toBe(3);
  });
});
