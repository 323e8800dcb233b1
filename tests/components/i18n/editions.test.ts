import { describe, expect, it } from "vitest";
import { counterpartOf, editionGaps, editionOf, inEdition } from "../../../src/components/i18n/editions.js";
import { sectionLink, siteNav } from "../../../src/components/render/site-nav.js";

describe("the two editions", () => {
  it("reads a page's edition from its path, and finds its counterpart both ways", () => {
    expect(editionOf("/index")).toBe("en");
    expect(editionOf("/fr/missions/minusma")).toBe("fr");
    // A page whose name starts with "fr" is English.
    expect(editionOf("/fritz")).toBe("en");
    expect(counterpartOf("/missions/minusma")).toBe("/fr/missions/minusma");
    expect(counterpartOf("/fr/missions/minusma")).toBe("/missions/minusma");
    expect(counterpartOf("/fr/")).toBe("/");
    expect(inEdition("/claims", "fr")).toBe("/fr/claims");
    expect(inEdition("/claims", "en")).toBe("/claims");
  });

  it("passes two editions that match page for page", () => {
    expect(editionGaps(["/index", "/fr/index", "/missions/a", "/fr/missions/a"])).toEqual([]);
  });

  it("names a page missing in either edition", () => {
    expect(editionGaps(["/index", "/fr/index", "/missions/a", "/fr/missions/b"])).toEqual([
      "/missions/a has no French page at /fr/missions/a",
      "/fr/missions/b has no English page at /missions/b",
    ]);
  });
});

describe("the language switch", () => {
  it("links each page to its counterpart, named in the other edition's language", () => {
    const english = siteNav("/missions/minusma").source;
    expect(english).toContain('<a class="edition-switch" href="../fr/missions/minusma.html" hreflang="fr" lang="fr">Version française</a>');
    const french = siteNav("/fr/missions/minusma").source;
    expect(french).toContain('<a class="edition-switch" href="../../missions/minusma.html" hreflang="en" lang="en">English version</a>');
    expect(french).toContain('aria-label="Rapport"');
  });

  it("links each section in the page's own edition, the French navigation naming the French pages", () => {
    expect(sectionLink("/fr/missions/index", "/methodology")).toBe("../../fr/methodology.html");
    expect(sectionLink("/fr/missions/minusma", "/missions/")).toBe("../../fr/missions/index.html");
    expect(sectionLink("/claims", "/")).toBe("./");
    expect(siteNav("/fr/missions/index").source).toContain('<a href="../../fr/methodology.html">Les données</a>');
  });
});
