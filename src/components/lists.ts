import type { EventRow } from "../../data-loaders/events.js";
import { formatDate } from "./format.js";
import { block, href, html, type Markup } from "./markup.js";

/*
 * The timeline and the source lists, as HTML blocks for the pages. What a curated cell holds is
 * escaped (src/components/markup.ts): markup in a note is shown as the text it is.
 */

export interface Cited {
  source_url: string;
  report?: string | null;
}

/** The host a source lives on, as a reader names it: without "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

/** A link to a source, labelled with what it opens (a report symbol and host, or the host). */
export function cite(url: string, label?: string | null): Markup {
  return html`<a href="${href(url)}" class="cite">${label || hostOf(url)}</a>`;
}

/** The distinct sources of a table's rows, numbered in order of first use. */
export function sourceList(rows: readonly Cited[]): Markup {
  const seen = new Set<string>();
  const items: Markup[] = [];
  for (const row of rows) {
    if (seen.has(row.source_url)) continue;
    seen.add(row.source_url);
    items.push(html`<li>${cite(row.source_url, row.report ? `${row.report} (${hostOf(row.source_url)})` : null)}</li>`);
  }
  return block(html`<ol class="source-list">${items}</ol>`);
}

/** The timeline: one item per event, with its date, category and source. */
export function timeline(events: readonly EventRow[]): Markup {
  // Dates may be months (YYYY-MM), which sort before the days of the same month as text.
  const items = [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(
      (event) => html`<li><time datetime="${event.date}">${formatDate(event.date)}</time> <span class="timeline-category">${event.category}</span> <span class="timeline-event">${event.event}</span> <a href="${href(event.source_url)}" class="timeline-source">${event.report ? `source: ${event.report}` : "source"}</a>${event.note ? html`<span class="timeline-note">${event.note}</span>` : ""}</li>\n`,
    );
  return block(html`<ol class="timeline">\n${items}</ol>`);
}
