import { describe, expect, it } from "vitest";
import { loaderInputsFingerprint } from "../../../scripts/build/loader-cache.js";
import type { ManifestEntry } from "../../../scripts/build/manifest.js";

const inputs: ManifestEntry[] = [
  { path: "curated/flights.csv", sha256: "a" },
  { path: "data-loaders/casualties.ts", sha256: "b" },
  { path: "src/components/charts.ts", sha256: "c" },
  { path: "src/flights.page.ts", sha256: "d" },
  { path: "src/flights.md.sh", sha256: "e" },
  { path: "src/style.css", sha256: "f" },
  { path: "scripts/bench/bench.ts", sha256: "g" },
  { path: "upstream/un/DPPADPOSS-FATALITIES.csv", sha256: "h" },
];
const changed = (path: string) => inputs.map((input) => (input.path === path ? { ...input, sha256: "changed" } : input));

describe("the loaders' fingerprint", () => {
  it("changes with anything a loader or a page reads", () => {
    const before = loaderInputsFingerprint(inputs, {});
    for (const path of [
      "curated/flights.csv",
      "data-loaders/casualties.ts",
      "src/components/charts.ts",
      "src/flights.page.ts",
      "src/flights.md.sh",
      "upstream/un/DPPADPOSS-FATALITIES.csv",
    ]) {
      expect(loaderInputsFingerprint(changed(path), {}), path).not.toBe(before);
    }
    expect(loaderInputsFingerprint(inputs, { MISSION_PAGES: "none" })).not.toBe(before);
  });

  it("stays when only the style sheet or a script around the build changed", () => {
    const before = loaderInputsFingerprint(inputs, {});
    expect(loaderInputsFingerprint(changed("src/style.css"), {})).toBe(before);
    expect(loaderInputsFingerprint(changed("scripts/bench/bench.ts"), {})).toBe(before);
  });
});
