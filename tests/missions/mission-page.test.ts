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

  it("agrees with a plural name in the plural", () => {
    const unpf = fixture({
      acronym: "UNPF",
      name: "United Nations Peace Forces",
      headquarters: "Zagreb",
      end_date: "1996-01-31",
      running: false,
    });
    const text = sentence(unpf, "fr");
    expect(text).toContain("Les FPNU (**Forces de paix des Nations unies**");
    expect(text).toContain("ont été une opération de maintien de la paix");
    expect(text).toContain("leur quartier général était à Zagreb");
    expect(sentence(unpf, "en")).toContain("a peacekeeping operation, with its headquarters in Zagreb");
  });

  it("names the Secretariat in French and says what it is without calling it an entry", () => {
    const secretariat = fixture({
      acronym: "UNSecretariat",
      name: "United Nations Secretariat",
      kind: "not a mission",
      headquarters: "New York",
      start_date: "1945-10-24",
    });
    const text = sentence(secretariat, "fr");
    expect(text).toContain("Le Secrétariat de l’ONU (**Secrétariat de l’Organisation des Nations unies**");
    expect(text).toContain("n’est pas une mission et existe depuis le 24 octobre 1945");
    expect(text).not.toContain("nom anglais");
    // An entry with no French name stays "the entry", which is what "elle" refers to.
    expect(sentence(fixture({ kind: "not a mission" }), "fr")).toContain(
      'L’entrée FIXM (**<span lang="en">Fixture Mission</span>**, nom anglais) n’est pas une mission : ce qu’elle désigne existe',
    );
  });
});
