/**
 * The review of published numbers. The claims ledger (each claim's value and verdict) and the
 * figures the story's pages state have reviewed values, committed as src/data/claims.reviewed.json.
 * A build, a page rendered in `npm run dev` and `npm run claims` compare the current values with
 * them; a value that moved stops the page until an editor records the new one
 * (`npm run claims -- --accept`). Node only: it reads and writes the reviewed file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import { evaluateClaims } from "../claims/catalogue.js";
import type { ClaimEntry, Verdict } from "../claims/verdicts.js";
import { figurePages, namedFigures, storyPagesFigures, type FigureValue, type StoryPagesFigures } from "../figures/story.js";

export const reviewedPath = process.env.CLAIMS_REVIEWED ?? join(import.meta.dirname, "..", "..", "data", "claims.reviewed.json");

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
  /** The claim's id or the story figure's name, as the corrections log names it. */
  figure: string;
  /** The page that prints it, as the corrections log names pages ("claims", "index"). */
  page: string;
  what: string;
  /** The reviewed value and the current one, as an editor reads them: a share as a percentage. */
  old: string;
  new: string;
  /** How far a number moved ("+2", "−0.5 points" for a share); none where either side is not a number. */
  difference?: string;
}

/** A share of the figures, by its name (`toll.maliciousShare`, `flights.latest.share`): read as a percentage. */
const isShare = (name: string) => /(^|\.)share$|Share$/.test(name);

/** A value as the editor reads it: a share as a percentage with one decimal, the rest as the JSON holds it. */
function shown(value: unknown, share: boolean): string {
  if (value === undefined) return "(not in the ledger)";
  if (share && typeof value === "number") return `${(value * 100).toFixed(1)}%`;
  return JSON.stringify(value);
}

/** How far a number moved, signed; a share in percentage points. */
function moved(before: unknown, now: unknown, share: boolean): string | undefined {
  if (typeof before !== "number" || typeof now !== "number") return undefined;
  const by = share ? (now - before) * 100 : now - before;
  const text = share ? by.toFixed(1) : String(Number(by.toFixed(6)));
  return `${by > 0 ? "+" : by < 0 ? "−" : "±"}${text.replace(/^-/, "")}${share ? " points" : ""}`;
}

/** "what: old → new (difference)", as every command that reports a moved value prints it. */
export function describeChange(change: Change): string {
  return `${change.what}: ${change.old} → ${change.new}${change.difference ? ` (${change.difference})` : ""}`;
}

/** Every value that differs from the reviewed one, new and removed entries included. */
export function unreviewedChanges(ledger: Ledger, reviewed: Reviewed): Change[] {
  const current = reviewedFrom(ledger);
  const changes: Change[] = [];
  for (const id of new Set([...Object.keys(current.claims), ...Object.keys(reviewed.claims)])) {
    const now = current.claims[id];
    const before = reviewed.claims[id];
    if (JSON.stringify(now) === JSON.stringify(before)) continue;
    const claim = ledger.claims.find((c) => c.id === id)?.claim ?? "";
    const difference = moved(before?.value, now?.value, false);
    changes.push({
      figure: id,
      page: "claims",
      what: `claim "${id}"${claim ? ` (${claim})` : ""}`,
      old: before ? `${shown(before.value, false)}, ${before.verdict}` : shown(before, false),
      new: now ? `${shown(now.value, false)}, ${now.verdict}` : shown(now, false),
      ...(difference ? { difference } : {}),
    });
  }
  for (const name of new Set([...Object.keys(current.figures), ...Object.keys(reviewed.figures)])) {
    const [before, now] = [reviewed.figures[name], current.figures[name]];
    if (now === before) continue;
    const share = isShare(name);
    const difference = moved(before, now, share);
    changes.push({
      figure: name,
      page: figurePages[name.split(".")[0] as keyof StoryPagesFigures] ?? "index",
      what: `story figure "${name}"`,
      old: shown(before, share),
      new: shown(now, share),
      ...(difference ? { difference } : {}),
    });
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

/** The moved values, one a line. */
export function listChanges(changes: Change[]): string {
  return (
    `${changes.length} value${changes.length === 1 ? "" : "s"} of the claims ledger moved since it was last reviewed:\n` +
    changes.map((c) => `  - ${describeChange(c)}`).join("\n")
  );
}

/** What a build or a preview says when a value moved: the list, and the command that reviews it. */
export function describeChanges(changes: Change[]): string {
  return `${listChanges(changes)}\nReview them with npm run claims, which says how to log and record them.`;
}

/** A change is a correction of what was published unless the value is new to the ledger. */
export const isCorrection = (change: Change): boolean => change.old !== "(not in the ledger)";

/** Throws, naming each moved value, unless the ledger is as reviewed. */
export function assertReviewed(ledger: Ledger, reviewed = readReviewed()): void {
  const changes = unreviewedChanges(ledger, reviewed);
  if (changes.length) throw new Error(describeChanges(changes));
}
