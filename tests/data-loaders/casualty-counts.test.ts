/**
 * The engine (DuckDB reads, the report's rules judge) against the row-by-row pipeline, on the
 * fixtures and on damaged copies of the real UN file: the same counts, or the same error with its
 * line, column and value. The engine may hand a file to the pipeline; it may never accept what
 * the pipeline refuses, nor count otherwise.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countCasualties, countCasualtiesRowByRow, type CasualtyCounts } from "../../data-loaders/casualty-counts.js";
import { DataError } from "../../data-loaders/errors.js";
import { resolveUpstream } from "../../data-loaders/fetch.js";
import { sources } from "../../data-loaders/sources.js";
import { fixturesDir } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "casualty-counts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = (file: string) => ({ source: "fixture", file, today: "2026-11-28" });

type Outcome = { counts: Omit<CasualtyCounts, "countedBy"> } | { error: string };
async function outcome(count: typeof countCasualties, path: string): Promise<Outcome & { countedBy?: CasualtyCounts["countedBy"] }> {
  try {
    const { countedBy, groups, ...counts } = await count(path, options(path.split("/").pop()!));
    const sorted = [...groups].sort((a, b) =>
      `${a.mission}${a.year}${a.incident_type}`.localeCompare(`${b.mission}${b.year}${b.incident_type}`),
    );
    return { counts: { ...counts, groups: sorted }, countedBy };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { error: error.message };
  }
}

async function expectSameAsPipeline(path: string) {
  const { countedBy, ...engine } = await outcome(countCasualties, path);
  const { countedBy: _byRows, ...rows } = await outcome(countCasualtiesRowByRow, path);
  expect(engine).toEqual(rows);
  return { ...engine, countedBy };
}

describe("counting with the engine, against the row-by-row pipeline", () => {
  const rawPath = resolveUpstream(sources.unFatalities).path;
  if (!existsSync(rawPath)) throw new Error(`missing ${rawPath}: these tests are made from the real UN file in ../shared`);
  const raw = readFileSync(rawPath, "utf-8");
  const [header, ...lines] = raw.trimEnd().split("\n");
  const columns = header.split(",");
  const damaged = (name: string, text: string | Buffer) => {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, text);
    return path;
  };
  const withCell = (row: number, name: string, value: string) => {
    const cells = lines[row].split(",");
    cells[columns.indexOf(name)] = value;
    return [header, ...lines.slice(0, row), cells.join(","), ...lines.slice(row + 1)].join("\n") + "\n";
  };

  it("counts the real file itself with DuckDB, as the pipeline does", async () => {
    const { countedBy } = await expectSameAsPipeline(rawPath);
    expect(countedBy).toEqual({ engine: "duckdb" });
  });

  it.each(readdirSync(join(fixturesDir, "fatalities")).filter((name) => name.endsWith(".csv")))(
    "gives the fixture %s the pipeline's counts or error",
    async (name) => {
      await expectSameAsPipeline(join(fixturesDir, "fatalities", name));
    },
  );

  it.each([
    ["a ragged row", "error", () => raw.replace(lines[500], lines[500].split(",").slice(0, 8).join(","))],
    ["a file cut inside a row", "error", () => raw.slice(0, raw.indexOf("\n", raw.length / 2) + 25)],
    ["Latin-1 bytes", "error", () => Buffer.from(raw, "latin1")],
    ["an HTML page", "error", () => "<!DOCTYPE html><html><body>503</body></html>\n"],
    ["another delimiter", "error", () => raw.replaceAll(",", ";")],
    ["Windows line endings", "duckdb", () => raw.replaceAll("\n", "\r\n")],
    ["lone carriage returns", "pipeline", () => raw.replaceAll("\n", "\r")],
    ["a byte-order mark", "duckdb", () => "\uFEFF" + raw],
    ["a zero-width space in a column no rule reads", "error", () => withCell(1000, "last_update", "2025-04-\u200B04")],
    ["a NUL in a casualty id", "error", () => withCell(1000, "casualty_id", "UNTSO-1948\u0000")],
    [
      "a mission in lower case beside the real one",
      "error",
      () => withCell(1000, "mission_acronym", lines[1000].split(",")[columns.indexOf("mission_acronym")].toLowerCase()),
    ],
    [
      "a casualty id repeated in another case",
      "error",
      () => raw + withCell(5, "casualty_id", lines[5].split(",")[columns.indexOf("casualty_id")].toLowerCase()).split("\n").at(6) + "\n",
    ],
    ["a date in the future", "error", () => withCell(1000, "incident_date", "2031-01-01")],
    ["an unknown incident type", "error", () => withCell(1000, "type_of_incident", "Friendly Fire")],
    [
      "a duplicated casualty id in another mission",
      "duckdb",
      () => raw + withCell(5, "mission_acronym", "UNIFIL").split("\n").at(6) + "\n",
    ],
    ["a quoted cell holding a line break", "duckdb", () => withCell(1000, "casualty_nationality", '"Fr\nance"')],
  ] as [string, "error" | "duckdb" | "pipeline", () => string | Buffer][])(
    "gives %s the pipeline's counts or error (%s)",
    async (name, route, text) => {
      const result = await expectSameAsPipeline(damaged(name.replace(/\W+/g, "-"), text()));
      expect("error" in result ? "error" : result.countedBy?.engine).toBe(route);
    },
  );
});
