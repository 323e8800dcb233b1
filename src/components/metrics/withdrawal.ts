/*
 * The withdrawal: the sites in the order they closed, the personnel who had left, and where the
 * mission stood year by year on the UN's deployment maps (Geo-PKO).
 */
import { startsWithVowelSound } from "../i18n/elision.js";
import { columnIn, columnsIn, curatedLanguage, textIn } from "../i18n/curated-text.js";
import { message } from "../i18n/messages.js";
import type { Locale } from "../i18n/editions.js";
import type { DatePrecision } from "../../../data-loaders/figure-fields.js";

import type { Deployment, DeploymentContributor } from "../../../data-loaders/geo-pko.js";
import { notCountries } from "../../../data-loaders/geo-pko.js";
import type { LocatedSite } from "../../../data-loaders/sites.js";
import type { EventRow } from "../../../data-loaders/events.js";
import type { WithdrawalRow } from "../../../data-loaders/withdrawal.js";
import { rowsOf, type RowsTable } from "../../../data-loaders/tidy-tables.js";

/** A site with its place in the order of closures (1 for the first); null where no date is known. */
export type SiteClosure = LocatedSite & { order: number | null };

/** The sites by closing date, those without one last; ties keep the table's order. */
export function siteClosures(sites: RowsTable<LocatedSite>): SiteClosure[] {
  const rows = rowsOf(sites);
  const dated = rows.filter((site) => site.closed !== null).sort((a, b) => a.closed!.localeCompare(b.closed!));
  return [
    ...dated.map((site, index) => ({ ...site, order: index + 1 })),
    ...rows.filter((site) => site.closed === null).map((site) => ({ ...site, order: null })),
  ];
}

/**
 * Each dated closing as an event of the timeline, with the site's own source: the sites table is
 * where a closing is recorded, so the timeline reads it there rather than from a second row. A
 * closing the events table already tells (an event of that day naming the site) is not repeated.
 */
export function siteClosureEvents(closures: SiteClosure[], told: readonly EventRow[] = []): EventRow[] {
  // The site's name without what the table adds in brackets: "Bamako (headquarters)" is Bamako.
  const name = (site: SiteClosure, locale: Locale) => textIn(site, "site", locale).replace(/ \(.*\)$/, "");
  return closures
    .filter((site) => site.closed !== null)
    .filter((site) => !told.some((event) => event.date === site.closed && event.event.includes(name(site, curatedLanguage))))
    .map((site) => ({
      id: `site-closed-${site.id}`,
      date: site.closed!,
      // The schema gives every closing date its precision; the timeline prints it with the date.
      date_precision: site.date_precision as DatePrecision,
      ...columnsIn("event", (locale) => {
        const handedTo = (site as Record<string, unknown>)[columnIn("handed_to", locale)];
        return message(locale, "timeline.siteClosed", {
          kind: site.kind === "camp" ? "camp" : "temporaryBase",
          site: name(site, locale),
          siteElides: startsWithVowelSound(name(site, locale)) ? "yes" : "no",
          handed: handedTo ? "yes" : "no",
          handedTo: typeof handedTo === "string" ? handedTo : "",
        });
      }),
      category: "withdrawal",
      report: site.report,
      source_url: site.source_url,
      source_title: site.source_title,
      source_kind: site.source_kind,
      archive_url: site.archive_url,
      note: site.note,
    }));
}

/** The published counts of all personnel who had left, by date. */
export function personnelLeft(withdrawal: RowsTable<WithdrawalRow>): WithdrawalRow[] {
  return rowsOf(withdrawal)
    .filter((row) => row.measure === "left" && row.component === "all")
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** All the personnel the withdrawal concerned, as first stated; null if no source gives it. */
export function personnelToLeave(withdrawal: RowsTable<WithdrawalRow>): WithdrawalRow | null {
  return rowsOf(withdrawal).find((row) => row.measure === "to leave" && row.component === "all") ?? null;
}

/** One place of a mission in one year on the deployment maps. */
export interface PlaceYear {
  location: string;
  year: number;
  estimated_troops: number | null;
  hq_level: number;
}

/** A mission's places year by year, from `from` to `to`. */
export function placesByYear(deployments: RowsTable<Deployment>, mission: string, from: number, to: number): PlaceYear[] {
  return rowsOf(deployments)
    .filter((row) => row.mission === mission && row.year >= from && row.year <= to)
    .map(({ location, year, estimated_troops, hq_level }) => ({ location, year, estimated_troops, hq_level }))
    .sort((a, b) => a.location.localeCompare(b.location) || a.year - b.year);
}

/** One contributing country in one year: at how many places the maps draw its units. */
export interface ContributorYear {
  country: string;
  year: number;
  places: number;
}

/** A mission's contributing countries year by year (units of several countries or the UN's own left out). */
export function contributorsByYear(
  contributors: RowsTable<DeploymentContributor>,
  mission: string,
  from: number,
  to: number,
): ContributorYear[] {
  const counts = new Map<string, ContributorYear>();
  for (const row of rowsOf(contributors)) {
    if (row.mission !== mission || row.year < from || row.year > to) continue;
    if ((notCountries as readonly string[]).includes(row.country)) continue;
    const key = `${row.country}|${row.year}`;
    const entry = counts.get(key) ?? { country: row.country, year: row.year, places: 0 };
    entry.places += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.country.localeCompare(b.country) || a.year - b.year);
}
