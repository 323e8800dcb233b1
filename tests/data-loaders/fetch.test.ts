import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UpstreamError } from "../../data-loaders/errors.js";
import { displayPath, resolveUpstream, upstreamFolders } from "../../data-loaders/fetch.js";
import type { UpstreamSource } from "../../data-loaders/sources.js";
import { fixturesDir } from "../helpers.js";

const fixtureBytes = readFileSync(join(fixturesDir, "fatalities", "good.csv"));
const fixtureSource: UpstreamSource = {
  id: "fixture-fatalities",
  title: "fixture",
  publisher: "tests",
  datasetPage: "https://example.invalid/dataset",
  liveUrl: "https://example.invalid/file.csv",
  licence: "fixture",
  relativePath: "fixture/good.csv",
  sha256: createHash("sha256").update(fixtureBytes).digest("hex"),
  bytes: fixtureBytes.length,
  retrieved: "2026-01-01",
};

const madeDirs: string[] = [];
afterAll(() => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folderWith(bytes: Buffer | null): string {
  const dir = mkdtempSync(join(tmpdir(), "upstream-"));
  madeDirs.push(dir);
  if (bytes) {
    mkdirSync(join(dir, "fixture"));
    writeFileSync(join(dir, "fixture", "good.csv"), bytes);
  }
  return dir;
}

describe("resolveUpstream", () => {
  it("returns the pinned bytes from the first folder that has the file", () => {
    const empty = folderWith(null);
    const full = folderWith(fixtureBytes);
    const resolved = resolveUpstream(fixtureSource, [
      { dir: empty, label: "first" },
      { dir: full, label: "second" },
    ]);
    expect(resolved.folder.label).toBe("second");
    expect(resolved.bytes.equals(fixtureBytes)).toBe(true);
  });

  it("stops on bytes that differ from the pin, naming the source and both hashes", () => {
    const changed = Buffer.concat([fixtureBytes, Buffer.from("14,2017-01-01,X,FIXA,Fatality,M,Chad,Military,Accident,,,\n")]);
    const actual = createHash("sha256").update(changed).digest("hex");
    const dir = folderWith(changed);
    expect(() => resolveUpstream(fixtureSource, [{ dir, label: "test" }])).toThrow(UpstreamError);
    expect(() => resolveUpstream(fixtureSource, [{ dir, label: "test" }])).toThrow(
      new RegExp(`fixture-fatalities.*\\n.*${fixtureSource.sha256}.*\\n.*${actual}`),
    );
  });

  it("stops on a missing file, saying where it looked and where the file comes from", () => {
    const a = folderWith(null);
    const b = folderWith(null);
    let message = "";
    try {
      resolveUpstream(fixtureSource, [
        { dir: a, label: "UPSTREAM_DIR" },
        { dir: b, label: "local cache" },
      ]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("[fixture-fatalities] fixture/good.csv not found");
    expect(message).toContain(join(a, "fixture/good.csv"));
    expect(message).toContain(join(b, "fixture/good.csv"));
    expect(message).toContain("UPSTREAM_DIR");
    expect(message).toContain(fixtureSource.datasetPage);
  });
});

describe("upstreamFolders", () => {
  it("searches only UPSTREAM_DIR when it is set", () => {
    expect(upstreamFolders({ UPSTREAM_DIR: "/data/mirror" }, "/repo")).toEqual([{ dir: "/data/mirror", label: "UPSTREAM_DIR" }]);
  });

  it("otherwise searches the shared mirror beside the checkout, then the local cache", () => {
    expect(upstreamFolders({}, "/work/repo").map((f) => f.dir)).toEqual(["/work/shared/data/upstream", "/work/repo/.cache/upstream"]);
  });
});

describe("displayPath", () => {
  it("shortens paths inside the project and keeps others whole", () => {
    expect(displayPath("/repo/data-loaders/curated/flights.csv", "/repo")).toBe("data-loaders/curated/flights.csv");
    expect(displayPath("/shared/data/file.csv", "/work/repo")).toBe("/shared/data/file.csv");
    expect(displayPath("/work/shared/data/file.csv", "/work/repo")).toBe("/work/shared/data/file.csv");
  });
});

describe("resolveUpstream with several copies", () => {
  it("passes over a copy that is not the pinned bytes when a later folder holds them", () => {
    const changed = folderWith(Buffer.concat([fixtureBytes, Buffer.from("\n")]));
    const pinned = folderWith(fixtureBytes);
    const resolved = resolveUpstream(fixtureSource, [
      { dir: changed, label: "shared mirror" },
      { dir: pinned, label: "local cache" },
    ]);
    expect(resolved.folder.label).toBe("local cache");
  });
});
