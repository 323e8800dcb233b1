/*
 * What a page template (src/**\/*.page.ts) receives and returns. Templates are rendered in Node,
 * at build time (scripts/build/pages.ts) or on request in `npm run dev`, and print Markdown that
 * Framework turns into the page; they compute nothing themselves but read their figures from the
 * context, which computes each thing once per process however many pages use it.
 */
import { loadCorrections, type CorrectionRow } from "../../../data-loaders/corrections.js";
import { loadOtherMissions } from "../../../data-loaders/other-missions.js";
import { loadMissionNamesFr } from "../../../data-loaders/mission-names-fr.js";
import { loadOperationCorrections } from "../../../data-loaders/un-operations.js";
import { siteClosureEvents, siteClosures } from "../metrics/withdrawal.js";
import type { EventRow } from "../../../data-loaders/events.js";
import { tidyCasualties, type CasualtiesLoad } from "../../../data-loaders/tidy-cache.js";
import { loadTidyTables, once, rowsOf, type TidyTables } from "../../../data-loaders/tidy-tables.js";
import { missionsFigures, type MissionsFigures } from "../figures/missions.js";
import { nationalityCodes } from "../i18n/countries.js";
import { storyPagesFigures, type StoryPagesFigures } from "../figures/story.js";
import { block, html, type Markup } from "./markup.js";
import { ChartError, PartError, problemOf, type Problem } from "./problems.js";
import { assertReviewed, buildLedger, readReviewed, unreviewedChanges, type Change, type Ledger } from "./review.js";
import { editionOf, type Locale } from "../i18n/editions.js";
import { siteNav } from "./site-nav.js";
import { message } from "../i18n/messages.js";
import { typesetMarkdown, typesetText } from "../i18n/typography.js";

export class PageContext {
  /**
   * `progress` hears how many rows of the UN file have been read, on a large file. `mode`:
   * "build" stops on a moved value and on any part that fails, naming it; "preview" (`npm run
   * dev`) hands the moved values to `onMoved` and renders the pages with the new values, and
   * shows a part that fails as its error, in place, handing the problem to `onProblem`: the rest
   * of the page still renders.
   */
  constructor(
    private readonly options: {
      progress?: (rowsRead: number) => void;
      mode?: "build" | "preview";
      onMoved?: (changes: Change[]) => void;
      onProblem?: (problem: Problem) => void;
    } = {},
  ) {}
  /** The page being rendered, for the problems it reports. */
  page?: string;
  private loaded?: { casualties: CasualtiesLoad } | { error: unknown };
  /**
   * Reads the UN file's table (once per build: data-loaders/tidy-cache.ts); call before rendering.
   * A failure is kept and thrown by whatever uses the table, so that in the preview only the
   * parts that need it show the error.
   */
  async prepare(): Promise<this> {
    try {
      this.loaded ??= { casualties: await tidyCasualties({ progress: this.options.progress }) };
    } catch (error) {
      this.loaded = { error };
    }
    return this;
  }
  readonly casualties = once((): CasualtiesLoad => {
    if (!this.loaded) throw new Error("PageContext.prepare() must be awaited before a page reads the tables");
    if ("error" in this.loaded) throw this.loaded.error;
    return this.loaded.casualties;
  });
  readonly tables = once((): TidyTables => loadTidyTables(this.casualties()));
  /** The timeline: the events table and the closing of each site of the withdrawal. */
  readonly events = once((): EventRow[] => {
    const told = rowsOf(this.tables().events);
    return [...told, ...siteClosureEvents(siteClosures(this.tables().sites), told)];
  });
  readonly corrections = once((): CorrectionRow[] => loadCorrections());
  /** The curated rows behind the mission reference, for the methodology page's count of sources. */
  readonly referenceCuration = once(() => ({
    other_missions: loadOtherMissions(),
    operation_corrections: loadOperationCorrections(),
    mission_names_fr: loadMissionNamesFr(),
  }));
  readonly story = once((): StoryPagesFigures => storyPagesFigures(this.tables()));
  /** Each nationality of the UN file with its ISO code, by which the French edition names it. */
  readonly nationalityCodes = once((): Map<string, string> => nationalityCodes(this.tables().casualties));
  readonly missions = once((): MissionsFigures => missionsFigures(this.tables()));
  readonly ledger = once((): Ledger => buildLedger(this.tables(), this.story()));
  /**
   * Throws, naming each value, if a claim or a story figure moved since it was reviewed: every
   * page is rendered only after this check, so nothing moved reaches a reader unreviewed.
   */
  readonly checkReviewed = once((): true => {
    if (this.options.mode === "preview") {
      try {
        const changes = unreviewedChanges(this.ledger(), readReviewed());
        if (changes.length) this.options.onMoved?.(changes);
      } catch (error) {
        // The ledger reads every table; a bad one is shown by the parts that use it.
        this.options.onProblem?.(problemOf(error, { part: "claims review" }));
      }
    } else {
      assertReviewed(this.ledger());
    }
    return true;
  });

  /**
   * A part of a page that can fail on its own: a bad row in the timeline must not take the toll
   * with it. In a build the error stops the build, named with the part; in the preview the part
   * shows its error instead.
   */
  part(name: string, render: () => Markup): Markup {
    try {
      return render();
    } catch (error) {
      if (this.options.mode !== "preview") throw error instanceof ChartError ? error : new PartError(name, error);
      const problem = problemOf(error, { page: this.page, part: name });
      this.options.onProblem?.(problem);
      return block(
        html`<div class="dev-part-error" role="alert"><strong>${name}: could not be made.</strong><pre>${problem.message}</pre><p>Fix the input and save: this part comes back.</p></div>`,
      );
    }
  }
}

export interface Page {
  title: string;
  /** Framework's table of contents in the margin. */
  toc?: boolean;
  body: Markup;
}

/** A page in the edition of `locale`: one template renders a page in every edition. */
export type PageTemplate = (context: PageContext, params: Record<string, string>, locale: Locale) => Page;

/**
 * The Markdown of a page: front matter, the site's navigation, the body and the footer. The
 * navigation and footer are part of the page rather than Framework's `header` and `footer`
 * options, which Framework parses again for every page (36 ms a page, measured on 81 pages); both
 * are in the page's edition.
 */
export function pageMarkdown(path: string, page: Page): string {
  const locale = editionOf(path);
  // Framework's table of contents is headed "Contents" unless the page names it (front matter `toc.label`).
  const toc = page.toc ? JSON.stringify({ show: true, label: message(locale, "page.contents") }) : "false";
  // The browser's title is the page's and the report's, in the page's edition: Framework adds no site title (observablehq.config.ts).
  const title = typesetText(`${page.title} | ${message(locale, "site.title")}`, locale);
  const body = `${siteNav(path)}

${page.body.source.trim()}

<footer class="report-footer">${message(locale, "page.footer")}</footer>`;
  return `---
title: ${JSON.stringify(title)}
toc: ${toc}
---

${typesetMarkdown(body, locale)}
`;
}
