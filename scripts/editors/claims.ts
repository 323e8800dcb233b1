/**
 * `npm run claims`: prints the claims ledger as a table and what moved since the last review.
 * `npm run claims -- --accept` records the current values as reviewed.
 */
import { tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { parseCli } from "../cli.js";
import { buildLedger, describeChanges, readReviewed, reviewedPath, unreviewedChanges, writeReviewed } from "../../src/components/review.js";

const { values } = parseCli({
  usage: "npm run claims -- [--accept]",
  summary: "Prints the claims ledger and the story's figures, and what moved since they were last reviewed.",
  options: { accept: { type: "boolean", default: false } },
  describe: { accept: "Record the current values as reviewed (after logging any published figure that moved in the corrections table)." },
  environment: { CLAIMS_REVIEWED: "File of reviewed figures (default: src/data/claims.reviewed.json)." },
});
const ledger = buildLedger(loadTidyTables(await tidyCasualties()));
const changes = unreviewedChanges(ledger, readReviewed());

const cell = (text: string, width: number) => (text.length > width ? text.slice(0, width - 1) + "…" : text.padEnd(width));
const stated = (c: (typeof ledger.claims)[number]) =>
  c.stated.kind === "date"
    ? c.stated.value
    : `${c.stated.qualifier === "exactly" ? "" : c.stated.qualifier + " "}${c.stated.value}${c.stated.unit === "%" ? "%" : ""}`;
const columns: [string, number, (c: (typeof ledger.claims)[number]) => string][] = [
  ["claim", 28, (c) => c.id],
  ["by", 16, (c) => c.claimant],
  ["stated", 12, stated],
  ["computed", 12, (c) => String(c.primary?.value ?? "—")],
  ["verdict", 14, (c) => c.verdict],
  ["definition", 70, (c) => c.primary?.definition ?? "—"],
];
console.log(columns.map(([name, width]) => cell(name, width)).join("  "));
console.log(columns.map(([, width]) => "-".repeat(width)).join("  "));
for (const claim of ledger.claims) console.log(columns.map(([, width, get]) => cell(get(claim), width)).join("  "));
console.log("");
for (const [name, value] of Object.entries(ledger.figures)) console.log(`${cell(name, 48)}  ${value ?? "—"}`);
console.log("");

if (changes.length === 0) {
  console.log(`All values are as reviewed in ${reviewedPath}.`);
} else if (values.accept) {
  writeReviewed(ledger);
  console.log(`Recorded ${changes.length} reviewed value(s) in ${reviewedPath}.`);
} else {
  console.error(describeChanges(changes));
  process.exit(1);
}
