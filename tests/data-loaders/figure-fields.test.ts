import { describe, expect, it } from "vitest";
import { shareQualifier, sumQualifier } from "../../data-loaders/figure-fields.js";

describe("the qualifier of a sum", () => {
  it("is about when any part is about, a floor when any part is a floor, and exact only when every part is", () => {
    expect(sumQualifier(["exact", "exact"])).toBe("exact");
    expect(sumQualifier(["exact", "at least", "more than"])).toBe("more than");
    expect(sumQualifier(["exact", "at least"])).toBe("at least");
    expect(sumQualifier([])).toBe("exact");
    // "almost" is just under its figure: a sum with it stays just under, unless a floor pulls the other way.
    expect(sumQualifier(["exact", "almost"])).toBe("almost");
  });

  it("is about its figure or more where rough parts meet a floor, which no single qualifier says", () => {
    // About 1,030 plus more than 600 is near 1,630 from below and unbounded above: not "about 1,630".
    expect(sumQualifier(["exact", "about", "more than"])).toBe("about or more");
    expect(sumQualifier(["almost", "at least"])).toBe("about or more");
    expect(sumQualifier(["about or more", "exact"])).toBe("about or more");
  });
});

describe("the qualifier of a share", () => {
  it("is the part's over an exact whole, about over a rough one, and refused where a floor leaves no words", () => {
    expect(shareQualifier("about or more", "exact")).toBe("about or more");
    expect(shareQualifier("exact", "exact")).toBe("exact");
    expect(shareQualifier("exact", "about")).toBe("about");
    expect(shareQualifier("almost", "about")).toBe("about");
    expect(() => shareQualifier("more than", "about")).toThrow(/cannot be put in words/);
    expect(() => shareQualifier("exact", "more than")).toThrow(/cannot be put in words/);
  });
});
