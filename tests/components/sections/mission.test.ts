/*
 * A mission page credits each corrected cell of the UN's list to the correction's own source, not
 * to the list.
 */
import { describe, expect, it } from "vitest";
import { parseCuratedTable } from "../../../data-loaders/curated.js";
import { operationCorrectionsTable, type OperationCorrection } from "../../../data-loaders/un-operations.js";
import { listCorrections } from "../../../src/components/sections/mission.js";
import { readFixture, renderedMarkdown } from "../../helpers.js";

const corrections = parseCuratedTable(
  readFixture("curated", "operation_corrections-good.csv"),
  operationCorrectionsTable,
  "operation_corrections-good.csv",
) as OperationCorrection[];

describe("listCorrections", () => {
  it("names what each source corrected, grouped by source, in both editions", () => {
    const en = renderedMarkdown(listCorrections(corrections, "FIXMA", "en"));
    expect(en.textContent).toMatch(/end date and status \(S\/RES\/9999 \(2023\)\); point \(example\.org, other source\)\.\s*$/);
    expect([...en.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://undocs.org/en/S/RES/9999(2023)",
      "https://example.org/fixture-maps",
    ]);
    const fr = renderedMarkdown(listCorrections(corrections, "FIXMA", "fr"));
    expect(fr.textContent).toContain("date de fin et statut (S/RES/9999 (2023))\u202f; coordonnées (example.org, autre source).");
  });

  it("says nothing for a mission the list has right", () => {
    expect(String(listCorrections(corrections, "OTHER", "en"))).toBe("");
  });
});
