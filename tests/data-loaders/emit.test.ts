import { describe, expect, it } from "vitest";
import { csvText } from "../../data-loaders/emit.js";

describe("csvText", () => {
  it("writes a cell that would start a spreadsheet formula as text, and leaves numbers alone", () => {
    const rows = [
      { text: '=HYPERLINK("http://example.org")', count: -5, sign: "-3", note: "+cmd" },
      { text: "@SUM(A1)", count: 0, sign: "+2.5", note: "\t=1+1" },
      { text: "plain", count: 12, sign: "1", note: "\r=2" },
    ];
    const lines = csvText(rows, ["text", "count", "sign", "note"]).trimEnd().split("\n");
    expect(lines).toEqual([
      "text,count,sign,note",
      `"'=HYPERLINK(""http://example.org"")",-5,-3,'+cmd`,
      `'@SUM(A1),0,+2.5,'\t=1+1`,
      `plain,12,1,"'\r=2"`,
    ]);
  });

  it("keeps the header of an empty table", () => {
    expect(csvText([], ["a", "b"]).trim()).toBe("a,b");
  });
});
