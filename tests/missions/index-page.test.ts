import { describe, expect, it } from "vitest";
import { missionYears } from "../../src/missions/index.page.js";
import type { MissionReference } from "../../data-loaders/mission-reference.js";

const dated = (start_date: string | null, end_date: string | null, running = false) =>
  ({ start_date, end_date, running }) as MissionReference;

describe("the missions index's dates cell", () => {
  it("says in words that an end is not given, rather than a dash that reads as still running", () => {
    expect(missionYears(dated("2000-02-15", null), "fr")).toBe("à partir de 2000 (fin inconnue)");
    expect(missionYears(dated("2000-02-15", null), "en")).toBe("from 2000 (end not given)");
    expect(missionYears(dated("1948-05-29", null, true), "fr")).toBe("depuis 1948");
    expect(missionYears(dated("2013-04-25", "2023-06-30"), "en")).toBe("2013–2023");
  });
});
