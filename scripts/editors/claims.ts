/**
 * `npm run claims`: prints the claims ledger as a table and what moved since the last review.
 * `npm run claims -- --accept` records the current values as reviewed.
 */
import Papa from "papaparse";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { correctionColumns, correctionsTable, loadCorrections } from "../../data-loaders/corrections.js";
import { curatedDir, parseCuratedTable } from "../../data-loaders/curated.js";
import { todayUtc } from "../../data-loaders/fields.js";
import { tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { parseCli } from "../cli.js";
import {
  buildLedger,
  isCorrection,
  listChanges,
  readReviewed,
  reviewedPath,
  unreviewedChanges,
  writeReviewed,
  type Change,
} from "../../src/components/render/review.js";

const { values } = parseCli({
  usage: "npm run claims -- [--accept [--reason <why> --source-url <address> | --source-title <title>] --source-kind <kind>]",
  summary: "Prints the claims ledger and the story's figures, and what moved since they were last reviewed.",
  options: {
    accept: { type: "boolean", default: false },
    reason: { type: "string" },
    "source-url": { type: "string" },
    "source-title": { type: "string" },
    "source-kind": { type: "string" },
  },
  describe: {
    accept:
      "Record the current values as reviewed. Every moved value that was published needs its line in the corrections log: " +
      "--reason (with the source) writes those lines, else the command prints them for you to complete.",
    reason: "Why the values moved, for the corrections log's lines (with --accept).",
    "source-url": "The address of the source that prompted the change.",
    "source-title": "The title of that source, where it has no address.",
    "source-kind": "The source's kind (primary, agency, press…), as the curated tables write it.",
  },
  environment: {
    CLAIMS_REVIEWED: "File of reviewed figures (default: src/data/claims.reviewed.json).",
    CURATED_DIR: "Folder of the curated tables, the corrections log among them (default: data-loaders/curated).",
  },
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
} else if (!values.accept) {
  console.error(listChanges(changes));
  console.error(
    "If they are right, record them with npm run claims -- --accept; a value that was published also goes into the " +
      "corrections log, which --accept writes when given --reason and the source, and otherwise prints for you to complete.",
  );
  process.exit(1);
} else {
  const correctionsPath = join(curatedDir, "corrections.csv");
  // A change is logged when the log has a line for that figure with its new value, as this command writes it.
  const log = loadCorrections();
  const logged = (change: Change) => log.some((row) => row.figure === change.figure && row.new_value === change.new);
  const unlogged = changes.filter((change) => isCorrection(change) && !logged(change));
  if (unlogged.length) {
    const line = (change: Change) =>
      Object.fromEntries(
        correctionColumns.map((column) => [
          column,
          {
            date: todayUtc(),
            figure: change.figure,
            page: change.page,
            old_value: change.old,
            new_value: change.new,
            reason: values.reason ?? "",
            source_url: values["source-url"] ?? "",
            source_title: values["source-title"] ?? "",
            source_kind: values["source-kind"] ?? "",
          }[column as string] ?? "",
        ]),
      );
    const lines = `${Papa.unparse(unlogged.map(line), { columns: [...correctionColumns], header: false, newline: "\n" })}\n`;
    if (values.reason === undefined) {
      console.error(
        `${unlogged.length} moved value${unlogged.length === 1 ? " was" : "s were"} published and ${unlogged.length === 1 ? "is" : "are"} not in the corrections log. ` +
          `Add these lines to ${correctionsPath}, with the reason and the source, then run npm run claims -- --accept again ` +
          "(or run it with --reason and the source, and it writes them):\n" +
          lines,
      );
      process.exit(1);
    }
    const before = readFileSync(correctionsPath, "utf-8");
    const after = `${before}${before.endsWith("\n") ? "" : "\n"}${lines}`;
    try {
      // Checked as the build will read it, before a line is written: a log the build refuses is never left behind.
      parseCuratedTable(after, correctionsTable(), correctionsPath);
    } catch (error) {
      console.error(`The corrections log would refuse these lines, so nothing was written or recorded:\n${(error as Error).message}`);
      process.exit(1);
    }
    writeFileSync(correctionsPath, after);
    console.log(`Logged ${unlogged.length} correction${unlogged.length === 1 ? "" : "s"} in ${correctionsPath}.`);
  }
  writeReviewed(ledger);
  console.log(`Recorded ${changes.length} reviewed value${changes.length === 1 ? "" : "s"} in ${reviewedPath}.`);
}
