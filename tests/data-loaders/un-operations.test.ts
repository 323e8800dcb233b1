/**
 * The UN's list of operations on a fixture made for these tests (tests/fixtures/un-operations/):
 * decimal commas, combined rows, corrections applied and refused when stale, and a town given two
 * points. Then the pinned list itself, with the project's corrections.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DataError } from "../../data-loaders/errors.js";
import { loadUnOperations, parseUnOperations, type OperationCorrection } from "../../data-loaders/un-operations.js";
import { dataErrorOf, fixtureOperationCorrection, fixturesDir } from "../helpers.js";

const good = readFileSync(join(fixturesDir, "un-operations", "operations-good.csv"), "utf-8");
const options = { source: "fixture", file: "operations-good.csv", today: "2026-11-29" };

const correction = fixtureOperationCorrection;

/** FIXEF's swapped point put right: without it the fixture is refused. */
const unswap = [
  correction("FIXEF", "mission_longitude", "31,5000", "34,4667"),
  correction("FIXEF", "mission_latitude", "34,4667", "31,5000"),
];

/** The fixture with one cell of one data row (1-based, after the header) replaced. */
function withCell(row: number, column: string, value: string): string {
  const lines = good.trimEnd().split("\n");
  const header = lines[0].split(",");
  const cells = Papa.parse<string[]>(lines[row]).data[0];
  cells[header.indexOf(column)] = value;
  lines[row] = Papa.unparse([cells], { newline: "\n" });
  return `${lines.join("\n")}\n`;
}

const refusal = (text: string, corrections: OperationCorrection[] = unswap): DataError =>
  dataErrorOf("the list", () => parseUnOperations(text, corrections, options));

describe("the UN's list of operations, on a fixture", () => {
  const rows = parseUnOperations(good, unswap, options);
  const row = (acronym: string) => rows.find((operation) => operation.acronym === acronym)!;

  it("reads decimal commas and points, a missing point, a trimmed town and a quoted name", () => {
    expect(row("FIXMA")).toMatchObject({ headquarters: "Bamako", latitude: 12.65, longitude: -8, running: true, end_date: null });
    expect(row("FIXDOT")).toMatchObject({ latitude: 6.25, longitude: -10.5 });
    expect(row("FIXNO")).toMatchObject({ headquarters: null, latitude: null, longitude: null, running: false });
    expect(row("FIXUP")).toMatchObject({ name: "Fixture Upper Mission, with a comma", headquarters: "Jerusalem" });
  });

  it("says which phases a combined row sums, and applies a correction to its cells", () => {
    expect(row("FIXEF")).toMatchObject({ combines: ["FIXEF I", "FIXEF II"], latitude: 31.5, longitude: 34.4667 });
    expect(row("FIXEF I").combines).toEqual([]);
  });

  it("takes a corrected end date and status", () => {
    const ended = parseUnOperations(
      good,
      [...unswap, correction("FIXMA", "end_date", "", "2023-06-30"), correction("FIXMA", "mission_isactive", "Yes", "No")],
      options,
    );
    expect(ended.find((operation) => operation.acronym === "FIXMA")).toMatchObject({ end_date: "2023-06-30", running: false });
  });

  it("refuses a town given two points, naming both lines and the swap", () => {
    const error = refusal(good, []);
    expect(error.location).toMatchObject({ line: 4, columnName: "mission_longitude", value: "31,5000" });
    expect(error.problem).toContain("Gaza is at longitude 31.5, latitude 34.4667 here but at 34.4667, 31.5 on line 2 (FIXEF I)");
    expect(error.problem).toContain("longitude and latitude swapped");
  });

  it("refuses a correction whose cell no longer holds the value it expects", () => {
    const error = refusal(good, [correction("FIXMA", "end_date", "2023-01-01", "2023-06-30")]);
    expect(error.location).toMatchObject({ line: 5, columnName: "end_date", value: "" });
    expect(error.problem).toContain('expects "2023-01-01" here');
  });

  it("refuses a correction for an operation the list does not hold", () => {
    expect(() => parseUnOperations(good, [...unswap, correction("FIXGONE", "end_date", "", "2000-01-01")], options)).toThrow(
      "a correction for FIXGONE, which the list (operations-good.csv) does not hold",
    );
  });

  it.each([
    [5, "mission_longitude", "12;65", "not a longitude in decimal degrees"],
    [5, "mission_latitude", "95,0", "a latitude beyond ±90°"],
    [7, "mission_latitude", "", "a point needs both a longitude and a latitude"],
    [1, "end_date", "1950-01-01", "ends before it starts (1956-11-01)"],
    [4, "end_date", "2020-01-01", "an end date for an operation the list calls active"],
    [5, "mission_isactive", "Maybe", 'mission_isactive must be "Yes" or "No"'],
    [5, "mission_name", '"Fixture Mission in', "a name holding a quotation mark"],
    [5, "start_date", "2013-02-30", "YYYY-MM-DD"],
    [3, "mission_name", "Fixture Emergency Force (I & III)", "a combined row whose phases are not rows of the list: FIXEF III"],
    [2, "mission_acronym", "FIXEF I", "given twice: already on line 2"],
  ])("refuses row %i's %s %j", (row, column, value, problem) => {
    const error = refusal(withCell(row, column, value));
    expect(error.location).toMatchObject({ source: "fixture", file: "operations-good.csv", line: row + 1, columnName: column, value });
    expect(error.problem).toContain(problem);
  });
});

describe("the pinned list, with the project's corrections", () => {
  const rows = loadUnOperations("2026-11-29");
  const row = (acronym: string) => rows.find((operation) => operation.acronym === acronym)!;

  it("holds the 81 operations its PROVENANCE.md counts", () => {
    expect(rows).toHaveLength(81);
  });

  it("gives MINUSMA the end of its mandate, 30 June 2023 (resolution 2690), and Bamako's point", () => {
    expect(row("MINUSMA")).toMatchObject({ start_date: "2013-04-25", end_date: "2023-06-30", running: false, headquarters: "Bamako" });
    expect(row("MINUSMA")).toMatchObject({ latitude: 12.65, longitude: -8 });
  });

  it("keeps the three combined rows and the phases they sum", () => {
    const combined = rows.filter((operation) => operation.combines.length).map((operation) => [operation.acronym, operation.combines]);
    expect(combined).toEqual([
      ["UNOSOM", ["UNOSOM I", "UNOSOM II"]],
      ["UNEF", ["UNEF I", "UNEF II"]],
      ["UNAVEM", ["UNAVEM I", "UNAVEM II"]],
    ]);
  });

  it("puts every town named on several rows at one point once corrected", () => {
    const luanda = rows
      .filter((operation) => operation.headquarters === "Luanda")
      .map((operation) => [operation.latitude, operation.longitude]);
    expect(new Set(luanda.map(String))).toEqual(new Set(["-8.8383,13.2344"]));
    expect(luanda).toHaveLength(4);
  });
});
