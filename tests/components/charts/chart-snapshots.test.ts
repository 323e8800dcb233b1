/**
 * Every chart function drawn at the two widths the build draws it at, compared with the golden
 * SVGs in tests/output/charts/ (see tests/svg-snapshot.ts). Any visual change shows in review as a
 * diff of those files.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chartWidths, drawChart } from "../../../src/components/render/static-chart.js";
import { chartCases as charts } from "./chart-cases.js";
import { expectGoldenSvg, snapshotDir } from "../../svg-snapshot.js";

describe.each(Object.entries(chartWidths))("charts drawn %s (%i px)", (name, width) => {
  it.each(Object.keys(charts))(`%s matches its golden SVG`, (chart) => {
    expectGoldenSvg(`charts/${chart}-${name}`, drawChart(charts[chart], width));
  });
});

describe("the golden SVGs", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("cover every chart function: each exported …Chart or …Map of src/components/charts/ is drawn by a case", async () => {
    const chartsDir = join(import.meta.dirname, "..", "..", "..", "src", "components", "charts");
    const cases = readFileSync(join(import.meta.dirname, "chart-cases.ts"), "utf-8");
    const functions: string[] = [];
    for (const file of readdirSync(chartsDir).filter((name) => name.endsWith(".ts"))) {
      const module = (await import(join(chartsDir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module))
        if (typeof value === "function" && /[a-z](Chart|Map)$/.test(name)) functions.push(`${file}: ${name}`);
    }
    expect(functions.length, "no chart function found: has src/components/charts/ moved?").toBeGreaterThan(10);
    const undrawn = functions.filter((entry) => !new RegExp(`\\b${entry.split(": ")[1]}\\(`).test(cases));
    expect(undrawn, "chart functions without a case in chart-cases.ts, so without a golden SVG").toEqual([]);
  });

  it("are all in use: each belongs to a chart drawn here", () => {
    const expected = Object.keys(charts).flatMap((chart) => Object.keys(chartWidths).map((width) => `${chart}-${width}.svg`));
    const committed = readdirSync(join(snapshotDir, "charts")).filter((file) => !file.endsWith("-changed.svg"));
    expect(committed.sort()).toEqual(expected.sort());
  });

  it("are what UPDATE_SNAPSHOTS=1 writes, so the documented update command works", () => {
    const dir = mkdtempSync(join(tmpdir(), "snapshots-"));
    made.push(dir);
    const run = spawnSync("npx", ["vitest", "run", "tests/components/charts/chart-snapshots.test.ts", "-t", "matches its golden SVG"], {
      cwd: join(import.meta.dirname, "..", "..", ".."),
      env: { ...process.env, UPDATE_SNAPSHOTS: "1", SNAPSHOT_DIR: dir },
      encoding: "utf-8",
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    for (const file of readdirSync(join(dir, "charts"))) {
      expect(readFileSync(join(dir, "charts", file), "utf-8"), file).toBe(readFileSync(join(snapshotDir, "charts", file), "utf-8"));
    }
  });
});
