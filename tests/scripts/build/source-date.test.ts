import { describe, expect, it } from "vitest";
import { sourceDateEpoch } from "../../../scripts/build/source-date.js";

describe("the source date", () => {
  it("is SOURCE_DATE_EPOCH when set", () => {
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: "1700000000" })).toBe(1_700_000_000);
  });

  it("is otherwise midnight UTC of the day the newest pinned file was retrieved, not the clock", () => {
    const pins = [{ retrieved: "2025-01-15" }, { retrieved: "2024-03-01" }];
    // 2025-01-15T00:00:00Z, worked out by hand: 20,103 days after 1 January 1970.
    expect(sourceDateEpoch({}, pins)).toBe(1_736_899_200);
    expect(sourceDateEpoch({}, pins)).toBe(20_103 * 86_400);
  });

  it("refuses a SOURCE_DATE_EPOCH that is not whole seconds", () => {
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: "2024-01-01" })).toThrow(/whole seconds/);
  });
});
