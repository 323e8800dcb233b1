import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCasualties, streamCasualties, type Casualty } from "../../data-loaders/casualties.js";
import { DataError } from "../../data-loaders/errors.js";
import { dataErrorOf, fixturesDir, readFixture } from "../helpers.js";

const parseFixture = (name: string) =>
  parseCasualties(readFixture("fatalities", name), { source: "fixture", file: name, today: "2026-01-01" });

const errorOf = (name: string) => dataErrorOf(name, () => parseFixture(name));

describe("parseCasualties on good rows", () => {
  const result = parseFixture("good.csv");
  const byId = new Map(result.rows.map((row) => [row.casualty_id, row]));

  it("keeps one row per person and counts the repeated casualty id", () => {
    expect(result.rowsRead).toBe(13);
    expect(result.rows).toHaveLength(12);
    expect(result.duplicatesDropped).toEqual([{ casualty_id: "FIXC-2004-09-00009", line: 11, firstLine: 10 }]);
    // Lines 4, 6 and 9 of the fixture: a damaged name, the UN's placeholder, a missing ISO code.
    expect(result.nationalitiesRepaired).toEqual({ "Côte dIvoire": 1, "ZZ [Undetermined]": 1, Türkiye: 1 });
    expect(byId.get("FIXC-2004-09-00009")?.nationality).toBe("Serbia and Montenegro");
  });

  it("writes the tidy columns in contract order", () => {
    expect(Object.keys(result.rows[0])).toEqual([
      "casualty_id",
      "date",
      "year",
      "mission",
      "personnel_type",
      "incident_type",
      "nationality",
      "iso3",
      "gender",
    ]);
    expect(result.rows[0]).toEqual({
      casualty_id: "FIXA-2013-08-00001",
      date: "2013-08-22",
      year: 2013,
      mission: "FIXA",
      personnel_type: "Military",
      incident_type: "Malicious Act",
      nationality: "Chad",
      iso3: "TCD",
      gender: "M",
    });
  });

  it("trims categories and repairs nationality names and ISO codes", () => {
    expect(byId.get("FIXA-2014-07-00004")?.personnel_type).toBe("Local");
    expect(byId.get("FIXA-2014-07-00004")?.gender).toBe("");
    expect(byId.get("FIXA-2014-02-00003")).toMatchObject({ nationality: "Côte d'Ivoire", iso3: "CIV" });
    expect(byId.get("FIXA-2014-07-00005")).toMatchObject({ nationality: "Undetermined", iso3: "" });
    expect(byId.get("FIXB-1999-05-00008")).toMatchObject({ nationality: "Türkiye", iso3: "TUR" });
  });

  it("reads a quoted cell holding a comma", () => {
    expect(byId.get("FIXA-2016-08-00013")?.nationality).toBe("Fixtureland, Republic of");
  });
});

describe("parseCasualties on bad rows", () => {
  it.each([
    // file, line, column number, column name, value, words of the problem
    ["bad-date.csv", 3, 2, "incident_date", "2014-02-30", "YYYY-MM-DD"],
    ["future-date.csv", 3, 2, "incident_date", "2099-01-01", "after today"],
    ["empty-casualty-id.csv", 3, 3, "casualty_id", "", "empty casualty id"],
    ["bad-mission.csv", 3, 4, "mission_acronym", "FIXA 2", "mission acronym"],
    ["not-a-fatality.csv", 3, 5, "type_of_casualty", "Injury", "fatalities only"],
    ["bad-gender.csv", 3, 6, "gender", "X", "gender must be"],
    ["unknown-personnel.csv", 3, 8, "casualty_personnel_type", "Contractor", "unknown personnel type"],
    ["unknown-incident.csv", 3, 9, "type_of_incident", "Friendly Fire", "unknown incident type"],
    ["bad-iso.csv", 3, 11, "isocode3", "td", "ISO 3166"],
  ])("%s stops at line %i, column %i (%s)", (file, line, column, columnName, value, problem) => {
    const error = errorOf(file);
    expect(error.location).toEqual({ source: "fixture", file, line, column, columnName, value });
    expect(error.problem).toContain(problem);
    expect(error.message).toContain(`[fixture] ${file}:${line}:${column} column "${columnName}" value ${JSON.stringify(value)}`);
  });

  it("stops on a row with too few fields, naming its line", () => {
    const error = errorOf("ragged-row.csv");
    expect(error.location.line).toBe(3);
    expect(error.problem).toMatch(/not valid CSV/);
  });

  it("stops on a missing column, naming it", () => {
    const error = errorOf("missing-column.csv");
    expect(error.location.line).toBe(1);
    expect(error.problem).toContain('required column "type_of_incident" is missing');
  });

  it("stops on a file with no rows", () => {
    expect(errorOf("header-only.csv").problem).toContain("no rows");
    expect(errorOf("empty.csv").problem).toContain("empty");
  });
});

describe("progress on a large file", () => {
  it("reports every 100,000 rows read", () => {
    const [header, ...rows] = readFixture("fatalities", "good.csv")
      .trimEnd()
      .split("\n")
      .filter((line) => !line.includes('"'));
    // 100,000 distinct rows: the fixture's first row with a new id each time.
    const cells = rows[0].split(",");
    const many = Array.from({ length: 200_001 }, (_, i) => [...cells.slice(0, 2), `FIXA-PROGRESS-${i}`, ...cells.slice(3)].join(","));
    const seen: number[] = [];
    parseCasualties([header, ...many].join("\n"), {
      source: "fixture",
      file: "many.csv",
      today: "2026-01-01",
      progress: (n) => seen.push(n),
    });
    expect(seen).toEqual([100_000, 200_000]);
  });
});

describe("streamCasualties: the same reading from a stream of bytes", () => {
  const fixtures = readdirSync(join(fixturesDir, "fatalities")).filter((name) => name.endsWith(".csv"));
  const options = (name: string) => ({ source: "fixture", file: name, today: "2026-01-01" });
  /** The fixture's bytes in pieces of `size`, cutting lines, quoted cells and characters anywhere. */
  async function* pieces(bytes: Buffer, size: number) {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const outcome = async (run: () => Promise<unknown> | unknown) => {
    try {
      return { value: await run() };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { error: error.message };
    }
  };

  it.each(fixtures.flatMap((name) => [1, 7, 4096].map((size) => [name, size] as const)))(
    "gives %s read in pieces of %i bytes the rows, counts or error of the whole text",
    async (name, size) => {
      const bytes = readFileSync(join(fixturesDir, "fatalities", name));
      const whole = await outcome(() => parseCasualties(bytes.toString("utf-8"), options(name)));
      const streamed = await outcome(async () => {
        const rows: Casualty[] = [];
        const { kept: _kept, ...counts } = await streamCasualties(pieces(bytes, size), options(name), (row) => rows.push(row));
        return { rows, ...counts };
      });
      expect(streamed).toEqual(whole);
    },
  );

  it("finds a byte that is not UTF-8 at its line when the stream cuts the file anywhere", async () => {
    const text = readFixture("fatalities", "good.csv");
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, text.indexOf("Côte"))),
      Buffer.from([0xe9]),
      Buffer.from(text.slice(text.indexOf("Côte"))),
    ]);
    const line = text.slice(0, text.indexOf("Côte")).split("\n").length;
    for (const size of [1, 5, 64]) {
      const error = await outcome(() => streamCasualties(pieces(bytes, size), options("latin1"), () => {}));
      expect(error, `pieces of ${size}`).toEqual({ error: expect.stringMatching(new RegExp(`latin1:${line} value .*not UTF-8`)) });
    }
  });
});
