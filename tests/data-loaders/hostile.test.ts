/**
 * Damaged inputs, made from the real UN file and the real curated tables: each is either refused
 * with a message naming the source, file, line, column and value, or accepted because the change
 * is harmless, in which case the rows must be exactly those of the undamaged file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
import { loadGeoPko, parseDeploymentContributors, parseDeployments } from "../../data-loaders/geo-pko.js";
import { strengthTable } from "../../data-loaders/strength.js";
import { withdrawalTable } from "../../data-loaders/withdrawal.js";
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
    expect(result.duplicatesDropped.at(-1)).toEqual({ casualty_id: lines[5].split(",")[2], line: lines.length + 2, firstLine: 7 });
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
  const sourceUrl = flights.split("\n")[1].match(/https?:\/\/[^,"]+/)![0];

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

describe("[implausible data] numbers no source can state together", () => {
  const withdrawal = readFileSync(join(curatedDir, "withdrawal.csv"), "utf-8");
  const strength = readFileSync(join(curatedDir, "strength.csv"), "utf-8");
  const refuseWithdrawal = (text: string) =>
    dataErrorOf("the damaged withdrawal", () => parseCuratedTable(text, withdrawalTable(TODAY), "withdrawal.csv"));
  const lineOf = (text: string, start: string) => text.split("\n").findIndex((line) => line.startsWith(start)) + 1;

  it("refuses a running count that goes down, at the later cell, naming the earlier row", () => {
    const damaged = withdrawal.replace("2023-11-18,day,all,left,8817,", "2023-11-18,day,all,left,50,");
    const error = refuseWithdrawal(damaged);
    expect(error.location).toMatchObject({ line: lineOf(damaged, "2023-11-18,day,all,left,50"), columnName: "personnel", value: "50" });
    expect(error.problem).toBe(
      `50 personnel had left by 2023-11-18, fewer than the 5,802 by 2023-10-24 (line ${lineOf(withdrawal, "2023-10-24,day,all,left")}): a running count never goes down`,
    );
  });

  it("refuses a part larger than its whole (police 59,600 of 3,367), and parts that add up to more", () => {
    const police = refuseWithdrawal(withdrawal.replace("2023-09-27,about,police,left,596,", "2023-09-27,about,police,left,59600,"));
    expect(police.location).toMatchObject({ columnName: "personnel", value: "59600" });
    expect(police.problem).toContain("59,600 police personnel who had left, more than the 3,367 personnel who had left by that date");
    const sum = refuseWithdrawal(withdrawal.replace("2023-09-27,about,civilian,left,91,", "2023-09-27,about,civilian,left,92,"));
    expect(sum.problem).toContain("make 3,368, more than the 3,367");
    const deployed = dataErrorOf("the damaged strength", () =>
      parseCuratedTable(
        strength.replace("2013-09,month,military,5201,", "2013-09,month,military,8201,"),
        strengthTable(TODAY),
        "strength.csv",
      ),
    );
    expect(deployed.problem).toContain("8,201 military deployed, more than the 6,010 uniformed deployed that date");
  });

  it("accepts the real tables, where sources of one date disagree and a later figure is only about", () => {
    expect(parseCuratedTable(withdrawal, withdrawalTable(TODAY), "withdrawal.csv").length).toBeGreaterThan(5);
    expect(parseCuratedTable(strength, strengthTable(TODAY), "strength.csv").length).toBeGreaterThan(10);
  });
});

describe("[implausible data] a curated table far larger than one written by hand", () => {
  const dir = mkdtempSync(join(tmpdir(), "curated-large-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is refused before it is read, with its size and the limit", () => {
    const events = readFileSync(join(curatedDir, "events.csv"), "utf-8");
    const [head, ...rows] = events.trimEnd().split("\n");
    writeFileSync(join(dir, "events.csv"), [head, ...Array.from({ length: 300 }, () => rows).flat()].join("\n"));
    const error = dataErrorOf("a 2 MB timeline", () => loadCuratedTable(eventsTable(TODAY), dir));
    expect(error.message).toMatch(/^\[curated:events\] .*events\.csv: the file is [\d.]+ MB, more than the 1 MB a curated table may hold/);
  });
});

describe("[implausible data] names and places", () => {
  it("refuses a mission acronym that is the name of another page (INDEX)", () => {
    const row = lines.findIndex((line) => line.split(",")[columns.indexOf("mission_acronym")] === "UNTSO");
    const error = refusal(withCell(row, "mission_acronym", "INDEX"));
    expect(error.location).toMatchObject({ line: row + 2, columnName: "mission_acronym", value: "INDEX" });
    expect(error.problem).toContain("the name of another page of the site (missions/index)");
  });

  it("names the row an id repeats in another case", () => {
    const id = lines[5].split(",")[columns.indexOf("casualty_id")];
    const repeated = lines[5].split(",");
    repeated[columns.indexOf("casualty_id")] = id.toLowerCase();
    expect(refusal([header, ...lines, repeated.join(",")].join("\n") + "\n").problem).toContain(`${JSON.stringify(id)} on line 7`);
  });

  const front = readFileSync(resolveUpstream(sources.geoPkoFront).path, "utf-8").split("\n");
  const frontHeader = front[0].split(",");
  const swapped = (row: number) => {
    const cells = front[row].split(",");
    const [lat, lon] = [frontHeader.indexOf("latitude"), frontHeader.indexOf("longitude")];
    [cells[lat], cells[lon]] = [cells[lon], cells[lat]];
    return front.map((line, i) => (i === row ? cells.join(",") : line)).join("\n");
  };

  it("refuses a Geo-PKO place with its latitude and longitude swapped, saying so", () => {
    const row = front.findIndex((line) => line.startsWith("MINUSMA,"));
    const error = dataErrorOf("a swapped point", () =>
      parseDeployments(swapped(row), { source: "geo-pko-front", file: "front.csv", today: TODAY }),
    );
    expect(error.location).toMatchObject({ line: row + 1, columnName: "latitude" });
    expect(error.problem).toMatch(/km outside Mali, where this place is; latitude and longitude look swapped$/);
  });

  it("refuses a contributors' place that lies outside the country FrontMap gives it", () => {
    const { deployments } = loadGeoPko(TODAY);
    const tcc = readFileSync(resolveUpstream(sources.geoPkoContributors).path, "utf-8").split("\n");
    const tccHeader = tcc[0].split(",");
    const row = tcc.findIndex((line) => line.startsWith("MINUSMA,"));
    const cells = tcc[row].split(",");
    cells[tccHeader.indexOf("latitude")] = "-16.5";
    const damaged = tcc.map((line, i) => (i === row ? cells.join(",") : line)).join("\n");
    const error = dataErrorOf("a moved place", () =>
      parseDeploymentContributors(damaged, { source: "geo-pko-tcc", file: "tcc.csv", today: TODAY, deployments }),
    );
    expect(error.location).toMatchObject({ line: row + 1, columnName: "latitude", value: "-16.5" });
    expect(error.problem).toContain("km outside Mali");
  });
});
