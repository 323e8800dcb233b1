import { describe, expect, it } from "vitest";
import { sumQualifier } from "../../data-loaders/figure-fields.js";

describe("the qualifier of a sum", () => {
  it("is about when any part is about, a floor when any part is a floor, and exact only when every part is", () => {
    expect(sumQualifier(["exact", "exact"])).toBe("exact");
    expect(sumQualifier(["exact", "about", "more than"])).toBe("about");
    expect(sumQualifier(["exact", "at least", "more than"])).toBe("more than");
    expect(sumQualifier(["exact", "at least"])).toBe("at least");
    expect(sumQualifier([])).toBe("exact");
    // "almost" is just under its figure: a sum with it stays just under, unless a floor pulls the other way.
    expect(sumQualifier(["exact", "almost"])).toBe("almost");
    expect(sumQualifier(["almost", "more than"])).toBe("about");
  });
});
