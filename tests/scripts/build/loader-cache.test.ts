import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { curatedDir } from "../../../data-loaders/curated.js";
import { projectRoot, resolveUpstream } from "../../../data-loaders/fetch.js";
import { sources } from "../../../data-loaders/sources.js";
import { reviewedPath } from "../../../src/components/render/review.js";
import { loaderInputsFingerprint, outputsOf } from "../../../scripts/build/loader-cache.js";
import type { ManifestEntry } from "../../../scripts/build/manifest.js";

const inputs: ManifestEntry[] = [
  { path: "curated/flights.csv", sha256: "a" },
  { path: "data-loaders/casualties.ts", sha256: "b" },
  { path: "src/components/charts/toll-charts.ts", sha256: "c" },
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
      "src/components/charts/toll-charts.ts",
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

/**
 * The fingerprint as the build computes it, in a process of its own so that the folders are
 * read from the environment exactly as `npm run build` reads them.
 */
function fingerprintWith(env: NodeJS.ProcessEnv): string {
  const script =
    'import { buildInputs } from "./scripts/build/manifest.ts"; import { loaderInputsFingerprint } from "./scripts/build/loader-cache.ts"; console.log(loaderInputsFingerprint(buildInputs()));';
  const run = spawnSync(join(projectRoot, "node_modules", ".bin", "tsx"), ["-e", script], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf-8",
  });
  if (run.status !== 0) throw new Error(`the fingerprint could not be computed: ${run.stderr}`);
  return run.stdout.trim();
}

describe("the loaders' fingerprint, for every folder a loader reads", () => {
  const outside = mkdtempSync(join(tmpdir(), "loader-inputs-"));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it("sees a curated table edited in place under CURATED_DIR, and a table added there", () => {
    const curated = join(outside, "curated");
    cpSync(curatedDir, curated, { recursive: true });
    const before = fingerprintWith({ CURATED_DIR: curated });
    const flights = join(curated, "flights.csv");
    writeFileSync(flights, readFileSync(flights, "utf-8").replace(",565,167,", ",565,168,"));
    const edited = fingerprintWith({ CURATED_DIR: curated });
    expect(edited).not.toBe(before);
    writeFileSync(join(curated, "extra.csv"), "a\n1\n");
    expect(fingerprintWith({ CURATED_DIR: curated })).not.toBe(edited);
  });

  it.each([
    ["outside the project", () => join(outside, "reviewed.json")],
    ["at the project's root, where no code folder is listed", () => join(projectRoot, `.reviewed-${process.pid}.json`)],
  ])("sees the reviewed values changed in place with CLAIMS_REVIEWED %s", (_, path) => {
    const reviewed = path();
    try {
      cpSync(reviewedPath, reviewed);
      const before = fingerprintWith({ CLAIMS_REVIEWED: reviewed });
      writeFileSync(
        reviewed,
        readFileSync(reviewed, "utf-8").replace(/\d/, (digit) => String((Number(digit) + 1) % 10)),
      );
      expect(fingerprintWith({ CLAIMS_REVIEWED: reviewed })).not.toBe(before);
    } finally {
      rmSync(reviewed, { force: true });
    }
  });

  it("refuses an upstream copy changed in place under UPSTREAM_DIR rather than reading it", () => {
    const upstream = join(outside, "upstream");
    // UPSTREAM_DIR is the only folder looked in: every pinned source must be there.
    for (const source of Object.values(sources)) {
      mkdirSync(dirname(join(upstream, source.relativePath)), { recursive: true });
      cpSync(resolveUpstream(source).path, join(upstream, source.relativePath));
    }
    const file = join(upstream, sources.unFatalities.relativePath);
    expect(fingerprintWith({ UPSTREAM_DIR: upstream })).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(file, readFileSync(file, "utf-8").replace("Fatality", "Fatalitx"));
    expect(() => fingerprintWith({ UPSTREAM_DIR: upstream })).toThrow(/sha256|pinned/);
  });
});

describe("the cached pages of a page loader", () => {
  it("are each edition's pages for a loader of src/[edition]/, where Framework caches them", () => {
    expect(outputsOf("src/flights.md.sh")).toEqual(["flights.md"]);
    expect(outputsOf("src/[edition]/flights.md.sh")).toEqual(["fr/flights.md"]);
    expect(outputsOf("src/[edition]/missions/index.md.sh")).toEqual(["fr/missions/index.md"]);
    expect(outputsOf("src/data/tables.zip.ts")).toEqual(["data/tables.zip", "data/tables"]);
  });
});
