import { describe, expect, it } from "vitest";
import { tableDocs } from "../../data-loaders/table-docs.js";
import { downloadColumns } from "../../src/components/render/downloads.js";

// The columns each download is written with, in order: the documentation must describe exactly these.
const written: Record<string, readonly string[]> = downloadColumns;

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
