import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { namedCountryIn, nationalitiesIn, nationalityCodes } from "../../../src/components/i18n/countries.js";

// A fixture of the tidy table's two columns: names as the UN writes them, with their codes.
const casualties = aq.from([
  { nationality: "Côte d'Ivoire", iso3: "CIV" },
  { nationality: "United Kingdom of Great Britain and Northern Ireland", iso3: "GBR" },
  { nationality: "Chad", iso3: "TCD" },
  { nationality: "Yugoslavia", iso3: "YUG" },
  { nationality: "Undetermined", iso3: null },
  { nationality: null, iso3: null },
  { nationality: "Atlantis", iso3: "ATL" },
  { nationality: "Democratic Republic of the Congo", iso3: "COD" },
]);
const codes = nationalityCodes(casualties);
const row = (nationality: string, nationalities = 1) => ({ nationality, fatalities: 3, nationalities });

describe("nationalities in each edition", () => {
  it("keeps the UN's names in English", () => {
    expect(nationalitiesIn([row("Chad")], codes, "en")).toEqual([row("Chad")]);
  });

  it("names countries in French by their ISO code, and what has no code in words", () => {
    const names = nationalitiesIn(
      [
        row("Chad"),
        row("Côte d'Ivoire"),
        row("United Kingdom of Great Britain and Northern Ireland"),
        row("Yugoslavia"),
        row("Undetermined"),
        row("Not recorded"),
        row("All others (4 nationalities)", 4),
      ],
      codes,
      "fr",
    ).map((r) => r.nationality);
    // All with as many deaths: countries in French alphabetical order, then what the file does not record, "all others" last.
    expect(names).toEqual([
      "Côte d’Ivoire",
      "Royaume-Uni",
      "Tchad",
      "Yougoslavie",
      "Indéterminée",
      "Non renseignée",
      "Toutes les autres (4 nationalités)",
    ]);
  });

  it("orders nationalities with as many deaths as the edition's alphabet does, and the others by their deaths", () => {
    const counted = (nationality: string, fatalities: number) => ({ nationality, fatalities, nationalities: 1 });
    const rows = [
      counted("Yugoslavia", 5),
      counted("Chad", 3),
      counted("Côte d'Ivoire", 3),
      counted("United Kingdom of Great Britain and Northern Ireland", 3),
    ];
    expect(nationalitiesIn(rows, codes, "fr").map((r) => r.nationality)).toEqual(["Yougoslavie", "Côte d’Ivoire", "Royaume-Uni", "Tchad"]);
    expect(nationalitiesIn(rows, codes, "en").map((r) => r.nationality)).toEqual([
      "Yugoslavia",
      "Chad",
      "Côte d'Ivoire",
      "United Kingdom of Great Britain and Northern Ireland",
    ]);
  });

  it("gives a long name the edition's shorter form for charts, and a short name none", () => {
    const [congo, chad] = nationalitiesIn([row("Democratic Republic of the Congo"), row("Chad")], codes, "fr");
    expect(congo).toMatchObject({ nationality: "République démocratique du Congo", short: "RD Congo" });
    expect(chad.short).toBeUndefined();
    expect(nationalitiesIn([row("Democratic Republic of the Congo")], codes, "en")[0].short).toBe("DR Congo");
  });

  it("refuses a nationality it cannot name rather than print it in English", () => {
    expect(() => nationalitiesIn([row("Atlantis")], codes, "fr")).toThrow('no French name for the nationality "Atlantis" (ISO code "ATL")');
    expect(() => nationalitiesIn([row("Narnia")], codes, "fr")).toThrow('the nationality "Narnia" is not in the UN file');
  });
});

describe("countries named without a code (Geo-PKO's contributors)", () => {
  it("names them in French from their English name, and leaves the English edition's as they are", () => {
    expect(["Germany", "Côte d'Ivoire", "United Kingdom", "Republic of Korea"].map((name) => namedCountryIn(name, "fr"))).toEqual([
      "Allemagne",
      "Côte d’Ivoire",
      "Royaume-Uni",
      "Corée du Sud",
    ]);
    expect(namedCountryIn("Germany", "en")).toBe("Germany");
  });

  it("refuses a name it cannot match to a code", () => {
    expect(() => namedCountryIn("Multinational", "fr")).toThrow('no ISO code for the country "Multinational"');
  });
});
