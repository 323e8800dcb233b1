import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkWritable, occupiedOutput, outputRefusal } from "../../../scripts/build/output.js";
import { fileSystemProblem } from "../../../scripts/build/file-errors.js";

const project = "/work/report";
const inputs = [
  { label: "the project's sources", path: "/work/report/data-loaders" },
  { label: "the project's sources", path: "/work/report/src" },
  { label: "the curated tables (CURATED_DIR)", path: "/elsewhere/curated" },
  { label: "the pinned upstream files (UPSTREAM_DIR)", path: "/data/upstream" },
  { label: "the reviewed figures (CLAIMS_REVIEWED)", path: "/review/claims.reviewed.json" },
];

describe("[the output folder is the user's] folders the build reads", () => {
  it("lets the site go to a folder of its own, in the project or outside it", () => {
    for (const output of [
      "/work/report/dist",
      "/work/report/.build/site",
      "/var/www/report",
      "/work/report/dist-partial",
      "/review/site",
    ]) {
      expect(outputRefusal(output, inputs, project), output).toBeNull();
    }
  });

  it("refuses every folder of inputs, one inside it, one that holds it, and the project itself", () => {
    expect(outputRefusal("/work/report/data-loaders/curated", inputs, project)).toContain("inside data-loaders");
    expect(outputRefusal("/work/report/src", inputs, project)).toContain("inside src");
    expect(outputRefusal("/elsewhere", inputs, project)).toBe("it holds /elsewhere/curated, which holds the curated tables (CURATED_DIR)");
    expect(outputRefusal("/data/upstream", inputs, project)).toContain("the pinned upstream files (UPSTREAM_DIR)");
    expect(outputRefusal("/data/upstream/un-peacekeeping-fatalities", inputs, project)).toContain("lies inside /data/upstream");
    expect(outputRefusal("/review", inputs, project)).toContain("the reviewed figures");
    expect(outputRefusal("/work/report", inputs, project)).toContain("the project itself");
    expect(outputRefusal("/work", inputs, project)).toContain("a folder that holds it");
  });

  it("sees through a link: an output given as a link to the upstream folder is the upstream folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "output-link-"));
    try {
      mkdirSync(join(dir, "upstream"));
      symlinkSync(join(dir, "upstream"), join(dir, "site"));
      expect(
        outputRefusal(join(dir, "site"), [{ label: "the pinned upstream files", path: join(dir, "upstream") }], "/work/report"),
      ).toContain("the pinned upstream files");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("[the output folder is the user's] what the folder holds", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "output-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const manifest = (paths: string[]) => JSON.stringify({ buildKey: "k", outputs: paths.map((path) => ({ path, sha256: "0" })) });

  it("takes a folder that does not exist yet, an empty one, and one holding a site this project wrote", () => {
    expect(occupiedOutput(join(dir, "new"))).toBeNull();
    mkdirSync(join(dir, "empty"));
    expect(occupiedOutput(join(dir, "empty"))).toBeNull();
    const site = join(dir, "site");
    mkdirSync(join(site, "fr"), { recursive: true });
    writeFileSync(join(site, "index.html"), "");
    writeFileSync(join(site, "fr", "index.html"), "");
    writeFileSync(join(site, "manifest.json"), manifest(["fr/index.html", "index.html"]));
    expect(occupiedOutput(site)).toBeNull();
  });

  it("refuses a home folder: files and no site of this project, naming what is there", () => {
    const home = join(dir, "home");
    mkdirSync(join(home, "Documents"), { recursive: true });
    mkdirSync(join(home, ".ssh"));
    writeFileSync(join(home, ".ssh", "id_ed25519"), "secret");
    writeFileSync(join(home, "notes.txt"), "mine");
    expect(occupiedOutput(home)).toBe(
      "it holds files and no site this project wrote (no manifest.json of a build): .ssh/, Documents/, notes.txt",
    );
  });

  it("refuses a site of this project that also holds the user's files, naming them", () => {
    const site = join(dir, "site");
    mkdirSync(site);
    writeFileSync(join(site, "index.html"), "");
    writeFileSync(join(site, "draft-of-mine.docx"), "");
    writeFileSync(join(site, "manifest.json"), manifest(["index.html"]));
    expect(occupiedOutput(site)).toContain("also what the site's manifest does not list: draft-of-mine.docx");
  });

  it("refuses a manifest that is not a build's, a file, and a link", () => {
    const other = join(dir, "other");
    mkdirSync(other);
    writeFileSync(join(other, "manifest.json"), '{"name": "another tool"}');
    expect(occupiedOutput(other)).toContain("no site this project wrote");
    writeFileSync(join(dir, "file"), "");
    expect(occupiedOutput(join(dir, "file"))).toBe("it is a file, not a folder");
    symlinkSync(other, join(dir, "link"));
    expect(occupiedOutput(join(dir, "link"))).toContain("it is a link");
  });

  it("names the folder it cannot write beside, and why", () => {
    writeFileSync(join(dir, "a-file"), "");
    expect(() => checkWritable(join(dir, "a-file", "site"))).toThrow(
      `cannot write the site beside ${join(dir, "a-file", "site")}: a file stands where a folder is needed (EEXIST) at ${join(dir, "a-file")}`,
    );
    expect(() => checkWritable(join(dir, "fine"))).not.toThrow();
  });
});

describe("file system errors in words", () => {
  it("says what a full disk and a missing permission mean, with the path", () => {
    const error = (code: string) => Object.assign(new Error(`${code}: x`), { code, path: "/var/www/report" });
    expect(fileSystemProblem(error("ENOSPC"))).toBe("no space left on the device (ENOSPC) at /var/www/report");
    expect(fileSystemProblem(error("EACCES"))).toBe("permission denied (EACCES) at /var/www/report");
    expect(fileSystemProblem(new Error("plain"))).toBe("plain");
  });
});
