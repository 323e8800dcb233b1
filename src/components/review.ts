/**
 * The review of published numbers. The claims ledger (each claim's value and verdict) and the
 * figures the story's pages state have reviewed values, committed as src/data/claims.reviewed.json.
 * A build, a page rendered in `npm run dev` and `npm run claims` compare the current values with
 * them; a value that moved stops the page until an editor records the new one
 * (`npm run claims -- --accept`). Node only: it reads and writes the reviewed file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TidyTables } from "../../data-loaders/tidy-tables.js";
import { evaluateClaims } from "./claims/catalogue.js";
import type { ClaimEntry, Verdict } from "./claims/verdicts.js";
import { namedFigures, storyPagesFigures, type FigureValue, type StoryPagesFigures } from "./figures/story.js";

export const reviewedPath = process.env.CLAIMS_REVIEWED ?? join(import.meta.dirname, "..", "data", "claims.reviewed.json");

export interface Ledger {
  claims: ClaimEntry[];
  /** The story pages' figures by name (see figures/story.ts). */
  figures: Record<string, FigureValue>;
}

/** The ledger of the tables: every claim evaluated, and the figures the story's pages print. */
export function buildLedger(tables: TidyTables, figures: StoryPagesFigures = storyPagesFigures(tables)): Ledger {
  return { claims: evaluateClaims(tables), figures: namedFigures(figures) };
}

/** What an editor has reviewed: each claim's value and verdict, and each figure the story states. */
export interface Reviewed {
  claims: Record<string, { value: number | string | null; verdict: Verdict }>;
  figures: Record<string, FigureValue>;
}

export function reviewedFrom(ledger: Ledger): Reviewed {
  return {
    claims: Object.fromEntries(ledger.claims.map((c) => [c.id, { value: c.primary?.value ?? null, verdict: c.verdict }])),
    figures: ledger.figures,
  };
}

export interface Change {
  what: string;
  old: string;
  new: string;
}

/** Every value that differs from the reviewed one, new and removed entries included. */
export function unreviewedChanges(ledger: Ledger, reviewed: Reviewed): Change[] {
  const current = reviewedFrom(ledger);
  const show = (value: unknown) => (value === undefined ? "(not in the ledger)" : JSON.stringify(value));
  const changes: Change[] = [];
  for (const id of new Set([...Object.keys(current.claims), ...Object.keys(reviewed.claims)])) {
    const now = current.claims[id];
    const before = reviewed.claims[id];
    if (JSON.stringify(now) === JSON.stringify(before)) continue;
    const claim = ledger.claims.find((c) => c.id === id)?.claim ?? "";
    changes.push({
      what: `claim "${id}"${claim ? ` (${claim})` : ""}`,
      old: before ? `${show(before.value)}, ${before.verdict}` : show(before),
      new: now ? `${show(now.value)}, ${now.verdict}` : show(now),
    });
  }
  for (const name of new Set([...Object.keys(current.figures), ...Object.keys(reviewed.figures)])) {
    if (current.figures[name] === reviewed.figures[name]) continue;
    changes.push({ what: `story figure "${name}"`, old: show(reviewed.figures[name]), new: show(current.figures[name]) });
  }
  return changes;
}

export function readReviewed(path = reviewedPath): Reviewed {
  if (!existsSync(path)) return { claims: {}, figures: {} };
  return JSON.parse(readFileSync(path, "utf-8")) as Reviewed;
}

export function writeReviewed(ledger: Ledger, path = reviewedPath): void {
  writeFileSync(path, JSON.stringify(reviewedFrom(ledger), null, 2) + "\n");
}

export function describeChanges(changes: Change[]): string {
  return (
    `${changes.length} value${changes.length === 1 ? "" : "s"} of the claims ledger moved since it was last reviewed:\n` +
    changes.map((c) => `  - ${c.what}: ${c.old} → ${c.new}`).join("\n") +
    `\nReview them (npm run claims). If a figure was already published, log the change in ` +
    `data-loaders/curated/corrections.csv (date, figure, old and new value, reason, source): the methodology page lists it. ` +
    `Then record the new values with: npm run claims -- --accept`
  );
}

/** Throws, naming each moved value, unless the ledger is as reviewed. */
export function assertReviewed(ledger: Ledger, reviewed = readReviewed()): void {
  const changes = unreviewedChanges(ledger, reviewed);
  if (changes.length) throw new Error(describeChanges(changes));
}
