import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";
import { loadersFedBy, loaderPattern } from "../../../scripts/dev/loader-deps.js";

const fed = (...files: string[]) => loadersFedBy(files.map((file) => join(projectRoot, file)));

describe("the loaders a saved file feeds", () => {
  it("a curated table: the downloads and every page (the claims guard reads all figures)", async () => {
    const loaders = await fed("data-loaders/curated/flights.csv");
    expect(loaders).toEqual(
      expect.arrayContaining(["src/data/tables.zip.ts", "src/flights.md.sh", "src/index.md.sh", "src/missions/[mission].md.sh"]),
    );
  });

  it("nothing for a file no loader reads", async () => {
    expect(await fed("README.md")).toEqual([]);
  });

  it("a page template: its own page loader only", async () => {
    expect(await fed("src/flights.page.ts")).toEqual(["src/[edition]/flights.md.sh", "src/flights.md.sh"]);
    expect(await fed("src/missions/[mission].page.ts")).toEqual(["src/[edition]/missions/[mission].md.sh", "src/missions/[mission].md.sh"]);
  });

  it("a chart module: the pages that draw charts, not the data loaders", async () => {
    const loaders = await fed("src/components/render/static-chart.ts");
    expect(loaders).toEqual(expect.arrayContaining(["src/index.md.sh", "src/missions/[mission].md.sh"]));
    expect(loaders.filter((loader) => loader.startsWith("src/data/"))).toEqual([]);
  });

  it("the pins: the downloads and every page, through the resolver that checks them", async () => {
    expect(await fed("data-loaders/pins.json")).toEqual(
      expect.arrayContaining(["src/data/tables.zip.ts", "src/index.md.sh", "src/missions/[mission].md.sh"]),
    );
  });

  it("the reviewed claims: every page, through the guard", async () => {
    expect(await fed("src/data/claims.reviewed.json")).toEqual(expect.arrayContaining(["src/claims.md.sh", "src/index.md.sh"]));
  });

  it("names only files the preview treats as loaders", async () => {
    for (const loader of await fed("data-loaders/casualties.ts")) expect(loader, loader).toMatch(loaderPattern);
  });
});
