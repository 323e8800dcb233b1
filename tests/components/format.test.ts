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
  isMonthOnly,
} from "../../src/components/format.js";

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
    const written = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003].map(formatOrdinal);
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
