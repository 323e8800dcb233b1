import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";
import { buildSettings, isUpToDate } from "../../../scripts/build/manifest.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** The build's inputs as `npm run build` lists them, in a process of their own with `env`. */
function inputsWith(env: NodeJS.ProcessEnv): Record<string, string> {
  const script = 'const { buildInputs } = await import("./scripts/build/manifest.ts"); console.log(JSON.stringify(buildInputs()));';
  const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf-8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return Object.fromEntries((JSON.parse(result.stdout) as { path: string; sha256: string }[]).map((i) => [i.path, i.sha256]));
}

describe("[nothing stale] the build's inputs", () => {
  it("hash a curated table kept as a link, so that an edit to what it points at is a change", () => {
    const curated = tempDir("curated-linked-");
    cpSync(join(projectRoot, "data-loaders", "curated"), curated, { recursive: true });
    const kept = join(tempDir("kept-"), "events.csv");
    cpSync(join(curated, "events.csv"), kept);
    rmSync(join(curated, "events.csv"));
    symlinkSync(kept, join(curated, "events.csv"));
    const before = inputsWith({ CURATED_DIR: curated });
    expect(before["curated/events.csv"]).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(kept, "an edit\n", { flag: "a" });
    expect(inputsWith({ CURATED_DIR: curated })["curated/events.csv"]).not.toBe(before["curated/events.csv"]);
  }, 60_000);
});

describe("[nothing stale] MISSION_PAGES in the build key", () => {
  it("reads unset and all as one setting, and spellings of the same acronyms as one", () => {
    expect(buildSettings({})).toEqual(buildSettings({ MISSION_PAGES: "all" }));
    expect(buildSettings({ MISSION_PAGES: " unficyp,MINUSMA" })).toEqual(buildSettings({ MISSION_PAGES: "MINUSMA, UNFICYP" }));
    expect(buildSettings({ MISSION_PAGES: "none" })).not.toEqual(buildSettings({}));
  });

  it("refuses a MISSION_PAGES set but empty, rather than building a partial site keyed as the full one", () => {
    expect(() => buildSettings({ MISSION_PAGES: "" })).toThrow("MISSION_PAGES is set but empty");
    expect(() => buildSettings({ MISSION_PAGES: "  " })).toThrow("MISSION_PAGES is set but empty");
  });

  it("never takes a partial site for an up-to-date full one, even with the same key", () => {
    const site = tempDir("partial-site-");
    mkdirSync(join(site, "missions"));
    writeFileSync(join(site, "index.html"), "x");
    const sha = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
    writeFileSync(
      join(site, "manifest.json"),
      JSON.stringify({ buildKey: "k", partial: { missionPages: "none" }, outputs: [{ path: "index.html", sha256: sha }] }),
    );
    expect(isUpToDate(site, "k", { MISSION_PAGES: "none" })).toBe(true);
    expect(isUpToDate(site, "k", {})).toBe(false);
  });
});

describe("[the output folder is the user's] a site with a link in it", () => {
  it("is never up to date, even when the link leads to the very bytes the manifest lists", () => {
    const site = tempDir("linked-site-");
    const elsewhere = join(tempDir("elsewhere-"), "index.html");
    writeFileSync(elsewhere, "x");
    symlinkSync(elsewhere, join(site, "index.html"));
    const sha = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881";
    writeFileSync(
      join(site, "manifest.json"),
      JSON.stringify({ buildKey: "k", partial: null, outputs: [{ path: "index.html", sha256: sha }] }),
    );
    expect(isUpToDate(site, "k", {})).toBe(false);
    rmSync(join(site, "index.html"));
    writeFileSync(join(site, "index.html"), "x");
    expect(isUpToDate(site, "k", {})).toBe(true);
    // A link planted beside the site's files, leading out of it: a host would serve what it leads to.
    symlinkSync(join(elsewhere, ".."), join(site, "home"));
    expect(isUpToDate(site, "k", {})).toBe(false);
  });
});
