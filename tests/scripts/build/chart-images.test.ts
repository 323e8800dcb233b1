import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imagesFileOf, putBackImages, setAsideImages, setAsideImagesIn } from "../../../scripts/build/chart-images.js";

const wide = "data:image/svg+xml;base64,PHN2Zz53aWRlPC9zdmc+";
const narrow = "data:image/svg+xml;base64,PHN2Zz5uYXJyb3c8L3N2Zz4=";
const page = `# A fixture page\n<img class="chart-wide" src="${wide}" width="720" height="300" alt="A"><img class="chart-narrow" src="${narrow}" width="340" height="300" alt="A">\n<img src="./photo.png" alt="not a chart">`;

describe("chart images set aside while Framework builds the pages", () => {
  it("takes each chart image's address out of the page, and puts it back where it was", () => {
    const { markdown, images } = setAsideImages(page);
    expect(markdown).not.toContain("base64");
    expect(markdown).toContain('<img src="./photo.png" alt="not a chart">');
    expect(markdown).toMatch(/<img class="chart-wide" data-chart-image="[0-9a-f]{24}" width="720"/);
    expect(Object.values(images).sort()).toEqual([narrow, wide].sort());
    expect(putBackImages(markdown, new Map(Object.entries(images)), "fixture.html")).toBe(page);
  });

  it("reads back what the pages step wrote beside each page", () => {
    const dir = mkdtempSync(join(tmpdir(), "chart-images-"));
    try {
      const { images } = setAsideImages(page);
      writeFileSync(imagesFileOf(dir, "/fixture"), JSON.stringify(images));
      expect(setAsideImagesIn(dir)).toEqual(new Map(Object.entries(images)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a page whose image no page set aside", () => {
    expect(() => putBackImages('<img data-chart-image="0123456789abcdef01234567">', new Map(), "fr/index.html")).toThrow(
      "fr/index.html has a chart image (0123456789abcdef01234567) that the pages step did not set aside",
    );
  });
});
