/**
 * The withdrawal's metrics on fixtures (tests/fixtures/curated/sites-good.csv,
 * withdrawal-good.csv, tests/fixtures/geo-pko/): the order of closures, the timeline's events,
 * the counts of personnel who had left, and Geo-PKO's places and contributors by year.
 */
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { EventRow } from "../../../data-loaders/events.js";
import {
  contributorsByYear,
  personnelLeft,
  personnelToLeave,
  placesByYear,
  siteClosureEvents,
} from "../../../src/components/metrics/withdrawal.js";
import { fixtureWithdrawalTables } from "../../helpers.js";

const TODAY = "2026-01-01";
const { deployments, contributors, closures, withdrawal } = fixtureWithdrawalTables(TODAY);

describe("the withdrawal's metrics", () => {
  it("orders the sites by closing date, a month before the days that follow it, and those without a date last", () => {
    expect(closures.map((site) => [site.order, site.id])).toEqual([
      [1, "fixture-base"],
      [2, "fixture-camp"],
      [null, "fixture-open"],
    ]);
  });

  it("makes each dated closing an event of the timeline, in both editions' words, with the site's own source", () => {
    expect(siteClosureEvents(closures)).toEqual([
      expect.objectContaining({
        id: "site-closed-fixture-base",
        date: "2023-08",
        event: "MINUSMA gives up its temporary base at Fixture Base.",
        event_fr: "La MINUSMA quitte sa base temporaire de Fixture Base FR.",
        category: "withdrawal",
        source_url: "https://example.org/fixture/base",
      }),
      expect.objectContaining({
        id: "site-closed-fixture-camp",
        date: "2023-08-13",
        event: "MINUSMA gives up its camp at Fixture Camp, handed over to the Fixtureland authorities.",
        event_fr: "La MINUSMA quitte son camp de Fixture Camp FR, remis à the Fixtureland authorities.",
        source_url: "https://example.org/fixture/closing",
      }),
    ]);
  });

  it("gives each closing event its date's precision, which the timeline prints with the date", () => {
    const camp = closures.find((site) => site.id === "fixture-camp")!;
    for (const date_precision of ["about", "inferred", "day"] as const) {
      const [event] = siteClosureEvents([{ ...camp, date_precision }]);
      expect(event.date_precision).toBe(date_precision);
      expect(event.event).not.toContain("about");
    }
  });

  it("does not repeat a closing the events table already tells on that day", () => {
    const told = [
      { id: "camp-left", date: "2023-08-13", event: "The last convoy leaves Fixture Camp.", category: "withdrawal" },
    ] as EventRow[];
    expect(siteClosureEvents(closures, told).map((event) => event.id)).toEqual(["site-closed-fixture-base"]);
  });

  it("keeps the counts of all personnel who had left, in date order, and the total to leave apart", () => {
    expect(personnelLeft(withdrawal).map((row) => [row.date, row.personnel, row.qualifier])).toEqual([["2023-11-18", 8817, "more than"]]);
    expect(personnelToLeave(withdrawal)?.personnel).toBe(13871);
  });

  it("reads a mission's places by year within the years asked for", () => {
    expect(placesByYear(aq.from(deployments), "MINUSMA", 2014, 2022)).toEqual([
      { location: "Ber", year: 2022, estimated_troops: 150, hq_level: 0 },
      { location: "Gao", year: 2022, estimated_troops: 1200, hq_level: 2 },
    ]);
  });

  it("counts each country's places by year, leaving out units that are not a country's", () => {
    const rows = aq.from([
      ...contributors,
      { mission: "MINUSMA", year: 2022, location: "Gao", country: "Multinational", largest_unit: 150 },
      { mission: "MINUSMA", year: 2022, location: "Ber", country: "Germany", largest_unit: null },
    ]);
    expect(contributorsByYear(rows, "MINUSMA", 2014, 2023)).toEqual([
      { country: "Bangladesh", year: 2022, places: 1 },
      { country: "Burkina Faso", year: 2022, places: 1 },
      { country: "Germany", year: 2022, places: 2 },
      { country: "United Kingdom", year: 2022, places: 1 },
    ]);
  });
});
