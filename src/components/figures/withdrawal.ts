/*
 * The withdrawal page's figures (src/withdrawal.page.ts): the thirteen sites and the order they
 * closed, the personnel who had left, and where the mission stood on the UN's deployment maps
 * year by year, with the contributing countries.
 */
import { z } from "zod";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import { departingContingents, leavingContingents } from "../metrics/force.js";
import {
  contributorsByYear,
  personnelLeft,
  personnelToLeave,
  placesByYear,
  siteClosures,
  type ContributorYear,
  type PlaceYear,
  type SiteClosure,
} from "../metrics/withdrawal.js";
import type { WithdrawalRow } from "../../../data-loaders/withdrawal.js";
import { datePrecisions, figureQualifiers } from "../../../data-loaders/figure-fields.js";
import { checkFigures, count, isoDate, isoDay, url } from "./schema.js";
import { editionFields, editionValues } from "../../../data-loaders/edition-columns.js";

export const MISSION = "MINUSMA";
/** The years the maps cover the mission in full: 2014, the first, to 2023, the last before liquidation. */
export const MAP_YEARS = { from: 2014, to: 2023 } as const;

const closure = z.object({
  ...editionFields("site", z.string().min(1)),
  closed: isoDate,
  date_precision: z.enum(["", ...datePrecisions]),
  source_url: url,
});
const statedCount = z.object({
  date: isoDay,
  personnel: count,
  qualifier: z.enum(figureQualifiers),
  date_precision: z.enum(datePrecisions),
  ...editionFields("stated_by", z.string().min(1)),
  source_url: url,
});

const siteClosure = z.custom<SiteClosure>((row) => typeof row === "object" && row !== null && "site" in row);
const withdrawalRow = z.custom<WithdrawalRow>((row) => typeof row === "object" && row !== null && "measure" in row);
const placeYear = z.object({
  location: z.string().min(1),
  year: count,
  estimated_troops: count.nullable(),
  hq_level: count,
}) satisfies z.ZodType<PlaceYear>;
const contributorYear = z.object({ country: z.string().min(1), year: count, places: count.min(1) }) satisfies z.ZodType<ContributorYear>;

export const withdrawalFiguresSchema = z.object({
  mission: z.string(),
  sites: z.object({
    total: count,
    camps: count,
    mapped: count,
    closedIn2023: count,
    first: closure,
    last: closure,
  }),
  left: z.object({ latest: statedCount, toLeave: statedCount.nullable() }),
  maps: z.object({
    from: count,
    to: count,
    placesFirst: count,
    placesLast: count,
    countriesFirst: count,
    countriesLast: count,
    /** Countries that announced their contingent's departure (contingents table), and how many the last year's maps still draw. */
    departing: count,
    departingDrawnLast: count,
  }),
  /** The countries that announced their contingent's departure, as the shrinking-force page lists them. */
  departing: z.array(z.string().min(1)),
  closures: z.array(siteClosure),
  leftSeries: z.array(withdrawalRow),
  places: z.array(placeYear),
  contributors: z.array(contributorYear),
});

export type WithdrawalFigures = z.infer<typeof withdrawalFiguresSchema>;

/** The countries with a contingent that left or was to leave: a suspension alone does not mark a country. */
const departingCountries = (contingents: TidyTables["contingents"]) => [
  ...new Set(leavingContingents(departingContingents(contingents)).map((row) => row.country)),
];

const closureOf = (site: SiteClosure | undefined) =>
  site && {
    ...editionValues(site, "site"),
    closed: site.closed,
    date_precision: site.date_precision,
    source_url: site.source_url,
  };
const statedOf = (row: WithdrawalRow | null | undefined) =>
  row
    ? {
        date: row.date,
        personnel: row.personnel,
        qualifier: row.qualifier,
        date_precision: row.date_precision,
        ...editionValues(row, "stated_by"),
        source_url: row.source_url,
      }
    : null;

export function withdrawalFigures(
  tables: Pick<TidyTables, "sites" | "withdrawal" | "deployments" | "deploymentContributors" | "contingents">,
): WithdrawalFigures {
  const closures = siteClosures(tables.sites);
  const dated = closures.filter((site) => site.order !== null);
  const leftSeries = personnelLeft(tables.withdrawal);
  const places = placesByYear(tables.deployments, MISSION, MAP_YEARS.from, MAP_YEARS.to);
  const contributors = contributorsByYear(tables.deploymentContributors, MISSION, MAP_YEARS.from, MAP_YEARS.to);
  const inYear = <Row extends { year: number }>(rows: Row[], year: number) => rows.filter((row) => row.year === year);
  const departing = departingCountries(tables.contingents);
  const drawnLast = new Set(inYear(contributors, MAP_YEARS.to).map((row) => row.country));
  return checkFigures("withdrawal", withdrawalFiguresSchema, {
    mission: MISSION,
    sites: {
      total: closures.length,
      camps: closures.filter((site) => site.kind === "camp").length,
      mapped: closures.filter((site) => site.latitude !== null).length,
      closedIn2023: dated.filter((site) => site.closed!.startsWith("2023")).length,
      first: closureOf(dated[0]),
      last: closureOf(dated.at(-1)),
    },
    left: { latest: statedOf(leftSeries.at(-1)), toLeave: statedOf(personnelToLeave(tables.withdrawal)) },
    maps: {
      ...MAP_YEARS,
      placesFirst: inYear(places, MAP_YEARS.from).length,
      placesLast: inYear(places, MAP_YEARS.to).length,
      countriesFirst: inYear(contributors, MAP_YEARS.from).length,
      countriesLast: inYear(contributors, MAP_YEARS.to).length,
      departing: departing.length,
      departingDrawnLast: departing.filter((country) => drawnLast.has(country)).length,
    },
    departing,
    closures,
    leftSeries,
    places,
    contributors,
  });
}
