import { describe, expect, it } from "vitest";
import { sources } from "../../../data-loaders/sources.js";
import { sourceDateEpoch } from "../../../scripts/build/source-date.js";

describe("the source date", () => {
  it("is SOURCE_DATE_EPOCH when set", () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: "1700000000" })).toBe(1_700_000_000);
  });

  it("is otherwise the day the newest pinned file was retrieved, not the clock", () => {
    const newest = Object.values(sources)
      .map((s) => s.retrieved)
      .sort()
      .at(-1);
    expect(new Date(sourceDateEpoch({}) * 1000).toISOString()).toBe(`${newest}T00:00:00.000Z`);
  });

  it("refuses a SOURCE_DATE_EPOCH that is not whole seconds", () => {
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: "2024-01-01" })).toThrow(/whole seconds/);
  });
});
