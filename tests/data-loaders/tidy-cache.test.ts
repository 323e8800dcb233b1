import { mkdtempSync, readdirSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadCasualties } from "../../data-loaders/casualties.js";
import { cachedCasualties, casualtiesKey, tidyCasualties } from "../../data-loaders/tidy-cache.js";

describe("the tidy cache: one parse of the UN file for every reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "tidy-cache-"));
  beforeAll(() => vi.stubEnv("TIDY_CACHE_DIR", dir));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it("parses once, then gives every later reader the same table and counts from the cache", async () => {
    const parsed = await loadCasualties();
    const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const first = await tidyCasualties();
      const second = await tidyCasualties();
      const parses = stderr.mock.calls.filter(([line]) => String(line).startsWith("casualties: parsed "));
      expect(parses).toHaveLength(1);
      expect(first).toEqual(parsed);
      expect(second).toEqual(parsed);
    } finally {
      stderr.mockRestore();
    }
    expect(readdirSync(dir).sort()).toEqual([`casualties-${casualtiesKey()}.arrow`, `casualties-${casualtiesKey()}.json`]);
  });

  it("takes an entry missing one of its two files for no entry", () => {
    unlinkSync(join(dir, `casualties-${casualtiesKey()}.json`));
    expect(cachedCasualties()).toBeNull();
  });
});
