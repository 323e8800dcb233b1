import { describe, expect, it } from "vitest";
import { placeName } from "../../../src/components/i18n/places.js";

describe("placeName", () => {
  it("writes a town the French way where French names it otherwise", () => {
    expect(placeName("Jerusalem", "fr")).toBe("Jérusalem");
    expect(placeName("Geneva and Damascus", "fr")).toBe("Genève et Damas");
  });

  it("keeps the list's name where every edition writes it alike, and in English", () => {
    expect(placeName("Bamako", "fr")).toBe("Bamako");
    expect(placeName("Jerusalem", "en")).toBe("Jerusalem");
  });
});
