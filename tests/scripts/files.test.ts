import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { entriesUnder, filesUnder } from "../../scripts/files.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "files-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("[nothing stale] listing the files a build reads", () => {
  it("lists a table kept as a link to a file elsewhere, and the files of a linked folder, once each", () => {
    mkdirSync(join(dir, "elsewhere", "more"), { recursive: true });
    writeFileSync(join(dir, "elsewhere", "events.csv"), "a");
    writeFileSync(join(dir, "elsewhere", "more", "sites.csv"), "b");
    const curated = join(dir, "curated");
    mkdirSync(curated);
    writeFileSync(join(curated, "flights.csv"), "c");
    symlinkSync(join(dir, "elsewhere", "events.csv"), join(curated, "events.csv"));
    symlinkSync(join(dir, "elsewhere", "more"), join(curated, "more"));
    // A link back to the folder itself, and one to nothing: neither is a file to read.
    symlinkSync(curated, join(curated, "loop"));
    symlinkSync(join(dir, "missing.csv"), join(curated, "dangling.csv"));
    expect(filesUnder(curated)).toEqual(["events.csv", "flights.csv", "more/sites.csv"]);
  });
});

describe("[the output folder is the user's] what a folder holds, links not followed", () => {
  it("tells files, folders and links apart", () => {
    mkdirSync(join(dir, "site", "fr"), { recursive: true });
    writeFileSync(join(dir, "site", "fr", "index.html"), "");
    symlinkSync("/etc/passwd", join(dir, "site", "passwd"));
    expect(entriesUnder(join(dir, "site"))).toEqual([
      { path: "fr", kind: "folder" },
      { path: "fr/index.html", kind: "file" },
      { path: "passwd", kind: "link" },
    ]);
  });
});
