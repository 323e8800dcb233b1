/**
 * The build needs no browser: nothing `npm run build` runs, the page templates included, imports
 * Chromium's driver. (tests/build.test.ts also runs the real build with no Chromium to be found.)
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";
import { filesUnder } from "../../../scripts/files.js";
import { importsOf } from "../../../scripts/dev/imports.js";

/** Every module `roots` import, transitively, with the packages they import by name. */
async function importGraph(roots: string[]): Promise<{ modules: Set<string>; packages: Set<string> }> {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const { specifier } of importsOf(readFileSync(join(projectRoot, file), "utf-8"), file)) {
      if (!specifier.startsWith(".")) {
        packages.add(specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]);
        continue;
      }
      const target = relative(projectRoot, resolve(projectRoot, dirname(file), specifier));
      const ts = target.replace(/\.js$/, ".ts");
      queue.push(filesUnder(projectRoot, ts).length ? ts : target);
    }
  }
  return { modules, packages };
}

describe("npm run build", () => {
  it("imports no browser driver, directly or through a page template", async () => {
    const templates = filesUnder(projectRoot, "src").filter((file) => file.endsWith(".page.ts"));
    const { modules, packages } = await importGraph(["scripts/build/build.ts", "observablehq.config.ts", ...templates]);
    expect(modules.size).toBeGreaterThan(20);
    expect([...packages].filter((name) => /playwright|puppeteer|chromium/.test(name))).toEqual([]);
    expect([...modules].filter((module) => module.endsWith("scripts/browser/chromium.ts"))).toEqual([]);
  });
});
