import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { injectSnapshot, stripSnapshot } from "../../scripts/prerender.js";
import { fixturesDir } from "../helpers.js";

const page = readFileSync(join(fixturesDir, "prerender", "page.html"), "utf-8");
const snapshot = {
  title: "FIXA: the toll | Fixture report",
  cells: { a1b2c3d4: "1,234", a1b2c3d5: '<div style="position: relative;"><figure><svg role="img" width="640" height="400"></svg></figure></div>' },
  sized: ["a1b2c3d5"],
};

describe("static content in a built page", () => {
  const injected = injectSnapshot(page, snapshot);

  it("puts each cell's output inside its loading placeholder, where the runtime will replace it", () => {
    expect(injected).toContain('<h1>FIXA: <observablehq-loading class="prerendered" data-cell="a1b2c3d4">1,234</observablehq-loading><!--:a1b2c3d4:--> dead</h1>');
    // A cell that displays nothing keeps no placeholder and gets no copy.
    expect(injected).toContain('<div class="observablehq observablehq--block"><!--:a1b2c3d6:--></div>');
  });

  it("keeps a chart's copy beside its placeholder, for the style sheet to hide once the live chart has drawn", () => {
    expect(injected).toContain(
      `<div class="static-copy" data-cell="a1b2c3d5">${snapshot.cells.a1b2c3d5}</div><!--/static:a1b2c3d5-->` +
        '<observablehq-loading class="prerendered" data-cell="a1b2c3d5"></observablehq-loading><!--:a1b2c3d5:-->',
    );
  });

  it("writes the title the page sets while it runs", () => {
    expect(injected).toContain("<title>FIXA: the toll | Fixture report</title>");
  });

  it("takes output literally, even text that looks like a replacement pattern", () => {
    const literal = injectSnapshot(page, { title: "A & B <i>", cells: { a1b2c3d4: "cost $& and $1" }, sized: [] });
    expect(literal).toContain('<observablehq-loading class="prerendered" data-cell="a1b2c3d4">cost $& and $1</observablehq-loading>');
    expect(literal).toContain("<title>A &amp; B &lt;i&gt;</title>");
  });

  it("can be taken out again, leaving the page as Framework wrote it but for the title", () => {
    expect(stripSnapshot(injected)).toBe(page.replace(/<title>[^<]*<\/title>/, `<title>${snapshot.title}</title>`));
  });
});
