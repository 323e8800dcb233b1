import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveUpstream } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";

// Where the project's resolver finds the pinned file (UPSTREAM_DIR, else ../shared): its PROVENANCE.md lies beside it.
const pinnedFile = resolveUpstream(sources.unFatalities).path;

describe("sources", () => {
  it("pins the UN fatalities file to the hash its PROVENANCE.md records", () => {
    const provenance = join(dirname(pinnedFile), "PROVENANCE.md");
    if (!existsSync(provenance)) throw new Error(`missing ${provenance}: the shared data folder must lie beside the checkout`);
    const text = readFileSync(provenance, "utf-8");
    expect(text).toContain(`\`${sources.unFatalities.sha256}\``);
    expect(text).toContain(`| ${sources.unFatalities.bytes} |`);
  });

  it("gives every source a publisher, pages, licence note and a sha256", () => {
    for (const source of Object.values(sources)) {
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(source.datasetPage).toMatch(/^https:\/\//);
      expect(source.liveUrl).toMatch(/^https:\/\//);
      expect(source.publisher.length).toBeGreaterThan(0);
      expect(source.licence.length).toBeGreaterThan(0);
    }
  });
});
