/*
 * The events written on the story's year charts, the way a graphics desk annotates: a few words
 * each, chosen here; their years read from the events table by id, so a date is kept in one place.
 */
import type { EventRow } from "../../../data-loaders/events.js";
import type { YearAnnotation } from "./year-annotations.js";
import type { Locale } from "../i18n/format.js";
import { byEdition } from "../i18n/editions.js";
import { message } from "../i18n/messages.js";
import type { PageContext } from "../render/page.js";

/** The events that explain the mission's last years: the coups, Barkhane's exit, Mali's request; in each edition's words. */
export const storyEvents: Record<Locale, Record<string, string>> = byEdition((locale) => ({
  "coup-2020": message(locale, "annotation.coup2020"),
  "coup-2021": message(locale, "annotation.coup2021"),
  "barkhane-leaves-mali": message(locale, "annotation.barkhaneLeaves"),
  "withdrawal-requested": message(locale, "annotation.withdrawalRequested"),
}));

/** The annotations of the story's events from a list of events; an id the list lacks is an error. */
export function yearAnnotations(events: readonly EventRow[], labels: Record<string, string> = storyEvents.en): YearAnnotation[] {
  return Object.entries(labels).map(([id, label]) => {
    const event = events.find((row) => row.id === id);
    if (!event) throw new Error(`a chart marks the event "${id}", which the events table does not have`);
    return { year: Number(event.date.slice(0, 4)), label };
  });
}

/**
 * The story's annotations, or none when the events table cannot be read: the timeline shows that
 * table's error (and the build stops on it), while the charts stay, unmarked.
 */
export function storyAnnotations(context: Pick<PageContext, "events">, locale: Locale = "en"): YearAnnotation[] {
  let events: EventRow[];
  try {
    events = context.events();
  } catch {
    return [];
  }
  return yearAnnotations(events, storyEvents[locale]);
}
