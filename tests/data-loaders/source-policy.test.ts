import { describe, expect, it } from "vitest";
import { eventsTable } from "../../data-loaders/events.js";
import { parseCuratedTable } from "../../data-loaders/curated.js";
import { normalisedAddress } from "../../data-loaders/source-policy.js";
import { readFixture } from "../helpers.js";

describe("a source's plain address", () => {
  it("drops tracking and AMP parameters, doubled slashes and an /amp ending, and keeps what names the document", () => {
    expect(normalisedAddress("https://www.saltwire.com//nova-scotia/news/story-1/")).toBe(
      "https://www.saltwire.com/nova-scotia/news/story-1/",
    );
    expect(normalisedAddress("https://libreinfo.net/mali-258/?noamp=available")).toBe("https://libreinfo.net/mali-258/");
    expect(normalisedAddress("https://maliweb.net/story-2960733.html?amp=1")).toBe("https://maliweb.net/story-2960733.html");
    expect(normalisedAddress("https://maliactu.net/la-minusma-se-retire/amp")).toBe("https://maliactu.net/la-minusma-se-retire/");
    expect(normalisedAddress("https://example.org/e?utm_source=feed&id=4")).toBe("https://example.org/e?id=4");
    expect(normalisedAddress("https://ktar.com/story/5157539/egypt/?show=comments")).toBe("https://ktar.com/story/5157539/egypt/");
  });

  it("leaves an address that is already plain alone, query that names the document included", () => {
    for (const url of ["https://undocs.org/en/S/RES/2100(2013)", "http://news.abamako.com/h/280438.html", "https://example.org/e?id=4"])
      expect(normalisedAddress(url), url).toBeNull();
  });
});

describe("a republished source", () => {
  it("is accepted with its kind and a note saying whose report it carries", () => {
    const [row] = parseCuratedTable(readFixture("curated", "events-republished-good.csv"), eventsTable("2026-01-01"), "events.csv");
    expect(row).toMatchObject({ source_kind: "republished" });
  });
});
