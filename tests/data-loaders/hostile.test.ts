/**
 * Damaged inputs, made from the real UN file and the real curated tables: each is either refused
 * with a message naming the source, file, line, column and value, or accepted because the change
 * is harmless, in which case the rows must be exactly those of the undamaged file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { parseCasualties, type Casualty } from "../../data-loaders/casualties.js";
import { decodeUtf8 } from "../../data-loaders/text.js";
import { curatedDir, loadCuratedTable, parseCuratedTable } from "../../data-loaders/curated.js";
import { eventsTable } from "../../data-loaders/events.js";
import { resolveUpstream } from "../../data-loaders/fetch.js";
import { flightsTable } from "../../data-loaders/flights.js";
import { contingentsTable } from "../../data-loaders/contingents.js";
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

describe("hostile inputs: names that look alike", () => {
  const row = 1000;
  const mission = lines[row].split(",")[columns.indexOf("mission_acronym")];

  it.each([
    ["a zero-width space", "\u200B", "U+200B"],
    ["a NUL", "\u0000", "U+0000"],
    ["a right-to-left override", "\u202E", "U+202E"],
    ["a left-to-right mark", "\u200E", "U+200E"],
    ["a soft hyphen", "\u00AD", "U+00AD"],
  ])("refuses %s in a mission acronym, naming the character", (_, character, codePoint) => {
    const error = refusal(withCell(row, "mission_acronym", mission.slice(0, 3) + character + mission.slice(3)));
    expect(error.location).toMatchObject({ line: row + 2, column: columns.indexOf("mission_acronym") + 1 });
    expect(error.problem).toContain(codePoint);
  });

  it("refuses an invisible character in a nationality, which no pattern would catch", () => {
    const error = refusal(withCell(row, "casualty_nationality", "Fra\u200Dnce"));
    expect(error.location).toMatchObject({ line: row + 2, columnName: "casualty_nationality" });
    expect(error.problem).toContain("U+200D");
  });

  it("refuses a mission acronym in lower case beside the real one, naming both", () => {
    const first = lines.findIndex((line) => line.split(",")[columns.indexOf("mission_acronym")] === mission);
    const error = refusal(withCell(row, "mission_acronym", mission.toLowerCase()));
    expect(error.location).toMatchObject({ line: row + 2, value: mission.toLowerCase() });
    expect(error.problem).toContain(`"${mission}" on line ${Math.min(first, row) + 2}`);
  });

  it("refuses a nationality written in another Unicode form beside the usual one", () => {
    const at = lines.findIndex((line) => line.includes(",Côte dIvoire,"));
    const decomposed = "Côte dIvoire".normalize("NFD");
    const error = refusal(withCell(at + 1, "casualty_nationality", decomposed));
    expect(error.location.line).toBe(at + 3);
    expect(error.problem).toContain('"Côte dIvoire"');
  });

  it("refuses a casualty id repeated in another case instead of dropping or keeping it", () => {
    const id = lines[5].split(",")[columns.indexOf("casualty_id")];
    const repeated = lines[5].split(",");
    repeated[columns.indexOf("casualty_id")] = id.toLowerCase();
    repeated[0] = "99999";
    const error = refusal([header, ...lines, repeated.join(",")].join("\n") + "\n");
    expect(error.location).toMatchObject({ line: lines.length + 2, columnName: "casualty_id" });
    expect(error.problem).toContain(JSON.stringify(id));
  });

  it("refuses a 10,000-letter acronym in the validator, and shows only the start of it", () => {
    const error = refusal(withCell(row, "mission_acronym", "A".repeat(10_000)));
    expect(error.problem).toContain("longer than 20 letters");
    expect(error.message.length).toBeLessThan(400);
    expect(error.message).toContain("(10000 characters)");
  });
});

describe("hostile inputs: values no source can hold", () => {
  it.each([
    ["a death before the UN existed", "incident_date", "1944-06-06", "before 1945-10-24"],
    ["a casualty id of 100 characters", "casualty_id", "X".repeat(100), "longer than 64"],
  ])("refuses %s in the UN file", (_, name, value, problem) => {
    const error = refusal(withCell(1000, name, value));
    expect(error.location).toMatchObject({ line: 1002, columnName: name });
    expect(error.problem).toContain(problem);
  });

  const flights = readFileSync(join(curatedDir, "flights.csv"), "utf-8");
  const refuse = (text: string) => dataErrorOf("the damaged table", () => parseCuratedTable(text, flightsTable(TODAY), "flights.csv"));
  const sourceUrl = flights.split("\n")[4].match(/https?:\/\/[^,"]+/)![0];

  it("refuses a count of 20 digits rather than rounding it", () => {
    const error = refuse(flights.replace(",565,167,", ",565,16700000000000000000,"));
    expect(error.location).toMatchObject({ line: 5, columnName: "denied", value: "16700000000000000000" });
    expect(error.problem).toContain("beyond what this column can mean");
  });

  it("refuses a flight period in 2011, before anything the MINUSMA tables cover", () => {
    const start = flights.split("\n")[4].split(",")[0];
    const error = refuse(flights.replace(start, "2011-01-01"));
    expect(error.location).toMatchObject({ columnName: "period_start", value: "2011-01-01" });
    expect(error.problem).toContain("before 2012-01-01");
  });

  it("refuses a source address that carries a user name and password", () => {
    const withCredentials = sourceUrl.replace("://", "://editor:secret@");
    const error = refuse(flights.replace(sourceUrl, withCredentials));
    expect(error.location).toMatchObject({ columnName: "source_url" });
    expect(error.problem).toContain("user name or password");
  });

  /** A curated table with one cell changed, written back as CSV. */
  function curatedWithCell(table: string, row: number, name: string, value: string): string {
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(curatedDir, `${table}.csv`), "utf-8"), {
      header: true,
      skipEmptyLines: true,
    });
    data[row][name] = value;
    return Papa.unparse(data);
  }

  it("refuses an archive address that carries credentials", () => {
    const text = curatedWithCell("events", 0, "archive_url", "https://user:pw@web.archive.org/web/2023/https://example.org/");
    const error = dataErrorOf("credentials", () => parseCuratedTable(text, eventsTable(TODAY), "events.csv"));
    expect(error.location).toMatchObject({ line: 2, columnName: "archive_url" });
    expect(error.problem).toContain("user name or password");
  });

  it("refuses a row whose key repeats an earlier one in another case, naming the earlier line", () => {
    const contingents = readFileSync(join(curatedDir, "contingents.csv"), "utf-8");
    const { data } = Papa.parse<Record<string, string>>(contingents, { header: true, skipEmptyLines: true });
    const text = Papa.unparse([...data, { ...data[0], country: data[0].country.toUpperCase() }]);
    const error = dataErrorOf("a second spelling", () => parseCuratedTable(text, contingentsTable(TODAY), "contingents.csv"));
    expect(error.location).toMatchObject({ line: data.length + 2, columnName: "country" });
    expect(error.problem).toContain("on line 2, spelled differently");
  });
});

describe("hostile inputs: line endings and what a refusal shows", () => {
  it("numbers lines right in a file with lone carriage returns", () => {
    const cr = withCell(1000, "incident_date", "2023-02-30").replaceAll("\n", "\r");
    const error = refusal(cr);
    expect(error.location.line).toBe(1002);
  });

  it("numbers lines right in a file with Windows line endings", () => {
    expect(refusal(withCell(1000, "incident_date", "2023-02-30").replaceAll("\n", "\r\n")).location.line).toBe(1002);
  });

  it("describes a file that is not the table without printing its content", () => {
    const systemFile = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
    const error = refusal(systemFile);
    expect(error.problem).toContain("names none of its columns");
    expect(error.message).not.toContain("root");
  });
});

describe("hostile inputs: a curated table that is something else", () => {
  const dir = mkdtempSync(join(tmpdir(), "curated-link-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a table linked to a system file without printing the file", () => {
    symlinkSync("/etc/passwd", join(dir, "flights.csv"));
    const error = dataErrorOf("a link to /etc/passwd", () => loadCuratedTable(flightsTable(TODAY), dir));
    expect(error.message).toContain("names none of its columns");
    expect(error.message).not.toContain("root");
  });

  it("shows a few characters around the first byte of a binary file, not its first line", () => {
    const binary = Buffer.concat([Buffer.from("\x7fELF"), Buffer.alloc(200, 0x41), Buffer.from([0xff, 0xfe]), Buffer.alloc(200, 0x42)]);
    const error = dataErrorOf("a binary file", () => decodeUtf8(binary, options));
    expect(error.location.value!.length).toBeLessThan(60);
    expect(error.location.value).toContain("\uFFFD");
  });
});
