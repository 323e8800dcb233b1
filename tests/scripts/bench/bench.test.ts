import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseCasualties } from "../../../data-loaders/casualties.js";
import { projectRoot, resolveUpstream } from "../../../data-loaders/fetch.js";
import { sources } from "../../../data-loaders/sources.js";
import type { PipelineRun } from "../../../scripts/bench/pipeline-run.js";
import { median, spread } from "../../../scripts/bench/stats.js";
import { writeSyntheticCasualties } from "../../../scripts/bench/synthetic.js";
import { fixturesDir } from "../../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "bench-synthetic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { source: "fixture", file: "synthetic.csv", today: "2024-12-31" };

describe("the synthetic casualties file", () => {
  // The fixture minus its one quoted row: the copier handles plain fields only, as the UN file has.
  const plain = join(dir, "plain.csv");
  writeFileSync(
    plain,
    readFileSync(join(fixturesDir, "fatalities", "good.csv"), "utf-8")
      .split("\n")
      .filter((line) => !line.includes('"'))
      .join("\n"),
  );
  const original = parseCasualties(readFileSync(plain, "utf-8"), options);

  it("repeats every row, each copy with its own ids, so that the pipeline keeps them all", async () => {
    const output = join(dir, "SYNTHETIC-x3.csv");
    const made = await writeSyntheticCasualties(plain, output, 3);
    expect(made.rows).toBe(3 * original.rowsRead);
    const copied = parseCasualties(readFileSync(output, "utf-8"), options);
    expect(copied.rowsRead).toBe(3 * original.rowsRead);
    // The fixture's own repeated id stays repeated within each copy, and is dropped there only.
    expect(copied.rows).toHaveLength(3 * original.rows.length);
    expect(copied.duplicatesDropped).toHaveLength(3 * original.duplicatesDropped.length);
  });

  it("refuses a file with quoted fields rather than split them wrongly", async () => {
    await expect(writeSyntheticCasualties(join(fixturesDir, "fatalities", "good.csv"), join(dir, "quoted.csv"), 2)).rejects.toThrow(
      /quoted field/,
    );
  });
});

describe("benchmark statistics", () => {
  it("takes medians of odd and even counts, with min and max", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([2, 9, 4])).toEqual({ median: 4, min: 2, max: 9 });
  });
});

describe("the loaders' bench", () => {
  it("measures the build's data step and DuckDB on the same table: both count the UN file alike", () => {
    const file = resolveUpstream(sources.unFatalities).path;
    const run = (engine: string): PipelineRun =>
      JSON.parse(
        execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/pipeline-run.ts", "--engine", engine, "--file", file], {
          cwd: projectRoot,
          encoding: "utf-8",
        }),
      ) as PipelineRun;
    const [build, duckdb] = [run("build"), run("duckdb")];
    expect(build.rows).toBeGreaterThan(4000);
    expect({ rows: build.rows, checksum: build.checksum }).toEqual({ rows: duckdb.rows, checksum: duckdb.checksum });
    expect(build.peakRssBytes).toBeGreaterThan(0);
  }, 60_000);
});
