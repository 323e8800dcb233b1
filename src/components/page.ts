/*
 * What a page template (src/**\/*.page.ts) receives and returns. Templates are rendered in Node,
 * at build time (scripts/pages.ts) or on request in `npm run dev`, and print Markdown that
 * Framework turns into the page; they compute nothing themselves but read their figures from the
 * context, which computes each thing once per process however many pages use it.
 */
import { loadCasualties, type CasualtiesResult } from "../../data-loaders/casualties.js";
import { loadCorrections, type CorrectionRow } from "../../data-loaders/corrections.js";
import type { EventRow } from "../../data-loaders/events.js";
import { loadTidyTables, type TidyTables } from "../../data-loaders/tidy-tables.js";
import { missionsFigures, type MissionsFigures } from "./figures/missions.js";
import { storyPagesFigures, type StoryPagesFigures } from "./figures/story.js";
import type { Markup } from "./markup.js";
import { assertReviewed, buildLedger, readReviewed, unreviewedChanges, type Change, type Ledger } from "./review.js";
import { reportPages, siteNav } from "./site-nav.js";

function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

export class PageContext {
  /**
   * `progress` hears how many rows of the UN file have been read, on a large file. `review`:
   * "enforce" (a build) stops on a moved value; "report" (`npm run dev`) hands the moved values
   * to `onMoved` and renders the pages with the new values, so that the analyst sees them.
   */
  constructor(
    private readonly options: {
      progress?: (rowsRead: number) => void;
      review?: "enforce" | "report";
      onMoved?: (changes: Change[]) => void;
    } = {},
  ) {}
  readonly casualties = once((): CasualtiesResult & { path: string } => loadCasualties({ progress: this.options.progress }));
  readonly tables = once((): TidyTables => loadTidyTables(this.casualties()));
  readonly events = once((): EventRow[] => this.tables().events.objects() as EventRow[]);
  readonly corrections = once((): CorrectionRow[] => loadCorrections());
  readonly story = once((): StoryPagesFigures => storyPagesFigures(this.tables()));
  readonly missions = once((): MissionsFigures => missionsFigures(this.tables()));
  readonly ledger = once((): Ledger => buildLedger(this.tables(), this.story()));
  /**
   * Throws, naming each value, if a claim or a story figure moved since it was reviewed: every
   * page is rendered only after this check, so nothing moved reaches a reader unreviewed.
   */
  readonly checkReviewed = once((): true => {
    if (this.options.review === "report") {
      const changes = unreviewedChanges(this.ledger(), readReviewed());
      if (changes.length) this.options.onMoved?.(changes);
    } else {
      assertReviewed(this.ledger());
    }
    return true;
  });
}

export interface Page {
  title: string;
  /** Framework's table of contents in the margin. */
  toc?: boolean;
  body: Markup;
}

export type PageTemplate = (context: PageContext, params: Record<string, string>) => Page;

/**
 * The Markdown of a page: front matter, the site's navigation, the body and the footer. The
 * navigation and footer are part of the page rather than Framework's `header` and `footer`
 * options, which Framework parses again for every page (36 ms a page, measured on 81 pages).
 */
export function pageMarkdown(path: string, page: Page): string {
  return `---
title: ${JSON.stringify(page.title)}
toc: ${page.toc ?? false}
---

${siteNav(reportPages, path)}

${page.body.source.trim()}

<footer class="report-footer">Data: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES), and tables curated by this project from published sources. Built with <a href="https://observablehq.com/framework/">Observable Framework</a>.</footer>
`;
}
