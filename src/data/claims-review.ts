/**
 * The reviewed values of the claims ledger, committed beside it as claims.reviewed.json. Node only:
 * used by the claims.json loader (which refuses unreviewed changes) and by `npm run claims`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { buildLedger, reviewedFrom, unreviewedChanges, type Change, type Ledger, type Reviewed } from "../components/claims.js";

export const reviewedPath = process.env.CLAIMS_REVIEWED ?? join(dirname(fileURLToPath(import.meta.url)), "claims.reviewed.json");

export function readReviewed(path = reviewedPath): Reviewed {
  if (!existsSync(path)) return { claims: {}, figures: {} };
  return JSON.parse(readFileSync(path, "utf-8")) as Reviewed;
}

export function writeReviewed(ledger: Ledger, path = reviewedPath): void {
  writeFileSync(path, JSON.stringify(reviewedFrom(ledger), null, 2) + "\n");
}

export function currentLedger(): { ledger: Ledger; changes: Change[] } {
  const ledger = buildLedger(loadTidyTables());
  return { ledger, changes: unreviewedChanges(ledger, readReviewed()) };
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
