/**
 * Geo-PKO's two files on fixtures made for these tests (tests/fixtures/geo-pko/): maps folded
 * into places, `year.overview` parsed with its quoted commas and unknown sizes, and every refusal
 * named by line, column and value. Then the pinned files themselves, against the counts their
 * PROVENANCE.md gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DataError } from "../../data-loaders/errors.js";
import { loadGeoPko, parseDeploymentContributors, parseDeployments, parseOverview } from "../../data-loaders/geo-pko.js";
import { fixturesDir } from "../helpers.js";

const fixture = (name: string) => readFileSync(join(fixturesDir, "geo-pko", name), "utf-8");
const front = fixture("front-good.csv");
const tcc = fixture("tcc-good.csv");
const options = (file: string) => ({ source: "fixture", file, today: "2026-11-29" });

/** The fixture with one cell of one data row (1-based, after the header) replaced. */
function withCell(text: string, row: number, column: number, value: string): string {
  const lines = text.trimEnd().split("\n");
  const cells = Papa.parse<string[]>(lines[row]).data[0];
  cells[column - 1] = value;
  lines[row] = Papa.unparse([cells], { newline: "\n" });
  return `${lines.join("\n")}\n`;
}

function refusal(parse: () => unknown): DataError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("expected a DataError, and the file was accepted");
}

describe("year.overview", () => {
  it("reads each country with its largest unit, a name holding parentheses, and unknown sizes", () => {
    expect(parseOverview("Korea (ROK) (150), Sri Lanka (950), Nepal (size unknown)")).toEqual([
      { country: "Republic of Korea", largest_unit: 150 },
      { country: "Sri Lanka", largest_unit: 950 },
      { country: "Nepal", largest_unit: null },
    ]);
  });

  it.each([
    ["Niger", '"Niger"'],
    ["Korea (ROK)", '"Korea (ROK)"'],
    ["Niger (950),", '""'],
    ["Niger (nine hundred)", '"Niger (nine hundred)"'],
  ])("refuses %j, naming the entry", (text, named) => {
    const parsed = parseOverview(text);
    expect("problem" in parsed && parsed.problem).toContain(`the entry ${named}`);
  });
});

describe("deployments (FrontMap)", () => {
  it("folds the maps of a year into one row per place", () => {
    expect(parseDeployments(front, options("front-good.csv"))).toEqual([
      {
        mission: "MINUSMA",
        year: 2022,
        country: "Mali",
        location: "Gao",
        latitude: 16.27167,
        longitude: -0.04472,
        estimated_troops: 1200,
        hq_level: 2,
        police: true,
        medical: true,
        aviation: true,
        observers: false,
        maps: 2,
      },
      {
        mission: "MINUSMA",
        year: 2022,
        country: "Mali",
        location: "Ber",
        latitude: 16.834927,
        longitude: -2.531944,
        estimated_troops: 150,
        hq_level: 0,
        police: false,
        medical: false,
        aviation: false,
        observers: false,
        maps: 1,
      },
      {
        mission: "MINUSMA",
        year: 2023,
        country: "Mali",
        location: "Gao",
        latitude: 16.27167,
        longitude: -0.04472,
        estimated_troops: null,
        hq_level: 3,
        police: false,
        medical: false,
        aviation: true,
        observers: true,
        maps: 1,
      },
      {
        mission: "UNAVEM II",
        year: 1994,
        country: "Angola",
        location: "Luanda",
        latitude: -8.83682,
        longitude: 13.23432,
        estimated_troops: 0,
        hq_level: 3,
        police: false,
        medical: false,
        aviation: false,
        observers: true,
        maps: 1,
      },
    ]);
  });

  it("reads a quoted place name holding a comma", () => {
    const rows = parseDeployments(withCell(front, 3, 4, "Ber, Timbuktu region"), options("front.csv"));
    expect(rows.map((row) => row.location)).toContain("Ber, Timbuktu region");
  });

  it.each([
    ["a latitude beyond 90°", 1, 5, "91.5", "a latitude beyond ±90°"],
    ["a longitude with a decimal comma", 1, 6, "-0,04472", "not a longitude in decimal degrees"],
    ["a headquarters level of 4", 1, 10, "4", "not a headquarters level from 0 to 3"],
    ["NA as a presence flag", 1, 11, "NA", "not a presence flag from 0 to 1"],
    ["a year in the future", 1, 2, "2031", "not a year from 1990 to 2026"],
    ["a troop estimate of 20 digits", 1, 8, "12345678901234567890", "beyond what this column can mean"],
    ["a mission in lower case", 1, 1, "minusma", "not a mission acronym"],
    ["another yearly mean on a second map of the place", 2, 15, "1300", "the year's mean for this place differs from line 2 (1200)"],
    ["another country on a second map of the place", 2, 3, "Niger", 'this place is in "Mali" on line 2'],
  ])("refuses %s, naming line, column and value", (_name, row, column, value, problem) => {
    const error = refusal(() => parseDeployments(withCell(front, row, column, value), options("front.csv")));
    expect(error.location).toMatchObject({ source: "fixture", file: "front.csv", line: row + 1, column, value });
    expect(error.problem).toContain(problem);
  });

  it("refuses a file with a header and no rows", () => {
    const error = refusal(() => parseDeployments(`${front.split("\n")[0]}\n`, options("front.csv")));
    expect(error.location.line).toBe(2);
  });

  it("refuses a file without the ave.no.troops column, naming it", () => {
    const text = front.replace(",ave.no.troops", ",average");
    expect(refusal(() => parseDeployments(text, options("front.csv"))).problem).toContain('"ave.no.troops"');
  });
});

describe("deployment contributors (TCCMap)", () => {
  it("parses each place's overview, one spelling per country, each keeping its largest unit", () => {
    expect(parseDeploymentContributors(tcc, options("tcc-good.csv"))).toEqual([
      { mission: "MINUSMA", year: 2022, location: "Gao", country: "Bangladesh", largest_unit: 600 },
      { mission: "MINUSMA", year: 2022, location: "Gao", country: "Germany", largest_unit: 450 },
      { mission: "MINUSMA", year: 2022, location: "Gao", country: "United Kingdom", largest_unit: 150 },
      { mission: "MINUSMA", year: 2022, location: "Ber", country: "Burkina Faso", largest_unit: 150 },
      { mission: "MINUSTAH", year: 2010, location: "Leogâne", country: "Republic of Korea", largest_unit: 150 },
      { mission: "MINUSTAH", year: 2010, location: "Leogâne", country: "Sri Lanka", largest_unit: 950 },
    ]);
  });

  it.each([
    ["an entry without a size", 1, 7, "Bangladesh (600), Germany, UK (150)", 'the entry "Germany"'],
    ["a count of countries that is not the overview's", 1, 6, "4", "4 countries, but year.overview lists 3"],
    ["a zero-width space in a country", 2, 7, "Burkina\u200B Faso (150)", "U+200B"],
  ])("refuses %s, naming line, column and value", (_name, row, column, value, problem) => {
    const error = refusal(() => parseDeploymentContributors(withCell(tcc, row, column, value), options("tcc.csv")));
    expect(error.location).toMatchObject({ source: "fixture", file: "tcc.csv", line: row + 1, column });
    expect(error.problem).toContain(problem);
  });
});

describe("the pinned Geo-PKO files", () => {
  const { deployments, contributors } = loadGeoPko("2026-11-29");
  const minusma = deployments.filter((row) => row.mission === "MINUSMA");

  it("hold MINUSMA's 134 places and years, 2014 to 2024, as their provenance counts them", () => {
    expect(minusma).toHaveLength(134);
    expect(Math.min(...minusma.map((row) => row.year))).toBe(2014);
    expect(Math.max(...minusma.map((row) => row.year))).toBe(2024);
    expect(new Set(minusma.filter((row) => row.year === 2024).map((row) => row.location))).toEqual(new Set(["Bamako", "Gao"]));
  });

  it("give every MINUSMA place of a year its contributors, and no place without a deployment row", () => {
    const places = new Set(deployments.map((row) => `${row.mission}|${row.year}|${row.location}`));
    expect(contributors.filter((row) => !places.has(`${row.mission}|${row.year}|${row.location}`))).toEqual([]);
    expect(new Set(contributors.filter((row) => row.mission === "MINUSMA").map((row) => `${row.year}|${row.location}`)).size).toBe(134);
  });
});
