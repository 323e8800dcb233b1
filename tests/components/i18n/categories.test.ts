import { describe, expect, it } from "vitest";
import { incidentTypes, personnelTypes } from "../../../data-loaders/casualties.js";
import { locales } from "../../../src/components/i18n/format.js";
import { categoryLabel } from "../../../src/components/i18n/categories.js";
import en from "../../../src/components/i18n/messages/en.json" with { type: "json" };

describe("the UN file's categories in each edition", () => {
  it("has a label for every category the pipeline accepts, in every edition, and no other", () => {
    const inCatalogue = Object.keys(en)
      .filter((key) => key.startsWith("category."))
      .map((key) => key.slice("category.".length));
    expect(inCatalogue.sort()).toEqual([...incidentTypes, ...personnelTypes].sort());
    for (const locale of locales) for (const category of inCatalogue) expect(categoryLabel(category, locale)).not.toBe("");
  });

  it("writes the categories in French, and refuses one it has no label for instead of showing it raw", () => {
    expect(categoryLabel("Malicious Act", "fr")).toBe("Acte malveillant");
    expect(categoryLabel("To Be Determined", "fr")).toBe("À déterminer");
    expect(categoryLabel("Military", "en")).toBe("Military");
    expect(() => categoryLabel("Friendly Fire", "fr")).toThrow('no fr label for the UN file\'s category "Friendly Fire"');
  });
});
