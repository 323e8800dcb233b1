import { describe, expect, it } from "vitest";
import { tableDocs, type TableDoc } from "../../../data-loaders/table-docs.js";
import { frenchTableColumns, frenchTableDoc } from "../../../src/components/i18n/table-docs.js";

describe("the tables' descriptions in French", () => {
  it("describe every published table and every column the English descriptions list, and nothing else", () => {
    expect(Object.keys(frenchTableColumns).sort()).toEqual(tableDocs.map((doc) => doc.name).sort());
    for (const doc of tableDocs) expect(frenchTableColumns[doc.name].sort(), doc.name).toEqual(doc.columns.map((c) => c.name).sort());
  });

  it("keep the English description's names, types and order of columns", () => {
    const casualties = tableDocs.find((doc) => doc.name === "casualties")!;
    const french = frenchTableDoc(casualties);
    expect(french.columns.map((c) => [c.name, c.type])).toEqual(casualties.columns.map((c) => [c.name, c.type]));
    expect(french.row).toMatch(/^Une personne morte/);
  });

  it("refuse a table or a column that has no French, naming it", () => {
    const fixture: TableDoc = { name: "fixture_table", title: "", row: "", columns: [], origin: "", cleaning: [] };
    expect(() => frenchTableDoc(fixture)).toThrow("the table fixture_table has no French description");
    const casualties = tableDocs.find((doc) => doc.name === "casualties")!;
    const withNewColumn = {
      ...casualties,
      columns: [...casualties.columns, { name: "fixture_column", type: "text" as const, meaning: "" }],
    };
    expect(() => frenchTableDoc(withNewColumn)).toThrow("the column fixture_column of casualties has no French meaning");
  });
});
