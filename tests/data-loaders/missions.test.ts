import { describe, expect, it } from "vitest";
import { missionsWithPages } from "../../data-loaders/missions.js";

const all = ["MINUSMA", "UNIFIL", "UNSecretariat"];

describe("missionsWithPages", () => {
  it("gives every mission a page unless told otherwise", () => {
    expect(missionsWithPages(all, {})).toEqual(all);
    expect(missionsWithPages(all, { MISSION_PAGES: "all" })).toEqual(all);
    expect(missionsWithPages(all, { MISSION_PAGES: "none" })).toEqual([]);
  });

  it("takes a list of acronyms in any case, and refuses one it does not know", () => {
    expect(missionsWithPages(all, { MISSION_PAGES: "minusma, unsecretariat" })).toEqual(["MINUSMA", "UNSecretariat"]);
    expect(() => missionsWithPages(all, { MISSION_PAGES: "MINUSMA,MINUSMAA" })).toThrow('MISSION_PAGES names "MINUSMAA"');
  });

  it("[nothing stale] refuses MISSION_PAGES set but empty, and an empty name in a list, instead of reading them as none", () => {
    expect(() => missionsWithPages(all, { MISSION_PAGES: "" })).toThrow("MISSION_PAGES is set but empty");
    expect(() => missionsWithPages(all, { MISSION_PAGES: "MINUSMA,,UNIFIL" })).toThrow("an empty name between its commas");
  });
});
