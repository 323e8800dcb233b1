import { describe, expect, it } from "vitest";
import { identity } from "../../src/missions/[mission].page.js";
import type { MissionReference } from "../../data-loaders/mission-reference.js";

// A fixture mission under an acronym no table names, so the sentence is the catalogue's alone.
const fixture = (changes: Partial<MissionReference>): MissionReference => ({
  acronym: "FIXM",
  name: "Fixture Mission",
  kind: "peacekeeping operation",
  headquarters: "Fixtown",
  area: null,
  latitude: null,
  longitude: null,
  start_date: "1974-05-31",
  end_date: null,
  running: true,
  combines: "",
  listed_by: "UN list of operations",
  report: "",
  source_url: "https://example.org/list",
  note: "",
  ...changes,
});

const sentence = (reference: MissionReference, locale: "en" | "fr") => identity(reference, locale).source.replace(/\s+/g, " ");

describe("the mission page's identity sentence", () => {
  it("says a running force has been deployed since its start, not that it 'is an operation since'", () => {
    expect(sentence(fixture({}), "fr")).toContain("est une opération de maintien de la paix déployée depuis le 31 mai 1974");
    expect(sentence(fixture({ kind: "political mission" }), "fr")).toContain("est une mission politique en place depuis le 31 mai 1974");
    expect(sentence(fixture({ kind: "office" }), "fr")).toContain("est un bureau ouvert depuis le 31 mai 1974");
    expect(sentence(fixture({}), "en")).toContain("a peacekeeping operation, with its headquarters in Fixtown, since 31 May 1974");
  });

  it("puts a camp after its own preposition and article", () => {
    const camp = fixture({ headquarters: "Camp Fixture" });
    expect(sentence(camp, "fr")).toContain("son quartier général est au camp Fixture");
    expect(sentence(camp, "en")).toContain("with its headquarters at Camp Fixture");
    expect(sentence(fixture({}), "fr")).toContain("son quartier général est à Fixtown");
  });
});
