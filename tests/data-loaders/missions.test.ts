import { describe, expect, it } from "vitest";
import { missionsWithPages } from "../../data-loaders/missions.js";

const all = () => ["MINUSMA", "UNIFIL", "UNSecretariat"];

describe("missionsWithPages", () => {
  it("gives every mission a page unless told otherwise", () => {
    expect(missionsWithPages({}, all)).toEqual(all());
    expect(missionsWithPages({ MISSION_PAGES: "all" }, all)).toEqual(all());
    expect(missionsWithPages({ MISSION_PAGES: "none" }, all)).toEqual([]);
  });

  it("takes a list of acronyms in any case, and refuses one it does not know", () => {
    expect(missionsWithPages({ MISSION_PAGES: "minusma, unsecretariat" }, all)).toEqual(["MINUSMA", "UNSecretariat"]);
    expect(() => missionsWithPages({ MISSION_PAGES: "MINUSMA,MINUSMAA" }, all)).toThrow('MISSION_PAGES names "MINUSMAA"');
  });
});
