import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contingentsTable } from "../../data-loaders/contingents.js";
import { loadCuratedTable, parseCuratedTable, type AnyCuratedSchema, type CuratedTableSpec } from "../../data-loaders/curated.js";
import { eventsTable } from "../../data-loaders/events.js";
import { flightsTable } from "../../data-loaders/flights.js";
import { otherMissionsTable } from "../../data-loaders/other-missions.js";
import { missionNamesFrTable } from "../../data-loaders/mission-names-fr.js";
import { locateSites, sitesTable, type SiteRow } from "../../data-loaders/sites.js";
import { tollStatementsTable } from "../../data-loaders/toll-statements.js";
import { operationCorrectionsTable } from "../../data-loaders/un-operations.js";
import { strengthTable } from "../../data-loaders/strength.js";
import { withdrawalTable } from "../../data-loaders/withdrawal.js";
import { dataErrorOf, readFixture } from "../helpers.js";

const TODAY = "2026-01-01";
const specs: Record<string, CuratedTableSpec<AnyCuratedSchema>> = {
  flights: flightsTable(TODAY),
  strength: strengthTable(TODAY),
  contingents: contingentsTable(TODAY),
  events: eventsTable(TODAY),
  sites: sitesTable(TODAY),
  withdrawal: withdrawalTable(TODAY),
  other_missions: otherMissionsTable(TODAY),
  operation_corrections: operationCorrectionsTable,
  toll_statements: tollStatementsTable(TODAY),
  mission_names_fr: missionNamesFrTable(),
};

/** The rows of a fixture, as records: each test reads the columns of its own table. */
function parseFixture(file: string): Record<string, unknown>[] {
  const table = file.split("-")[0];
  return parseCuratedTable(readFixture("curated", file), specs[table], file) as Record<string, unknown>[];
}

const errorOf = (file: string) => dataErrorOf(file, () => parseFixture(file));

describe("curated tables: good rows", () => {
  it("types the French names of missions, a French acronym optional and a title enough for a newspaper", () => {
    expect(parseFixture("mission_names_fr-good.csv")).toMatchObject([
      { acronym: "FIXA", acronym_fr: "FORFIX", article_fr: "la" },
      { acronym: "FIXB", acronym_fr: "ONUFIX", article_fr: "l’" },
      { acronym: "FIXC", acronym_fr: "", article_fr: "le", source_title: "Le Fixturien, juin 2023" },
      { acronym: "FIXD", acronym_fr: "Secrétariat du fix", article_fr: "le" },
      { acronym: "FIXE", acronym_fr: "OFIX", article_fr: "les" },
    ]);
  });

  it("types the flights, keeping an unreported request count as null", () => {
    const rows = parseFixture("flights-good.csv");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      period_start: "2023-01-01",
      period_end: "2023-03-31",
      date_precision: "day",
      report: "S/2023/999",
      category: "all flights",
      requested: 100,
      denied: 20,
      denied_counts: "refused or unanswered",
      stated_by: "a fixture source",
      stated_by_fr: "une source de test",
      source_url: "https://example.org/fixture-report",
      source_title: "",
      source_title_fr: "",
      source_kind: "press",
      archive_url: "",
      note: "Fixture row.",
    });
    expect(rows[1].requested).toBeNull();
    expect(rows[2].note).toBe("A note, with a comma.");
  });

  it("keeps a month-only date as the month", () => {
    const [, monthOnly, ceiling] = parseFixture("strength-good.csv");
    expect(monthOnly).toMatchObject({ date: "2013-09", deployed: 6010, authorized: null });
    expect(ceiling).toMatchObject({ date: "2016-06-29", deployed: null, authorized: 13289 });
  });

  it("reads contingents with and without a departure date", () => {
    const rows = parseFixture("contingents-good.csv");
    expect(rows.map((row) => [row.component, row.departed, row.departure_status])).toEqual([
      ["military", null, "planned"],
      ["police", "2023-01-05", "completed"],
      ["military", null, "planned"],
    ]);
  });

  it("keeps markup in a cell as the text it is", () => {
    const [, row] = parseFixture("events-good.csv");
    expect(row.event).toBe('<script>alert("fixture")</script> <b>bold</b> & more');
    expect(row.note).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("sites and their points", () => {
  const sites = parseFixture("sites-good.csv") as unknown as SiteRow[];
  const deployments = [
    { mission: "MINUSMA", year: 2014, location: "Gao", latitude: 16.27, longitude: -0.04 },
    { mission: "MINUSMA", year: 2015, location: "Gao", latitude: 16.3, longitude: -0.05 },
    { mission: "MINUSMA", year: 2014, location: "Ber", latitude: 16.83, longitude: -2.53 },
    { mission: "MINUSCA", year: 2014, location: "Bangui", latitude: 4.36, longitude: 18.56 },
  ].map((row) => ({
    ...row,
    country: "Mali",
    estimated_troops: 0,
    hq_level: 0,
    police: false,
    medical: false,
    aviation: false,
    observers: false,
    maps: 1,
  }));

  it("reads a closing date to the day or the month, its precision, and a site with none", () => {
    expect(sites.map((site) => [site.id, site.closed, site.date_precision])).toEqual([
      ["fixture-camp", "2023-08-13", "day"],
      ["fixture-base", "2023-08", "month"],
      ["fixture-open", null, ""],
    ]);
  });

  it("takes each site's point from the mission's first year at its place in Geo-PKO, and none for a site it does not map", () => {
    expect(locateSites(sites, deployments).map((site) => [site.id, site.latitude, site.longitude])).toEqual([
      ["fixture-camp", 16.27, -0.04],
      ["fixture-base", null, null],
      ["fixture-open", 16.83, -2.53],
    ]);
  });

  it("refuses a place Geo-PKO does not hold for the mission, naming the site and the places it does hold", () => {
    const wrong = sites.map((site) => (site.id === "fixture-camp" ? { ...site, geo_pko_location: "Bangui" } : site));
    expect(() => locateSites(wrong, deployments)).toThrow(
      'site fixture-camp: Geo-PKO has no MINUSMA place named "Bangui"; it has Ber, Gao',
    );
  });
});

describe("curated tables: the missions the UN's list leaves out", () => {
  it("keeps a town or an area, a date to the day, the month or the year, and whether the mission runs", () => {
    expect(parseFixture("other_missions-good.csv")).toMatchObject([
      { acronym: "FIXPOL", headquarters: "Fixtown", area: "", start_date: "2010-01-05", end_date: null, running: true },
      { acronym: "FIXOFF", headquarters: "", area: "Fixtureland", start_date: "2005", end_date: "2011-07-09", running: false },
      { acronym: "FIXSEC", kind: "not a mission", start_date: "1945-10-24", end_date: null, running: false },
    ]);
  });
});

describe("curated tables: the toll as stated at the time", () => {
  it("keeps the figure, its qualifier, what it counted and the precision of its date", () => {
    expect(parseFixture("toll_statements-good.csv")).toMatchObject([
      { id: "fix-2015", stated_on: "2015-05-29", date_precision: "day", figure: 36, qualifier: "exact", counted: "hostile acts" },
      { id: "fix-2018", stated_on: "2018-04-07", date_precision: "about", figure: 102, qualifier: "more than" },
      { id: "fix-2023", stated_on: "2023-12", date_precision: "month", figure: 310, counted: "all causes" },
    ]);
  });
});

describe("curated tables: a source cited by its title", () => {
  it("keeps a press report without an address, cited as a newspaper is", () => {
    const [, titled] = parseFixture("flights-cited-by-title.csv");
    expect(titled).toMatchObject({
      source_url: "",
      source_title: "Fixture Daily, March 2023",
      source_title_fr: "Quotidien de test, mars 2023",
      source_kind: "press",
    });
  });
});

describe("curated tables: bad rows stop with file, line, column and value", () => {
  it.each([
    ["flights-missing-source.csv", 11, "source_url", "", "missing source"],
    ["flights-primary-by-title.csv", 11, "source_url", "", 'only a source of kind "agency" or "press" may be cited by its title alone'],
    ["flights-not-a-url.csv", 11, "source_url", "example.org/x", "http(s)"],
    ["flights-bad-date.csv", 2, "period_end", "2023-04-31", "YYYY-MM-DD"],
    ["flights-denied-over-requested.csv", 6, "denied", "51", "more flights denied than requested (50)"],
    ["flights-negative-count.csv", 6, "denied", "-5", "whole number"],
    ["flights-non-numeric-count.csv", 5, "requested", "fifty", "whole number"],
    ["flights-unknown-category.csv", 4, "category", "cargo flights", "unknown flight category"],
    ["flights-duplicate-key.csv", 1, "period_start", "2023-01-01", "already given on line 2"],
    ["flights-end-before-start.csv", 2, "period_end", "2023-04-01", "ends before it starts"],
    ["flights-bad-symbol.csv", 10, "report", "S-2023-402", "UN document symbol"],
    ["strength-no-figure.csv", 4, "deployed", "", "neither a deployed nor an authorized figure"],
    ["strength-bad-month.csv", 1, "date", "2016-13", "YYYY-MM"],
    ["strength-bad-qualifier.csv", 6, "qualifier", "roughly", "qualifier must be"],
    ["contingents-departed-before-announced.csv", 7, "departed", "2023-01-01", "before its announcement"],
    ["contingents-completed-without-date.csv", 7, "departed", "", "needs its date"],
    ["contingents-bad-iso3.csv", 2, "iso3", "fx", "alpha-3"],
    ["events-unknown-category.csv", 6, "category", "weather", "unknown event category"],
    ["events-future-date.csv", 2, "date", "2099-01-01", "after today"],
    ["events-empty-event.csv", 4, "event", "", "empty event"],
    ["events-refused-source.csv", 8, "source_url", "https://docslib.org/doc/1/fixture", "docslib.org is a document mirror"],
    ["strength-primary-not-un.csv", 12, "source_kind", "primary", "not a UN or government site"],
    ["contingents-other-without-note.csv", 19, "note", "", "needs a note saying why"],
    ["flights-bad-archive.csv", 15, "archive_url", "https://example.org/copy", "not a web archive address"],
    ["sites-qualifier-without-date.csv", 7, "date_precision", "about", "a precision for a closing date that is not given"],
    ["sites-no-date-no-note.csv", 15, "note", "", "needs a note saying what was looked for"],
    ["sites-unknown-kind.csv", 4, "kind", "airfield", "unknown kind of site"],
    ["sites-bad-id.csv", 1, "id", "Fixture Camp Two", "not a site id"],
    ["withdrawal-unknown-measure.csv", 4, "measure", "arrived", 'measure must be "left" or "to leave"'],
    ["withdrawal-month-only.csv", 1, "date", "2023-09", "YYYY-MM-DD"],
    ["other_missions-running-with-end.csv", 7, "end_date", "2012-01-01", 'an end date for a mission marked running "yes"'],
    ["other_missions-no-place.csv", 4, "headquarters", "", "one of the two"],
    ["other_missions-end-before-start.csv", 7, "end_date", "2015-12-31", "ends before it starts (2016-01)"],
    ["operation_corrections-same-value.csv", 4, "corrected_value", "Fixtown", "nothing to correct"],
    ["operation_corrections-unknown-column.csv", 2, "column", "last_update", "not a column this table corrects"],
    [
      "toll_statements-about-a-month.csv",
      3,
      "date_precision",
      "about",
      '"about" for a statement date given as a month (2023-12): write "month"',
    ],
    ["flights-period-as-month.csv", 3, "date_precision", "month", 'date_precision must be "day", "about", "inferred"'],
    ["events-month-called-day.csv", 3, "date_precision", "day", '"day" for a date given as a month (2022-03): write "month"'],
    [
      "contingents-date-without-kind.csv",
      9,
      "departed_as",
      "",
      'say how the source gives the departure date: "date", "deadline" or "arrival"',
    ],
    ["contingents-deadline-completed.csv", 9, "departed_as", "deadline", "a deadline belongs to a planned departure, not a completed one"],
    ["contingents-arrival-planned.csv", 9, "departed_as", "arrival", "a homecoming belongs to a completed departure, not a planned one"],
    ["strength-no-qualifier.csv", 6, "qualifier", "", '("exact" where it put none)'],
    ["strength-no-stated-by.csv", 7, "stated_by", "", "empty stated_by"],
    ["withdrawal-no-precision.csv", 2, "date_precision", "", "date_precision must be one of"],
    ["contingents-day-called-month.csv", 8, "date_precision", "month", '"month" for a departure date given as a day'],
    [
      "contingents-suspended-status.csv",
      10,
      "departure_status",
      "cancelled",
      'departure_status must be one of "completed", "under way", "planned", "suspended"',
    ],
    ["toll_statements-unknown-count.csv", 6, "counted", "soldiers", "unknown count; known: all causes, hostile acts"],
    ["toll_statements-bad-qualifier.csv", 5, "qualifier", "roughly", "qualifier must be one of"],
    [
      "mission_names_fr-article-before-consonant.csv",
      4,
      "article_fr",
      "l’",
      "goes before an acronym that starts with a vowel, and only there (FORFIX)",
    ],
    ["mission_names_fr-acronym-as-word.csv", 2, "acronym_fr", "Forfix", "capital letters only"],
    [
      "events-republisher-as-press.csv",
      10,
      "source_kind",
      "press",
      'AllAfrica republishes other publishers\' reports: the kind is "republished"',
    ],
    ["events-republished-without-original.csv", 12, "note", "A fixture report.", "naming the original publisher"],
    [
      "events-tracking-url.csv",
      8,
      "source_url",
      "https://example.org/e?utm_source=feed&id=4",
      "cite the page's plain address, https://example.org/e?id=4",
    ],
  ])("%s: column %i (%s)", (file, column, columnName, value, problem) => {
    const error = errorOf(file);
    const table = file.split("-")[0];
    const line = readFixture("curated", file).trimEnd().split("\n").length;
    expect(error.location).toEqual({ source: `curated:${table}`, file, line, column, columnName, value });
    expect(error.problem).toContain(problem);
  });
});

describe("curated tables: a file that cannot be read", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "curated-unreadable-"));
    dirs.push(dir);
    return dir;
  };

  it("names the table and the path of a missing file, not a bare ENOENT", () => {
    const dir = folder();
    const error = dataErrorOf("missing", () => loadCuratedTable(flightsTable(TODAY), dir));
    expect(error.location.source).toBe("curated:flights");
    expect(error.location.file).toContain(join(dir, "flights.csv").replace(/^\//, ""));
    expect(error.problem).toBe("not found: there is no such file");
  });

  it("names a folder where the file should be, not a bare EISDIR", () => {
    const dir = folder();
    mkdirSync(join(dir, "flights.csv"));
    const error = dataErrorOf("a folder", () => loadCuratedTable(flightsTable(TODAY), dir));
    expect(error.message).toMatch(/^\[curated:flights\] .*flights\.csv: is a folder, where a file was expected$/);
  });
});
