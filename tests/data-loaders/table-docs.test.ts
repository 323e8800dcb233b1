import { describe, expect, it } from "vitest";
import { casualtyColumns } from "../../data-loaders/casualties.js";
import { contingentColumns } from "../../data-loaders/contingents.js";
import { correctionColumns } from "../../data-loaders/corrections.js";
import { eventColumns } from "../../data-loaders/events.js";
import { flightColumns } from "../../data-loaders/flights.js";
import { strengthColumns } from "../../data-loaders/strength.js";
import { tableDocs } from "../../data-loaders/table-docs.js";
import { missionSummaryColumns } from "../../src/components/metrics.js";

// The columns each loader writes, in order: the documentation must describe exactly these.
const written: Record<string, readonly string[]> = {
  casualties: casualtyColumns,
  flights: flightColumns,
  strength: strengthColumns,
  contingents: contingentColumns,
  events: eventColumns,
  missions: missionSummaryColumns,
  corrections: correctionColumns,
};

describe("the tables' documentation", () => {
  it("documents every published table and no other", () => {
    expect(tableDocs.map((doc) => doc.name).sort()).toEqual(Object.keys(written).sort());
  });

  it.each(Object.entries(written))("describes the columns of %s.csv in the order the loader writes them", (name, columns) => {
    const doc = tableDocs.find((d) => d.name === name)!;
    expect(doc.columns.map((c) => c.name)).toEqual([...columns]);
    for (const column of doc.columns) expect(column.meaning.length, `${name}.${column.name}`).toBeGreaterThan(10);
  });
});
