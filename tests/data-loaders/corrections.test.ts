import { describe, expect, it } from "vitest";
import { correctionsTable } from "../../data-loaders/corrections.js";
import { parseCuratedTable } from "../../data-loaders/curated.js";
import { flightsTable } from "../../data-loaders/flights.js";
import { dataErrorOf, readFixture } from "../helpers.js";

const TODAY = "2026-01-01";
const parse = (file: string) => parseCuratedTable(readFixture("curated", file), correctionsTable(TODAY), file);

describe("the corrections log", () => {
  it("reads each correction with its figure, values, reason and source", () => {
    const rows = parse("corrections-good.csv");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      date: "2024-05-10",
      figure: "flights-requested-565",
      page: "flights",
      old_value: "565",
      new_value: "566",
      reason: "A later report corrected the count",
      report: "",
      source_url: "https://example.org/fixture/report",
      source_title: "",
      source_title_fr: "",
      source_kind: "press",
      archive_url: "",
    });
  });

  it("may be empty, unlike a table of facts", () => {
    expect(parse("corrections-empty.csv")).toEqual([]);
    const flightsHeaderOnly = readFixture("curated", "flights-good.csv").split("\n")[0] + "\n";
    expect(() => parseCuratedTable(flightsHeaderOnly, flightsTable(TODAY), "x.csv")).toThrow(/header but no rows/);
  });

  it("refuses a correction without its reason, at its cell", () => {
    const error = dataErrorOf("corrections-no-reason.csv", () => parse("corrections-no-reason.csv"));
    expect(error.location).toMatchObject({ line: 2, columnName: "reason" });
    expect(error.problem).toContain("say why");
  });
});
