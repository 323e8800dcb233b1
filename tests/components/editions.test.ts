import { describe, expect, it } from "vitest";
import { counterpartOf, editionGaps, editionOf, hasCounterpart, inEdition } from "../../src/components/editions.js";
import { sectionLink, siteNav } from "../../src/components/site-nav.js";

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
    expect(editionGaps(["/index", "/fr/index", "/missions/a", "/fr/missions/a"], new Set())).toEqual([]);
  });

  it("names a page missing in either edition", () => {
    expect(editionGaps(["/index", "/fr/index", "/missions/a", "/fr/missions/b"], new Set())).toEqual([
      "/missions/a has no French page at /fr/missions/a",
      "/fr/missions/b has no English page at /missions/b",
    ]);
  });

  it("lets an English page await its French page, and only while it has none", () => {
    const awaiting = new Set(["/claims"]);
    expect(editionGaps(["/index", "/fr/index", "/claims"], awaiting)).toEqual([]);
    expect(hasCounterpart("/claims", awaiting)).toBe(false);
    expect(hasCounterpart("/fr/", awaiting)).toBe(true);
    expect(editionGaps(["/index", "/fr/index", "/claims", "/fr/claims"], awaiting)).toEqual([
      "/claims is listed as awaiting its French page (editions.ts) but /fr/claims exists: take it off the list",
    ]);
    expect(editionGaps(["/index", "/fr/index"], awaiting)).toEqual([
      "/claims is listed as awaiting its French page (editions.ts) but is not a page of the site",
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

  it("offers no switch on a page that awaits its French page, and sends French readers to it in English, said so", () => {
    expect(siteNav("/methodology").source).not.toContain("edition-switch");
    expect(sectionLink("/fr/missions/index", "/methodology")).toEqual({ href: "../../methodology.html", inEnglish: true });
    expect(sectionLink("/fr/missions/minusma", "/missions/")).toEqual({ href: "../../fr/missions/index.html", inEnglish: false });
    expect(siteNav("/fr/missions/index").source).toContain(
      '<a href="../../methodology.html" hreflang="en">Les données <span class="nav-note" aria-hidden="true">EN</span><span class="assistive-only">(en anglais)</span></a>',
    );
  });
});
