import type { EventRow } from "../../data-loaders/events.js";
import { formatDate } from "./dates.js";

/*
 * Lists built with DOM calls and textContent only: a curated cell holding markup is shown as
 * the text it is and never parsed as HTML.
 */

export interface Cited {
  source_url: string;
  report?: string | null;
}

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function link(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = element(doc, "a", text);
  a.href = href;
  return a;
}

/** The host a source lives on, as a reader names it: without "www.". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}

function sourceLabel({ source_url, report }: Cited): string {
  const host = hostOf(source_url);
  return report ? `${report} (${host})` : host;
}

/** The distinct sources of a table's rows, numbered in order of first use. */
export function sourceList(rows: Cited[], { document: doc = globalThis.document }: { document?: Document } = {}): HTMLOListElement {
  const list = element(doc, "ol", undefined, "source-list");
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.source_url)) continue;
    seen.add(row.source_url);
    const item = element(doc, "li");
    item.append(link(doc, row.source_url, sourceLabel(row)));
    list.append(item);
  }
  return list;
}

/** The timeline: one item per event, with its date, category and source. */
export function timeline(events: EventRow[], { document: doc = globalThis.document }: { document?: Document } = {}): HTMLOListElement {
  const list = element(doc, "ol", undefined, "timeline");
  // Dates may be months (YYYY-MM), which sort before the days of the same month as text.
  for (const event of [...events].sort((a, b) => a.date.localeCompare(b.date))) {
    const item = element(doc, "li");
    const time = element(doc, "time", formatDate(event.date));
    time.setAttribute("datetime", event.date);
    const category = element(doc, "span", event.category, "timeline-category");
    const text = element(doc, "span", event.event, "timeline-event");
    const source = link(doc, event.source_url, event.report ? `source: ${event.report}` : "source");
    source.className = "timeline-source";
    item.append(time, " ", category, " ", text, " ", source);
    if (event.note) item.append(element(doc, "span", event.note, "timeline-note"));
    list.append(item);
  }
  return list;
}
