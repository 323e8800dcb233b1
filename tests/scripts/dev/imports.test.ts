import { describe, expect, it } from "vitest";
import { importsOf } from "../../../scripts/dev/imports.js";

describe("importsOf", () => {
  it("reads the imports of valid TypeScript that a JavaScript lexer misreads", () => {
    const source = [
      'import { a } from "./a.js";',
      "const share = m.get(k)! / total;",
      'import type { T } from "./t.js";',
      'export { b } from "./b.js";',
      'export type { U } from "./u.js";',
      "const ratio = (x as number) / 2; // a / b / c",
      'const later = await import("./c.js");',
      'import { readFileSync } from "node:fs";',
    ].join("\n");
    expect(importsOf(source, "fixture.ts")).toEqual([
      { specifier: "./a.js", typeOnly: false },
      { specifier: "./t.js", typeOnly: true },
      { specifier: "./b.js", typeOnly: false },
      { specifier: "./u.js", typeOnly: true },
      { specifier: "./c.js", typeOnly: false },
      { specifier: "node:fs", typeOnly: false },
    ]);
  });
});
