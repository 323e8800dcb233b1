import { describe, expect, it } from "vitest";
import { outputRefusal } from "../../../scripts/build/output.js";

const project = "/work/report";
const sources = ["/work/report/data-loaders", "/work/report/src", "/elsewhere/curated"];

describe("outputRefusal", () => {
  it("lets the site go to a folder of its own, in the project or outside it", () => {
    for (const output of ["/work/report/dist", "/work/report/.build/site", "/var/www/report", "/work/report/dist-partial"]) {
      expect(outputRefusal(output, sources, project), output).toBeNull();
    }
  });

  it("refuses a folder of sources, one inside it, one that holds it, and the project itself", () => {
    expect(outputRefusal("/work/report/data-loaders/curated", sources, project)).toContain("inside data-loaders");
    expect(outputRefusal("/work/report/src", sources, project)).toContain("inside src");
    expect(outputRefusal("/elsewhere", sources, project)).toContain("holds ../../elsewhere/curated");
    expect(outputRefusal("/work/report", sources, project)).toContain("the project itself");
    expect(outputRefusal("/work", sources, project)).toContain("a folder that holds it");
  });
});
