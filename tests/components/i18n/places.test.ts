import { describe, expect, it } from "vitest";
import { areaName, inPlace, placeName } from "../../../src/components/i18n/places.js";

describe("placeName", () => {
  it("writes a town the French way where French names it otherwise", () => {
    expect(placeName("Jerusalem", "fr")).toBe("Jérusalem");
    expect(placeName("Geneva and Damascus", "fr")).toBe("Genève et Damas");
  });

  it("writes a camp as a common noun in French, and gives it its own preposition and article in a sentence", () => {
    expect(placeName("Camp Faouar", "fr")).toBe("camp Faouar");
    expect(inPlace("Camp Faouar", "fr")).toBe("au camp Faouar");
    expect(inPlace("Camp Faouar", "en")).toBe("at Camp Faouar");
    expect(inPlace("Jerusalem", "fr")).toBe("à Jérusalem");
    expect(inPlace("Jerusalem", "en")).toBe("in Jerusalem");
  });

  it("keeps the list's name where every edition writes it alike, and in English", () => {
    expect(placeName("Bamako", "fr")).toBe("Bamako");
    expect(placeName("Jerusalem", "en")).toBe("Jerusalem");
  });

  it("writes a region in the edition's words, or marks the list's English as English", () => {
    expect(String(areaName("Somalia", "fr"))).toBe("Somalie");
    expect(String(areaName("Western Fixland", "fr"))).toBe('<span lang="en">Western Fixland</span>');
    expect(String(areaName("Western Fixland", "en"))).toBe("Western Fixland");
  });
});
