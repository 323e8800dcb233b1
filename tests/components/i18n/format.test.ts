import { describe, expect, it } from "vitest";
import {
  capitalize,
  formatCount,
  formatDate,
  formatFromTo,
  formatNumber,
  formatOrdinal,
  formatPeriod,
  formatShare,
  formatter,
  isMonthOnly,
} from "../../../src/components/i18n/format.js";

describe("numbers", () => {
  it("groups thousands and refuses what is not a number", () => {
    expect(formatNumber(1231)).toBe("1,231");
    expect(formatNumber(0)).toBe("0");
    expect(() => formatNumber(NaN)).toThrow("cannot write NaN as a number");
  });

  it("makes the noun agree with the count", () => {
    expect(formatCount(1, "person", "people")).toBe("1 person");
    expect(formatCount(0, "person", "people")).toBe("0 people");
    expect(formatCount(1231, "person", "people")).toBe("1,231 people");
  });

  it("writes shares as percentages, rounded to the digits asked for", () => {
    expect(formatShare(167 / 565)).toBe("30%");
    expect(formatShare(0.241, { digits: 1 })).toBe("24.1%");
    expect(formatShare(1)).toBe("100%");
    expect(() => formatShare(Infinity)).toThrow("percentage");
  });

  it("writes ordinals with the suffix English gives them", () => {
    const written = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003].map((n) => formatOrdinal(n));
    expect(written).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
      "112th",
      "1,003rd",
    ]);
    expect(() => formatOrdinal(0)).toThrow("ordinal");
    expect(() => formatOrdinal(2.5)).toThrow("ordinal");
  });
});

describe("dates", () => {
  it("writes days and month-only dates for readers", () => {
    expect(formatDate("2022-03-27")).toBe("27 March 2022");
    expect(formatDate("2022-03-07")).toBe("7 March 2022");
    expect(formatDate("2022-03")).toBe("March 2022");
    expect(formatDate("2023-12-12", { short: true })).toBe("12 Dec 2023");
    expect(isMonthOnly("2022-03")).toBe(true);
    expect(isMonthOnly("2022-03-01")).toBe(false);
  });

  it("refuses a date it cannot read instead of writing undefined", () => {
    expect(() => formatDate("")).toThrow('cannot write "" as a date');
    expect(() => formatDate("27/03/2022")).toThrow("YYYY-MM-DD");
  });

  it("writes periods without repeating a shared year", () => {
    expect(formatPeriod("2023-04-01", "2023-05-11")).toBe("1 April–11 May 2023");
    expect(formatPeriod("2022-12-30", "2023-03-30", { short: true })).toBe("30 Dec 2022–30 Mar 2023");
    expect(formatFromTo("2023-04-01", "2023-05-11")).toBe("from 1 April to 11 May 2023");
    expect(formatFromTo("2022-12-30", "2023-03-30")).toBe("from 30 December 2022 to 30 March 2023");
  });

  it("capitalizes the first letter only", () => {
    expect(capitalize("from 1 April")).toBe("From 1 April");
    expect(capitalize("")).toBe("");
  });
});

describe("the French edition's formatting", () => {
  const fr = formatter("fr");
  // French groups thousands and sets off "%" with a narrow no-break space (U+202F), as Intl writes it.
  const nnbsp = "\u202f";

  it("groups thousands with a narrow no-break space and writes decimals with a comma", () => {
    expect(fr.number(1231)).toBe(`1${nnbsp}231`);
    expect(fr.number(4423)).toBe(`4${nnbsp}423`);
    expect(fr.number(0)).toBe("0");
    expect(fr.number(12.5)).toBe("12,5");
    expect(() => fr.number(NaN)).toThrow("cannot write NaN as a number");
  });

  it("writes percentages with a comma and a space before the sign", () => {
    expect(fr.share(0.241, { digits: 1 })).toBe(`24,1${nnbsp}%`);
    expect(fr.share(167 / 565)).toBe(`30${nnbsp}%`);
  });

  it("makes the noun agree as French does: zero and one take the singular", () => {
    expect(fr.count(0, "mort", "morts")).toBe("0 mort");
    expect(fr.count(1, "mort", "morts")).toBe("1 mort");
    expect(fr.count(2, "mort", "morts")).toBe("2 morts");
    expect(fr.count(1231, "mort", "morts")).toBe(`1${nnbsp}231 morts`);
  });

  it("writes ordinals 1er, 2e, 11e, 1 003e", () => {
    expect([1, 2, 3, 11, 21, 101, 1003].map((n) => fr.ordinal(n))).toEqual(["1er", "2e", "3e", "11e", "21e", "101e", `1${nnbsp}003e`]);
    // Names in each edition's alphabetical order, accents sorted as readers expect, not by code point.
    expect(fr.sorted(["Mopti-Sévaré", "Ménaka", "Douentza", "Diabaly"])).toEqual(["Diabaly", "Douentza", "Ménaka", "Mopti-Sévaré"]);
    expect(formatter("en").sorted(["Mopti/Sevare", "Ménaka", "Ber"])).toEqual(["Ber", "Ménaka", "Mopti/Sevare"]);
    // Agreeing with a plural subject: "les FPNU sont 31es", "1ers"; English has one form.
    expect([1, 31].map((n) => fr.ordinal(n, { plural: true }))).toEqual(["1ers", "31es"]);
    expect(formatOrdinal(31, { plural: true })).toBe("31st");
    expect(() => fr.ordinal(0)).toThrow("ordinal");
  });

  it("writes dates in lower case, the first of the month as 1er, short months as the press does", () => {
    expect(fr.date("2022-12-30")).toBe("30 décembre 2022");
    expect(fr.date("2023-04-01")).toBe("1er avril 2023");
    expect(fr.date("2023-08")).toBe("août 2023");
    expect(fr.date("2023-12-12", { short: true })).toBe("12 déc. 2023");
    expect(fr.date("2023-06-16", { short: true })).toBe("16 juin 2023");
    expect(fr.date("2022-07-15", { short: true })).toBe("15 juill. 2022");
    expect(fr.date("2005")).toBe("2005");
  });

  it("names a month on its own for a time axis, in full or short, and refuses one outside 1 to 12", () => {
    expect([fr.month(7), fr.month(7, { short: true }), fr.month(9, { short: true }), fr.month(12)]).toEqual([
      "juillet",
      // The press abbreviates July "juill.", where Intl writes "juil.".
      "juill.",
      "sept.",
      "décembre",
    ]);
    const en = formatter("en");
    expect([en.month(7), en.month(9, { short: true })]).toEqual(["July", "Sep"]);
    expect(() => fr.month(13)).toThrow("expected 1 to 12");
    expect(() => en.month(0)).toThrow("expected 1 to 12");
  });

  it("writes a date the sources give only roughly: about a day or a month", () => {
    expect(fr.date("2023-10-23", { about: true })).toBe("vers le 23 octobre 2023");
    expect(fr.date("2023-08-01", { about: true, short: true })).toBe("vers le 1er août 2023");
    expect(fr.date("2023-08", { about: true })).toBe("vers août 2023");
    expect(formatter("en").date("2023-10-23", { about: true, short: true })).toBe("about 23 Oct 2023");
    expect(fr.date("2023-10-23", { about: false })).toBe("23 octobre 2023");
  });

  it("writes periods and spans in French", () => {
    // Ends of several words take a spaced dash, the first space unbreakable so that no line opens on the dash.
    expect(fr.period("2023-04-01", "2023-05-11")).toBe("1er avril\u00a0– 11 mai 2023");
    expect(formatter("en").period("2023-04-01", "2023-05-11")).toBe("1 April–11 May 2023");
    expect(fr.fromTo("2023-04-01", "2023-05-11")).toBe("du 1er avril au 11 mai 2023");
    expect(fr.fromTo("2022-12-30", "2023-03-30")).toBe("du 30 décembre 2022 au 30 mars 2023");
    expect(fr.fromTo("2023-08", "2023-08-13")).toBe("d’août au 13 août 2023");
    expect(fr.fromTo("2023-07", "2023-12")).toBe("de juillet à décembre 2023");
    // A day then a month: "du … jusqu’en …", never "du 17 décembre 1999 à février 2001".
    expect(fr.fromTo("2023-04-01", "2023-12")).toBe("du 1er avril jusqu’en décembre 2023");
    expect(fr.fromTo("1999-12-17", "2001-02")).toBe("du 17 décembre 1999 jusqu’en février 2001");
    expect(fr.list(["Ber", "Goundam", "Tombouctou"])).toBe("Ber, Goundam et Tombouctou");
  });

  it("leaves the English edition as it was", () => {
    const en = formatter("en");
    expect([en.number(1231), en.share(0.241, { digits: 1 }), en.ordinal(1), en.date("2023-04-01"), en.list(["a", "b", "c"])]).toEqual([
      "1,231",
      "24.1%",
      "1st",
      "1 April 2023",
      "a, b and c",
    ]);
  });
});

describe("a part of a whole", () => {
  it("says 'both' and 'all' where the part is the whole, and counts the part otherwise, in both editions", () => {
    const en = formatter("en");
    const fr = formatter("fr");
    expect(en.partOf(2, 8, "statement", "statements")).toBe("two of the eight statements");
    expect(en.partOf(2, 12, "count", "counts")).toBe("two of the 12 counts");
    expect(en.partOf(2, 2, "statement", "statements")).toBe("both statements");
    expect(en.partOf(6, 6, "country", "countries")).toBe("all six countries");
    expect(en.partOf(1, 1, "statement", "statements")).toBe("the only statement");
    expect(fr.partOf(2, 8, "déclaration", "déclarations", { of: "statement" })).toBe("deux des huit déclarations");
    expect(fr.partOf(1, 8, "déclaration", "déclarations", { of: "statement" })).toBe("une des huit déclarations");
    expect(fr.partOf(2, 2, "déclaration", "déclarations", { of: "statement" })).toBe("les deux déclarations");
    expect(fr.partOf(6, 6, "pays", "pays")).toBe("les six pays");
    expect(fr.partOf(1, 1, "déclaration", "déclarations", { of: "statement" })).toBe("la seule déclaration");
  });
});

describe("a count in running text", () => {
  it("writes one to nine in words, with the gender of the noun counted, and 10 and above in digits", () => {
    const en = formatter("en");
    const fr = formatter("fr");
    expect([1, 2, 9, 10, 1231].map((n) => en.cardinal(n))).toEqual(["one", "two", "nine", "10", "1,231"]);
    expect(fr.cardinal(1)).toBe("un");
    expect(fr.cardinal(1, { of: "entry" })).toBe("une");
    expect(fr.cardinal(1, { of: "office" })).toBe("un");
    expect(fr.cardinal(3, { of: "statement" })).toBe("trois");
    expect(fr.cardinal(1231)).toBe("1\u202f231");
    // A place in a ranking likewise: first to ninth in words.
    expect([1, 2, 9, 10, 22].map((n) => fr.rank(n))).toEqual(["premier", "deuxième", "neuvième", "10e", "22e"]);
    expect([1, 4, 11].map((n) => en.rank(n))).toEqual(["first", "fourth", "11th"]);
    // Zero and fractions are left to the sentence's own words and to digits.
    expect([0, 2.5].map((n) => en.cardinal(n))).toEqual(["0", "2.5"]);
  });
});
