import { describe, expect, it } from "vitest";
import { chartCountGaps } from "../../../scripts/build/edition-charts.js";
import { pageHead, withPageHead } from "../../../scripts/build/page-head.js";

const published = new Set(["index.html", "fr/index.html", "claims.html", "missions/a.html", "fr/missions/a.html"]);

describe("each page's head, added after Framework", () => {
  // Relative from the page up to the site's root and down again, as the navigation links.
  it("gives a page in both editions its language and both alternates, relative to the page", () => {
    expect(pageHead("fr/missions/a.html", published)).toEqual({
      lang: "fr",
      head: '<link rel="icon" href="data:,"><link rel="alternate" hreflang="en" href="../../missions/a.html"><link rel="alternate" hreflang="fr" href="../../fr/missions/a.html">',
    });
    expect(pageHead("index.html", published).head).toContain('<link rel="alternate" hreflang="fr" href="./fr/index.html">');
  });

  it("gives a page in one edition no alternates", () => {
    expect(pageHead("claims.html", published)).toEqual({ lang: "en", head: '<link rel="icon" href="data:,">' });
  });

  it("puts them after the security policy, and refuses a page it cannot place them in", () => {
    const html =
      '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="x">\n<title>t</title>';
    expect(withPageHead(html, "fr/index.html", published)).toBe(
      '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="x">\n<link rel="icon" href="data:,"><link rel="alternate" hreflang="en" href="../"><link rel="alternate" hreflang="fr" href="../fr/index.html">\n<title>t</title>',
    );
    expect(() => withPageHead("<html lang='x'><head>", "claims.html", published)).toThrow("claims.html has no <html> tag");
    expect(() => withPageHead("<html><head><title>t</title>", "claims.html", published)).toThrow("claims.html has no <meta charset>");
  });
});

describe("the charts of both editions", () => {
  const card = '<div class="card chart">';
  it("match in number, page for page", () => {
    expect(
      chartCountGaps([
        { page: "missions/a.html", html: card + card },
        { page: "fr/missions/a.html", html: card + card },
        { page: "claims.html", html: card },
      ]),
    ).toEqual([]);
  });

  it("name a pair of pages whose charts differ", () => {
    expect(
      chartCountGaps([
        { page: "missions/a.html", html: card + card },
        { page: "fr/missions/a.html", html: card },
      ]),
    ).toEqual(["/missions/a draws 2 chart(s), /fr/missions/a draws 1"]);
  });
});
