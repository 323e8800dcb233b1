/**
 * The mission reference: each acronym of the fatalities file joined to the UN's list or to the
 * curated table, on fixtures; then every acronym of the pinned file, which must all resolve.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCuratedTable } from "../../data-loaders/curated.js";
import type { Deployment } from "../../data-loaders/geo-pko.js";
import { loadGeoPko } from "../../data-loaders/geo-pko.js";
import { listedDate, missionReference, undated } from "../../data-loaders/mission-reference.js";
import { allMissions } from "../../data-loaders/missions.js";
import { loadOtherMissions, otherMissionsTable } from "../../data-loaders/other-missions.js";
import { tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { loadUnOperations, parseUnOperations } from "../../data-loaders/un-operations.js";
import { fixtureOperationCorrection, fixturesDir, readFixture } from "../helpers.js";

const TODAY = "2026-11-29";
const unswap = [
  fixtureOperationCorrection("FIXEF", "mission_longitude", "31,5000", "34,4667"),
  fixtureOperationCorrection("FIXEF", "mission_latitude", "34,4667", "31,5000"),
];
const operations = parseUnOperations(readFileSync(join(fixturesDir, "un-operations", "operations-good.csv"), "utf-8"), unswap, {
  source: "fixture",
  file: "operations-good.csv",
  today: TODAY,
});
const others = parseCuratedTable(readFixture("curated", "other_missions-good.csv"), otherMissionsTable(TODAY), "other_missions-good.csv");

const place = (mission: string, location: string, latitude: number, longitude: number): Deployment => ({
  mission,
  year: 2005,
  country: "Fixtureland",
  location,
  latitude,
  longitude,
  estimated_troops: null,
  hq_level: 3,
  police: false,
  medical: false,
  aviation: false,
  observers: false,
  maps: 1,
});

describe("the mission reference, on fixtures", () => {
  it("takes a listed mission from the UN's list and an unlisted one from the curated table", () => {
    const rows = missionReference(["FIXMA", "FIXPOL", "FIXOFF"], { operations, others, deployments: [] });
    expect(rows).toMatchObject([
      {
        acronym: "FIXMA",
        name: "Fixture Mission in Mali",
        kind: "peacekeeping operation",
        headquarters: "Bamako",
        listed_by: "UN list of operations",
      },
      { acronym: "FIXPOL", kind: "political mission", headquarters: "Fixtown", area: null, start_date: "2010-01-05", listed_by: "curated" },
      { acronym: "FIXOFF", kind: "office", headquarters: null, area: "Fixtureland", start_date: "2005", end_date: "2011-07-09" },
    ]);
  });

  it("gives a curated mission the point of its town, from the UN's list or from Geo-PKO, where they agree", () => {
    const [fromList] = missionReference(["FIXPOL"], { operations, others, deployments: [] });
    expect(fromList).toMatchObject({ latitude: 6.25, longitude: -10.5 });
    const [fromGeoPko] = missionReference(["FIXSEC"], { operations, others, deployments: [place("FIXGEO", "Fixcity", 1.5, 2.5)] });
    expect(fromGeoPko).toMatchObject({ latitude: 1.5, longitude: 2.5 });
    const disputed = [place("FIXGEO", "Fixcity", 1.5, 2.5), place("FIXOTHER", "Fixcity", 9.5, 2.5)];
    expect(missionReference(["FIXSEC"], { operations, others, deployments: disputed })[0]).toMatchObject({
      latitude: null,
      longitude: null,
    });
  });

  it("names every acronym that resolves nowhere", () => {
    expect(() => missionReference(["FIXMA", "FIXNONE", "FIXLOST"], { operations, others, deployments: [] })).toThrow(
      "2 acronyms of the UN fatalities file resolve neither in the UN's list of operations nor in data-loaders/curated/other_missions.csv: FIXNONE, FIXLOST",
    );
  });

  it("refuses an acronym given by both the list and the curated table", () => {
    const twice = [...others, { ...others[0], acronym: "FIXMA" }];
    expect(() => missionReference(["FIXMA"], { operations, others: twice, deployments: [] })).toThrow(
      "curated:other_missions: FIXMA is in the UN's list of operations too",
    );
  });

  it("refuses a headquarters that Geo-PKO maps elsewhere for the same mission or one of its phases", () => {
    const elsewhere = [place("FIXEF II", "Gaza", 34.4667, 31.5)];
    expect(() => missionReference(["FIXMA"], { operations, others, deployments: elsewhere })).toThrow(
      "[un-peacekeeping-operations] FIXEF II: the UN's list puts Gaza at latitude 31.5, longitude 34.4667, but Geo-PKO's maps of FIXEF II (2005) put it at 34.4667, 31.5; settle it in data-loaders/curated/operation_corrections.csv",
    );
    const combinedOnly = operations.filter((row) => row.acronym !== "FIXEF II");
    expect(() => missionReference(["FIXMA"], { operations: combinedOnly, others, deployments: elsewhere })).toThrow(
      "FIXEF: the UN's list puts Gaza",
    );
  });

  it("names the rows that give no date at all", () => {
    const rows = missionReference(["FIXUP", "FIXMA"], { operations, others, deployments: [] });
    expect(undated(rows)).toEqual([]);
    const withoutDates = operations.map((row) => (row.acronym === "FIXUP" ? { ...row, start_date: null } : row));
    expect(undated(missionReference(["FIXUP"], { operations: withoutDates, others, deployments: [] }))).toEqual(["FIXUP"]);
  });
});

describe("the mission reference of the pinned files", async () => {
  const acronyms = allMissions((await tidyCasualties()).rows);
  const curated = loadOtherMissions();
  const rows = missionReference(acronyms, {
    operations: loadUnOperations(TODAY),
    others: curated,
    deployments: loadGeoPko(TODAY).deployments,
  });

  it("resolves every acronym of the UN fatalities file to a full name and a place", () => {
    expect(rows).toHaveLength(acronyms.length);
    expect(rows.filter((row) => !row.name || !(row.headquarters ?? row.area)).map((row) => row.acronym)).toEqual([]);
  });

  it("leaves only UNOHCI without dates: the UN's list gives it none and no source was found", () => {
    expect(undated(rows)).toEqual(["UNOHCI"]);
  });

  it("uses every curated row: none describes a mission the file does not hold", () => {
    expect(curated.map((row) => row.acronym).filter((acronym) => !acronyms.includes(acronym))).toEqual([]);
    expect(rows.filter((row) => row.listed_by === "curated")).toHaveLength(curated.length);
  });

  it("gives MINUSMA its full name, Bamako and the dates of its mandate", () => {
    expect(rows.find((row) => row.acronym === "MINUSMA")).toMatchObject({
      name: "United Nations Multidimensional Integrated Stabilization Mission in Mali",
      headquarters: "Bamako",
      start_date: "2013-04-25",
      end_date: "2023-06-30",
      running: false,
    });
  });

  it("keeps a date the UN's list writes as the 1st of a month as that month, and every other date as its day", () => {
    // The list gives UNSMIS 2012-04-01 to 2012-08-01 and UNPSG 1997-12-19 to 1998-10-15.
    expect(rows.find((row) => row.acronym === "UNSMIS")).toMatchObject({ start_date: "2012-04", end_date: "2012-08" });
    expect(rows.find((row) => row.acronym === "UNPSG")).toMatchObject({ start_date: "1997-12-19", end_date: "1998-10-15" });
    expect(listedDate("2012-08-01")).toBe("2012-08");
    expect(listedDate("2012-08-10")).toBe("2012-08-10");
    expect(listedDate(null)).toBeNull();
  });
});
