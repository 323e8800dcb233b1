import { describe, expect, it } from "vitest";
import { contingentsTable } from "../../../data-loaders/contingents.js";
import { flightsTable } from "../../../data-loaders/flights.js";
import { strengthTable, type StrengthRow } from "../../../data-loaders/strength.js";
import { flightRefusals } from "../../../src/components/metrics/flights.js";
import * as aq from "arquero";
import type { ContingentRow } from "../../../data-loaders/contingents.js";
import {
  countsAgainstCeilings,
  departingContingents,
  departureTotals,
  deployedAt,
  latestCeilings,
} from "../../../src/components/metrics/force.js";
import { contingentsCsvOptions, flightsCsvOptions, strengthCsvOptions } from "../../../src/components/client/csv-options.js";
import { fixtureCuratedTable } from "../../helpers.js";

// Expected values worked out by hand from tests/fixtures/curated/*-good.csv.
const TODAY = "2026-01-01";
const flights = fixtureCuratedTable("flights-good.csv", flightsTable(TODAY), flightsCsvOptions);
const strength = fixtureCuratedTable("strength-good.csv", strengthTable(TODAY), strengthCsvOptions);
const contingents = fixtureCuratedTable("contingents-good.csv", contingentsTable(TODAY), contingentsCsvOptions);

describe("flightRefusals", () => {
  it("gives each period its refusals, the share refused and the drone refusals", () => {
    expect(flightRefusals(flights)).toEqual([
      {
        period_start: "2023-01-01",
        period_end: "2023-03-31",
        date_precision: "day",
        report: "S/2023/999",
        requested: 100,
        denied: 20,
        denied_counts: "refused or unanswered",
        stated_by: "a fixture source",
        stated_by_fr: "une source de test",
        share: 0.2,
        drone_denied: 15,
        source_url: "https://example.org/fixture-report",
        source_title: "",
        source_title_fr: "",
        source_kind: "press",
        drone_source_url: "https://example.org/fixture-report",
        drone_source_kind: "other",
      },
      {
        period_start: "2023-04-01",
        period_end: "2023-05-15",
        date_precision: "day",
        report: null,
        requested: 50,
        denied: 50,
        denied_counts: "refused or unanswered",
        stated_by: "a fixture source",
        stated_by_fr: "une source de test",
        share: 1,
        drone_denied: null,
        source_url: "https://example.org/fixture-news",
        source_title: "",
        source_title_fr: "",
        source_kind: "press",
        drone_source_url: null,
        drone_source_kind: null,
      },
    ]);
  });
});

describe("departing contingents", () => {
  const departing = departingContingents(contingents);

  it("keeps the first listed source where two disagree on a contingent", () => {
    expect(departing.map((row) => [row.component, row.personnel])).toEqual([
      ["military", 300],
      ["police", 40],
    ]);
  });

  it("adds up personnel by component, and a sum of 'about' figures is about", () => {
    expect(departureTotals(departing)).toEqual({
      military: 300,
      police: 40,
      all: 340,
      qualifier: "about",
      militaryQualifier: "about",
      policeQualifier: "exact",
      contingents: 2,
    });
  });

  it("says of a sum where a rough size meets a floor that it is about its figure or more, per component and in all", () => {
    const rows = contingents.objects() as ContingentRow[];
    const floor = { ...rows[0], country: "Fixtonia", iso3: "FXN", personnel: 600, qualifier: "more than" };
    const totals = departureTotals(departingContingents(aq.from([...rows, floor])));
    expect(totals).toMatchObject({
      military: 900,
      qualifier: "about or more",
      militaryQualifier: "about or more",
      policeQualifier: "exact",
    });
  });

  it("lets a completed departure stand for its contingent over a planned one listed before it", () => {
    const rows = contingents.objects() as ContingentRow[];
    const completedLater = {
      ...rows[0],
      personnel: 223,
      qualifier: "exact",
      departed: "2023-12-11",
      date_precision: "day",
      departure_status: "completed",
    };
    const chosen = departingContingents(aq.from([...rows, completedLater]));
    expect(chosen.map((row) => [row.component, row.personnel, row.departure_status])).toEqual([
      ["military", 223, "completed"],
      ["police", 40, "completed"],
    ]);
    expect(departureTotals(chosen).qualifier).toBe("exact");
  });
});

describe("strength", () => {
  it("sets each count of soldiers and police against the ceiling in force on its date, leaving out counts before any ceiling", () => {
    const rows = strength.objects() as StrengthRow[];
    // The fixture's one military count, 12,000 on 1 January 2018, under the 13,289 set in 2016; the total of 2013 has no ceiling.
    expect(countsAgainstCeilings(rows)).toEqual({ counts: 1, belowCeiling: 1, floors: 0 });
    const above = { ...rows[3], date: "2016-07", deployed: 13300, authorized: null };
    const early = { ...rows[3], date: "2013-01-01", deployed: 100, authorized: null };
    expect(countsAgainstCeilings([...rows, above, early])).toEqual({ counts: 2, belowCeiling: 1, floors: 0 });
  });

  it("sets soldiers and police together against both ceilings, and counts a floor under a ceiling apart", () => {
    const rows = strength.objects() as StrengthRow[];
    const police = { ...rows[3], component: "police" as const, date: "2016-06-29", deployed: null, authorized: 1920 };
    const together = { ...rows[3], component: "uniformed" as const, date: "2018-02", deployed: 14000, authorized: null };
    const floor = { ...rows[3], date: "2018-03", deployed: 12500, qualifier: "more than" as const, authorized: null };
    const roughlyAt = { ...rows[3], date: "2018-04", deployed: 13000, qualifier: "about" as const, authorized: null };
    // 14,000 against 13,289 + 1,920; "more than 12,500" cannot show it; "about 13,000" is within 5% of 13,289.
    expect(countsAgainstCeilings([...rows, police, together, floor, roughlyAt])).toEqual({ counts: 4, belowCeiling: 2, floors: 1 });
  });

  it("finds the deployed figure for a component and a date", () => {
    expect(deployedAt(strength, "total", "2013-09")?.deployed).toBe(6010);
    expect(deployedAt(strength, "military", "2016-06-29")).toBeUndefined();
  });

  it("finds the latest ceiling and the first date a source gave it", () => {
    const [military] = latestCeilings(strength);
    expect(military.component).toBe("military");
    expect(military.authorized).toBe(13289);
    expect(military.since.date).toBe("2016-06-29");
    expect(military.latest.date).toBe("2018-01-01");
  });
});
