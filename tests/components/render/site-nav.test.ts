import { describe, expect, it } from "vitest";
import { relativeHref, siteNav } from "../../../src/components/render/site-nav.js";

describe("site navigation", () => {
  it("links relatively from pages at every depth", () => {
    expect(relativeHref("/index", "/")).toBe("./");
    expect(relativeHref("/index", "/flights")).toBe("./flights.html");
    expect(relativeHref("/flights", "/missions/")).toBe("./missions/index.html");
    expect(relativeHref("/missions/unifil", "/")).toBe("../");
    expect(relativeHref("/missions/index", "/claims")).toBe("../claims.html");
  });

  it("marks the current page, escapes names and ends with the switch to the other edition", () => {
    const nav = siteNav("/methodology", [
      { name: "The toll", path: "/" },
      { name: "A & B", path: "/methodology" },
    ]);
    expect(nav.source).toBe(
      '<nav class="site-nav" aria-label="Report"><ul><li><a href="./">The toll</a></li><li><a href="./methodology.html" aria-current="page">A &amp; B</a></li><li class="edition"><a class="edition-switch" href="./fr/methodology.html" hreflang="fr" lang="fr">Version française</a></li></ul></nav>',
    );
  });
});
