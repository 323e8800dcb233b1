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
    ["a quoted line break in a column no rule reads", "duckdb", () => withCell(1000, "last_update", '"2025-04-04\n"')],
    [
      "a repeated casualty id whose first copy, at the top, is in another mission",
      "duckdb",
      () => [header, withCell(5, "mission_acronym", "UNIFIL").split("\n").at(6), ...lines].join("\n") + "\n",
    ],
    [
      "a casualty id given three times, in two missions and two years",
      "duckdb",
      () =>
        raw +
        [withCell(5, "mission_acronym", "UNIFIL"), withCell(5, "incident_date", "2001-01-01"), withCell(5, "type_of_incident", "Illness")]
          .map((text) => text.split("\n").at(6))
          .join("\n") +
        "\n",
    ],
    [
      "a repeated casualty id whose copy differs only by spaces around the mission",
      "duckdb",
      () =>
        raw +
        withCell(5, "mission_acronym", ` ${lines[5].split(",")[columns.indexOf("mission_acronym")]} `)
          .split("\n")
          .at(6) +
        "\n",
    ],
    ["spaces around a mission, counted as the mission", "duckdb", () => withCell(1000, "mission_acronym", " MINUSMA ")],
    ["a casualty id in lower case, given once", "duckdb", () => withCell(1000, "casualty_id", "untso-extra-1")],
    ["a casualty id with two spaces in a row", "pipeline", () => withCell(1000, "casualty_id", "UNTSO  1")],
    // The engine's cheap per-row tests, and the regular expression behind them.
    ["a casualty id holding a quote", "duckdb", () => withCell(1000, "casualty_id", '"UNTSO-""1"""')],
    ["a casualty id holding a backslash", "duckdb", () => withCell(1000, "casualty_id", "UNTSO\\1")],
    ["a casualty id of 64 characters", "duckdb", () => withCell(1000, "casualty_id", "U".repeat(64))],
    ["a casualty id of 65 characters", "error", () => withCell(1000, "casualty_id", "U".repeat(65))],
    ["a casualty id with a space before it", "pipeline", () => withCell(1000, "casualty_id", " UNTSO-1")],
    ["a casualty id with a space after it", "pipeline", () => withCell(1000, "casualty_id", "UNTSO-1 ")],
    ["a casualty id holding a tab", "pipeline", () => withCell(1000, "casualty_id", "UNTSO\t1")],
    ["a casualty id holding a DEL", "error", () => withCell(1000, "casualty_id", "UNTSO\u007f1")],
    ["a casualty id holding an accented letter", "pipeline", () => withCell(1000, "casualty_id", "UNTSO-É1")],
    ["an accented letter in a column no rule reads", "duckdb", () => withCell(1000, "last_update", "2025-04-04é")],
    ["a no-break space in a column no rule reads", "duckdb", () => withCell(1000, "last_update", "2025-04-04\u00a0")],
    ["a tab in a column no rule reads", "duckdb", () => withCell(1000, "m49_code", "250.0\t")],
    ["a soft hyphen in a column no rule reads", "error", () => withCell(1000, "m49_code", "25\u00ad0.0")],
    ["a DEL in a column no rule reads", "error", () => withCell(1000, "id", "1001\u007f")],
    ["a C1 control in a column no rule reads", "error", () => withCell(1000, "id", "1001\u0085")],
  ] as [string, "error" | "duckdb" | "pipeline", () => string | Buffer][])(
    "gives %s the pipeline's counts or error (%s)",
    async (name, route, text) => {
      const result = await expectSameAsPipeline(damaged(name.replace(/\W+/g, "-"), text()));
      expect("error" in result ? "error" : result.countedBy?.engine).toBe(route);
    },
  );
});
