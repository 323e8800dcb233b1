import { describe, expect, it } from "vitest";
import { missionRankingText } from "../../../src/components/i18n/chart-text.js";
import {
  missionAcronymIn,
  missionNameIn,
  missionNumberIn,
  ofTheMissionIn,
  theMissionIn,
} from "../../../src/components/i18n/mission-names.js";

describe("a mission as each edition names it in a sentence", () => {
  it("uses the edition's table of names, with the article its language gives the name", () => {
    expect(theMissionIn("UNIFIL", "fr", "peacekeeping operation")).toBe("la FINUL");
    expect(theMissionIn("ONUC", "fr")).toBe("l’ONUC");
    expect(ofTheMissionIn("BINUH", "fr", "political mission")).toBe("du BINUH");
    expect(missionAcronymIn("UNIFIL", "fr")).toBe("FINUL");
  });

  it("names an entry the table has no row for by what it is, never calling an office or the Secretariat a mission", () => {
    expect(theMissionIn("FIXO", "fr", "office")).toBe("le bureau FIXO");
    expect(theMissionIn("FIXS", "fr", "not a mission")).toBe("l’entrée FIXS");
    expect(ofTheMissionIn("FIXS", "fr", "not a mission")).toBe("de l’ONU (entrée FIXS du fichier)");
    expect(theMissionIn("FIXP", "fr", "political mission")).toBe("la mission FIXP");
    // An acronym with a vowel takes the elided article, which names no gender: not "la mission UNFIX" for a committee.
    expect(theMissionIn("UNFIX", "fr", "peacekeeping operation")).toBe("l’UNFIX");
    expect(ofTheMissionIn("OSEFIX", "fr", "political mission")).toBe("de l’OSEFIX");
  });

  it("names a plural force in the plural, with the article and the agreement that go with it", () => {
    expect(theMissionIn("UNPF", "fr", "peacekeeping operation")).toBe("les FPNU");
    expect(ofTheMissionIn("UNPF", "fr", "peacekeeping operation")).toBe("des FPNU");
    expect(missionNumberIn("UNPF", "fr")).toBe("plural");
    expect(missionNumberIn("UNIFIL", "fr")).toBe("singular");
    // The root edition names it by its acronym, which English treats as singular.
    expect(missionNumberIn("UNPF", "en")).toBe("singular");
  });

  it("makes a ranking's verb and ordinal agree with a plural name", () => {
    const leader = { mission: "MINUSMA", fatalities: 174, rank: 1 };
    const point = (mission: string) => missionRankingText.fr.point({ mission, fatalities: 3, rank: 31 }, [leader], 4, "actes malveillants");
    expect(point("UNPF")).toMatch(/^Les FPNU sont 31es ex aequo/);
    expect(point("UNIFIL")).toMatch(/^La FINUL est 31e ex aequo/);
    expect(
      missionRankingText.fr.point(
        { mission: "UNPF", fatalities: 9, rank: 1 },
        [{ mission: "UNPF", fatalities: 9, rank: 1 }],
        0,
        "actes malveillants",
      ),
    ).toMatch(/^Ce sont les FPNU qui comptent le plus de morts/);
  });

  it("names the Secretariat by its French name, not by the file's English key", () => {
    expect(missionAcronymIn("UNSecretariat", "fr")).toBe("Secrétariat de l’ONU");
    expect(theMissionIn("UNSecretariat", "fr", "not a mission")).toBe("le Secrétariat de l’ONU");
    expect(ofTheMissionIn("UNSecretariat", "fr", "not a mission")).toBe("du Secrétariat de l’ONU");
  });

  it("leaves the root edition the UN file's acronym and the UN list's name", () => {
    expect(theMissionIn("UNIFIL", "en", "peacekeeping operation")).toBe("UNIFIL");
    expect(missionNameIn("FIXO", "Fixture Office", "en")).toBe("Fixture Office");
    // Another edition marks the English name it has to fall back on.
    expect(String(missionNameIn("FIXO", "Fixture Office", "fr"))).toBe('<span lang="en">Fixture Office</span>');
  });
});
