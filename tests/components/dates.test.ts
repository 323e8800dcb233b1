import { describe, expect, it } from "vitest";
import { formatDate, formatFromTo, formatPeriod, isMonthOnly, toTime } from "../../src/components/dates.js";

describe("dates", () => {
  it("writes days and month-only dates for readers", () => {
    expect(formatDate("2022-03-27")).toBe("27 March 2022");
    expect(formatDate("2022-03")).toBe("March 2022");
    expect(formatDate("2023-12-12", { short: true })).toBe("12 Dec 2023");
    expect(isMonthOnly("2022-03")).toBe(true);
    expect(isMonthOnly("2022-03-01")).toBe(false);
  });

  it("writes periods without repeating a shared year", () => {
    expect(formatPeriod("2023-04-01", "2023-05-11")).toBe("1 April–11 May 2023");
    expect(formatPeriod("2022-12-30", "2023-03-30", { short: true })).toBe("30 Dec 2022–30 Mar 2023");
    expect(formatFromTo("2023-04-01", "2023-05-11")).toBe("from 1 April to 11 May 2023");
  });

  it("places a month-only date mid-month on a time axis", () => {
    expect(toTime("2022-03").toISOString()).toBe("2022-03-15T00:00:00.000Z");
    expect(toTime("2022-03-27").toISOString()).toBe("2022-03-27T00:00:00.000Z");
  });
});
