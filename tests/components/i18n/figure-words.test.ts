import { describe, expect, it } from "vitest";
import { contingentsText } from "../../../src/components/i18n/chart-text.js";
import {
  departureCell,
  departureDate,
  statedDate,
  statedNumber,
  statedPercent,
  statedOn,
  statedPeriod,
  statedSpan,
} from "../../../src/components/i18n/figure-words.js";
import { figureQualifiers, type FigureQualifier } from "../../../data-loaders/figure-fields.js";

describe("a published figure with its qualifier", () => {
  it("writes the qualifier and the number in each edition's words, and nothing for an exact figure", () => {
    expect(statedNumber(10500, "more than", "en")).toBe("more than 10,500");
    expect(statedNumber(10500, "more than", "fr")).toBe("plus de 10\u202f500");
    expect(statedNumber(12000, "about", "fr")).toBe("environ 12\u202f000");
    expect(statedNumber(258, "at least", "en")).toBe("at least 258");
    expect(statedNumber(3613, "about or more", "en")).toBe("about 3,613 or more");
    expect(statedNumber(3613, "about or more", "fr")).toBe("environ 3\u202f613 ou davantage");
    expect(statedPercent(26.3, "about", "en")).toBe("about 26.3%");
    expect(statedPercent(26.3, "about or more", "fr")).toBe("environ 26,3\u202f% ou davantage");
    expect(statedNumber(3367, "exact", "en")).toBe("3,367");
    expect(statedNumber(3367, "exact", "fr")).toBe("3\u202f367");
  });

  it("marks a qualified figure on a short chart label with the mark its key explains, never with another qualifier's", () => {
    // "more than 600" once read "~600": each qualifier has its own mark.
    expect(statedNumber(600, "more than", "en", { compact: true })).toBe(">600");
    expect(statedNumber(258, "at least", "fr", { compact: true })).toBe("≥258");
    expect(statedNumber(298, "about", "en", { compact: true })).toBe("~298");
    const marks = figureQualifiers.map((qualifier) => statedNumber(1, qualifier, "en", { compact: true }));
    expect(new Set(marks).size).toBe(figureQualifiers.length);
  });

  it("refuses a qualifier it has no words for rather than print it raw", () => {
    expect(() => statedNumber(5, "at most" as FigureQualifier, "fr")).toThrow('no words for the qualifier "at most" in the fr edition');
  });
});

describe("a figure's date as precisely as its source gave it", () => {
  it("prints a day as a day, a rough day with 'about', an inferred one as inferred, and a month as a month, in both editions", () => {
    expect(statedDate("2023-12-12", "day", "en")).toBe("12 December 2023");
    expect(statedDate("2023-10-23", "about", "en")).toBe("about 23 October 2023");
    expect(statedDate("2018-04-07", "inferred", "en")).toBe("7 April 2018 (date inferred)");
    expect(statedDate("2023-02", "month", "en")).toBe("February 2023");
    expect(statedDate("2023-10-23", "about", "fr")).toBe("vers le 23 octobre 2023");
    expect(statedDate("2018-04-07", "inferred", "fr")).toBe("7 avril 2018 (date déduite)");
  });

  it("puts a date into a sentence with the preposition its precision takes", () => {
    expect(statedOn("2023-12-12", "day", "en")).toBe("on 12 December 2023");
    expect(statedOn("2023-02", "month", "fr")).toBe("en février 2023");
    expect(statedOn("2023-10-23", "about", "en")).toBe("about 23 October 2023");
    expect(statedOn("2018-04-07", "inferred", "en")).toBe("on 7 April 2018 (date inferred)");
  });
});

describe("a reporting period as its source gave it", () => {
  it("marks inferred bounds once, after the period, on a line of their own when asked", () => {
    expect(statedPeriod("2023-04-01", "2023-05-11", "day", "en")).toBe("1 April–11 May 2023");
    expect(statedPeriod("2022-12-30", "2023-03-30", "inferred", "en", { words: true })).toBe(
      "from 30 December 2022 to 30 March 2023 (dates inferred)",
    );
    expect(statedPeriod("2022-12-30", "2023-03-30", "inferred", "fr", { short: true, wrap: true })).toBe(
      "30 déc. 2022\u00a0– 30 mars 2023\n(dates déduites)",
    );
  });
});

describe("a span between two dated figures", () => {
  it("marks each bound given more roughly than a day, and nothing when both are days", () => {
    expect(statedSpan("2023-05-06", "day", "2023-05-29", "inferred", "en")).toBe("from 6 to 29 May 2023 (the last date inferred)");
    expect(statedSpan("2023-05-06", "about", "2023-05-29", "day", "fr")).toBe("du 6 au 29 mai 2023 (première date approximative)");
    expect(statedSpan("2023-05-06", "day", "2023-05-29", "day", "en")).toBe("from 6 to 29 May 2023");
  });
});

describe("a departure date in its status's words", () => {
  it("says 'by' of a deadline only, in both editions", () => {
    const planned = { departed: "2023-08", date_precision: "month" as const, departed_as: "deadline" as const };
    expect(departureCell.en(departureDate(planned, "en"))).toBe("by August 2023");
    expect(departureCell.fr(departureDate(planned, "fr"))).toBe("au plus tard en août 2023");
    expect(departureCell.en(departureDate({ ...planned, departed_as: "date" }, "en"))).toBe("August 2023");
  });

  it("says 'by' of the day a contingent was back home, never that it left that day, in both editions", () => {
    const home = { departed: "2023-12-11", date_precision: "day" as const, departed_as: "arrival" as const };
    expect(departureCell.en(departureDate(home, "en"))).toBe("by 11 December 2023");
    expect(departureCell.fr(departureDate(home, "fr"))).toBe("au plus tard le 11 décembre 2023");
    expect(contingentsText.en.when.completed(departureDate(home, "en"))).toBe("left by 11 December 2023");
    expect(contingentsText.fr.when.completed(departureDate(home, "fr"))).toBe("parti au plus tard le 11 décembre 2023");
  });
});
