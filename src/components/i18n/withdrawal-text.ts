/*
 * The words of the withdrawal page's charts, from each edition's catalogue (messages/<locale>.json),
 * as chart-text.ts gives them for the other pages.
 */
import { formatter } from "./format.js";
import { byEdition } from "./editions.js";
import { message } from "./messages.js";

/** The phases a site's closing falls in, as the map's and the closures chart's legends name them. */
export const phaseText = byEdition((locale) => ({
  first: message(locale, "chart.phase.first"),
  second: message(locale, "chart.phase.second"),
  open: message(locale, "chart.phase.open"),
}));

/** What a label writes for a site no source dates. */
export const noClosingDateText = byEdition((locale) => message(locale, "chart.sites.noDate"));

/** The words of sitesMap in each edition. */
export const sitesMapText = byEdition((locale) => ({
  title: (count: number) => message(locale, "chart.sitesMap.title", { count: formatter(locale).number(count) }),
  // One text at both widths: the page keeps the words around the plot once.
  subtitle: (unmapped: string[]) => message(locale, "chart.sitesMap.subtitle", { count: unmapped.length, unmapped: unmapped.join(", ") }),
  caption: message(locale, "chart.sitesMap.caption"),
  ariaLabel: message(locale, "chart.sitesMap.ariaLabel"),
  site: (name: string, closed: string | null) =>
    message(locale, "chart.sitesMap.site", { name, dated: closed === null ? "no" : "yes", closed: closed ?? "" }),
}));

/** The words of closuresChart in each edition. */
export const closuresText = byEdition((locale) => ({
  title: message(locale, "chart.closures.title"),
  /** The chart's point: how many sites closed, the first and the last as precisely as the sources date them. */
  subtitle: (count: number, first: string, last: string, open: string[]) =>
    message(locale, "chart.closures.subtitle", { count: String(count), first, last, openCount: open.length, open: open.join(", ") }),
  caption: message(locale, "chart.closures.caption"),
  ariaLabel: message(locale, "chart.closures.ariaLabel"),
  secondPhase: message(locale, "chart.closures.secondPhase"),
}));

/** The words of personnelLeftChart in each edition. */
export const personnelLeftText = byEdition((locale) => ({
  title: message(locale, "chart.personnelLeft.title"),
  /** The chart's point: the last count, with its date and qualifier as the source gave them. */
  point: (on: string, count: string) => message(locale, "chart.personnelLeft.point", { on, count }),
  subtitle: (toLeave: string | null) =>
    message(locale, "chart.personnelLeft.subtitle", { known: toLeave === null ? "no" : "yes", toLeave: toLeave ?? "" }),
  caption: message(locale, "chart.personnelLeft.caption"),
  ariaLabel: message(locale, "chart.personnelLeft.ariaLabel"),
  axis: message(locale, "chart.personnelLeft.axis"),
  toLeave: (count: string) => message(locale, "chart.personnelLeft.toLeave", { count }),
}));

/** The words of placesChart in each edition. */
export const placesText = byEdition((locale) => ({
  title: message(locale, "chart.places.title"),
  subtitle: (largest: { location: string; year: number; troops: string } | null) =>
    message(locale, "chart.places.subtitle", {
      known: largest ? "yes" : "no",
      location: largest?.location ?? "",
      year: largest ? String(largest.year) : "",
      troops: largest?.troops ?? "",
    }),
  caption: message(locale, "chart.places.caption"),
  ariaLabel: message(locale, "chart.places.ariaLabel"),
}));

/** The words of contributorsChart in each edition. */
export const contributorsText = byEdition((locale) => ({
  title: message(locale, "chart.contributors.title"),
  /** The chart's point: how many countries the maps show over which years, and how many had a contingent that left or was to leave. */
  point: (countries: number, years: string, leaving: number) =>
    message(locale, "chart.contributors.point", {
      countries,
      countriesWritten: formatter(locale).number(countries),
      years,
      leaving,
      leavingWritten: formatter(locale).cardinal(leaving),
    }),
  subtitle: message(locale, "chart.contributors.subtitle"),
  caption: message(locale, "chart.contributors.caption"),
  ariaLabel: message(locale, "chart.contributors.ariaLabel"),
  leaving: message(locale, "chart.contributors.leaving"),
  places: (count: number) => message(locale, "chart.contributors.places", { count }),
}));
