/**
 * Damaged inputs, made from the real UN file and the real curated tables: each is either refused
 * with a message naming the source, file, line, column and value, or accepted because the change
 * is harmless, in which case the rows must be exactly those of the undamaged file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCasualties, type Casualty } from "../../data-loaders/casualties.js";
import { decodeUtf8 } from "../../data-loaders/csv.js";
import { curatedDir, parseCuratedTable } from "../../data-loaders/curated.js";
import { eventsTable } from "../../data-loaders/events.js";
import { resolveUpstream } from "../../data-loaders/fetch.js";
import { flightsTable } from "../../data-loaders/flights.js";
import { sources } from "../../data-loaders/sources.js";
import { dataErrorOf } from "../helpers.js";

const rawPath = resolveUpstream(sources.unFatalities).path;
if (!existsSync(rawPath)) throw new Error(`missing ${rawPath}: the hostile-input tests are made from the real UN file in ../shared`);
const raw = readFileSync(rawPath, "utf-8");
const [header, ...lines] = raw.trimEnd().split("\n");
const columns = header.split(",");
const TODAY = "2026-11-28";
const options = { source: "un-peacekeeping-fatalities", file: "damaged.csv", today: TODAY };
const parse = (text: string) => parseCasualties(text, options);
const baseline = parse(raw);
const refusal = (text: string) => dataErrorOf("the damaged file", () => parse(text));

/** The raw file with one cell changed: the row at `row` (0-based, after the header), column `name`. */
function withCell(row: number, name: string, value: string): string {
  const cells = lines[row].split(",");
  cells[columns.indexOf(name)] = value;
  return [header, ...lines.slice(0, row), cells.join(","), ...lines.slice(row + 1)].join("\n") + "\n";
}

/** The raw file with its columns rearranged by a function of the header's names. */
function withColumns(choose: (names: string[]) => string[]): string {
  const order = choose(columns).map((name) => columns.indexOf(name));
  const pick = (line: string) => {
    const cells = line.split(",");
    return order.map((i) => (i >= 0 ? cells[i] : "extra")).join(",");
  };
  return [choose(columns).join(","), ...lines.map(pick)].join("\n") + "\n";
}

const sameRows = (rows: Casualty[]) => expect(rows).toEqual(baseline.rows);

describe("hostile inputs: the UN fatalities file", () => {
  it("refuses a missing column, naming it", () => {
    const error = refusal(withColumns((names) => names.filter((name) => name !== "type_of_incident")));
    expect(error.location.line).toBe(1);
    expect(error.problem).toContain('required column "type_of_incident" is missing');
  });

  it("refuses a renamed column as a missing one", () => {
    const text = raw.replace("type_of_incident", "incident_type");
    expect(refusal(text).problem).toContain('required column "type_of_incident" is missing');
  });

  it("accepts reordered columns with the same rows", () => sameRows(parse(withColumns((names) => [...names].reverse())).rows));

  it("accepts an extra column with the same rows", () => sameRows(parse(withColumns((names) => [...names, "remarks"])).rows));

  it("accepts a byte-order mark with the same rows", () => sameRows(parse("\uFEFF" + raw).rows));

  it("refuses an empty file and a header without rows", () => {
    expect(refusal("").problem).toContain("empty");
    expect(refusal(header + "\n").problem).toContain("no rows");
  });

  it("refuses a file cut in the middle of a row, at the cut line", () => {
    const cut = raw.slice(0, raw.indexOf("\n", raw.length / 2) + 25);
    const error = refusal(cut);
    expect(error.location.line).toBe(cut.split("\n").length);
    expect(error.problem).toContain("not valid CSV");
  });

  it("refuses an HTML error page", () => {
    const error = refusal("<!DOCTYPE html>\n<html><body><h1>503 Service Unavailable</h1></body></html>\n");
    expect(error.location).toMatchObject({ source: "un-peacekeeping-fatalities", file: "damaged.csv", line: 1 });
    expect(error.problem).toContain("HTML page, not CSV");
  });

  it("refuses another delimiter, saying so", () => {
    expect(refusal(raw.replaceAll(",", ";")).problem).toContain("another delimiter");
  });

  it("refuses Latin-1 bytes in a UTF-8 file at their line", () => {
    const row = lines.findIndex((line) => line.includes("Côte dIvoire"));
    const bytes = Buffer.from(raw, "utf-8");
    const at = bytes.indexOf(Buffer.from("Côte dIvoire", "utf-8"));
    const latin1 = Buffer.concat([
      bytes.subarray(0, at),
      Buffer.from("Côte dIvoire", "latin1"),
      bytes.subarray(at + Buffer.byteLength("Côte dIvoire")),
    ]);
    const error = dataErrorOf("Latin-1 bytes", () => decodeUtf8(latin1, options));
    expect(error.location.line).toBe(row + 2);
    expect(error.location.value).toContain("C\uFFFDte dIvoire");
    expect(error.problem).toContain("not UTF-8");
  });

  it.each([
    ["an impossible date", "incident_date", "2023-02-30", "YYYY-MM-DD"],
    ["a date in the future", "incident_date", "2031-01-01", "after today"],
    ["an unknown incident type", "type_of_incident", "Friendly Fire", "unknown incident type"],
    ["an unknown personnel type", "casualty_personnel_type", "Contractor", "unknown personnel type"],
    ["a script in the mission acronym", "mission_acronym", "<script>alert(1)</script>", "mission acronym"],
  ])("refuses %s at its line, column and value", (_, name, value, problem) => {
    const row = 1000;
    const error = refusal(withCell(row, name, value));
    expect(error.location).toEqual({
      ...options,
      today: undefined,
      line: row + 2,
      column: columns.indexOf(name) + 1,
      columnName: name,
      value,
    });
    expect(error.problem).toContain(problem);
  });

  it("keeps markup in a nationality as text", () => {
    const markup = "<img src=x onerror=alert(1)>";
    const { rows } = parse(withCell(10, "casualty_nationality", markup));
    expect(rows[10].nationality).toBe(markup);
  });

  it("drops a repeated casualty id and reports it, never silently", () => {
    const duplicated = [header, ...lines, lines[5].replace(/^\d+,/, "99999,")].join("\n") + "\n";
    const result = parse(duplicated);
    expect(result.rows).toEqual(baseline.rows);
    expect(result.duplicatesDropped).toHaveLength(baseline.duplicatesDropped.length + 1);
    expect(result.duplicatesDropped.at(-1)).toEqual({ casualty_id: lines[5].split(",")[2], line: lines.length + 2 });
  });
});

describe("hostile inputs: the curated tables", () => {
  const flights = readFileSync(join(curatedDir, "flights.csv"), "utf-8");
  const events = readFileSync(join(curatedDir, "events.csv"), "utf-8");
  const refuse = (text: string) => dataErrorOf("the damaged table", () => parseCuratedTable(text, flightsTable(TODAY), "flights.csv"));

  it("refuses a negative count and a count in words at their cell", () => {
    expect(refuse(flights.replace(",565,167,", ",565,-167,")).location).toMatchObject({ line: 5, columnName: "denied", value: "-167" });
    expect(refuse(flights.replace(",565,167,", ",five hundred,167,")).location).toMatchObject({
      line: 5,
      columnName: "requested",
      value: "five hundred",
    });
  });

  it("refuses a duplicated row", () => {
    const lastRow = flights.trimEnd().split("\n").at(-1)!;
    expect(refuse(flights.trimEnd() + "\n" + lastRow + "\n").problem).toContain("duplicate row");
  });

  it("refuses a table cut inside a quoted note", () => {
    expect(refuse(flights.slice(0, flights.lastIndexOf('"'))).problem).toContain("not valid CSV");
  });

  it("accepts a script in an event as text", () => {
    const text = events.replace("The Security Council creates MINUSMA", "<script>alert(1)</script> The Security Council creates MINUSMA");
    const rows = parseCuratedTable(text, eventsTable(TODAY), "events.csv") as { event: string }[];
    expect(rows.some((row) => row.event.startsWith("<script>alert(1)</script>"))).toBe(true);
  });
});
