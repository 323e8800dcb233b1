import { describe, expect, it } from "vitest";
import { qualifiedNumber } from "../../../src/components/i18n/chart-text.js";

describe("a published figure with its qualifier", () => {
  it("writes the qualifier and the number in each edition's words, and nothing for an exact figure", () => {
    expect(qualifiedNumber(10500, "more than", "en")).toBe("more than 10,500");
    expect(qualifiedNumber(10500, "more than", "fr")).toBe("plus de 10\u202f500");
    expect(qualifiedNumber(12000, "about", "fr")).toBe("environ 12\u202f000");
    expect(qualifiedNumber(3367, "", "en")).toBe("3,367");
    expect(qualifiedNumber(3367, null, "fr")).toBe("3\u202f367");
  });

  it("refuses a qualifier it has no words for rather than print it raw", () => {
    expect(() => qualifiedNumber(5, "at most", "fr")).toThrow('no words for the qualifier "at most" in the fr edition');
  });
});
