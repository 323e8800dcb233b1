/**
 * `npm run data:refresh [source] [--accept]`: downloads the live file of a source into the local
 * cache, refuses what is not the expected format, and reports what changed against the pinned
 * copy (rows added, removed and changed by mission and year, and the claims that would move).
 * The pin in data-loaders/sources.ts moves only with --accept.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import pRetry, { AbortError } from "p-retry";
import * as aq from "arquero";
import { parseCasualties, type Casualty } from "../../data-loaders/casualties.js";
import { decodeUtf8 } from "../../data-loaders/csv.js";
import { todayUtc } from "../../data-loaders/fields.js";
import { DataError } from "../../data-loaders/errors.js";
import { projectRoot, resolveUpstream, sha256 } from "../../data-loaders/fetch.js";
import { pinsPath, readPins, sources, type Pin, type SourceKey } from "../../data-loaders/sources.js";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { buildLedger, readReviewed, unreviewedChanges } from "../../src/components/review.js";
import { parseCli, wholeNumber } from "../cli.js";
import { networkFailure } from "./network.js";

export interface RefreshOptions {
  url?: string;
  cacheDir?: string;
  timeoutMs?: number;
  retries?: number;
  today?: string;
}

/** Downloads with a timeout per attempt and retries on network errors and 5xx answers. */
export async function download(url: string, { timeoutMs = 60_000, retries = 3 }: RefreshOptions = {}): Promise<Uint8Array> {
  return pRetry(
    async () => {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch((error: unknown) => {
        throw new Error(`${url}: ${networkFailure(error, timeoutMs)}`);
      });
      if (response.status >= 500) throw new Error(`${url} answered ${response.status}`);
      if (!response.ok) throw new AbortError(`${url} answered ${response.status} ${response.statusText}`);
      const type = response.headers.get("content-type") ?? "";
      if (type.includes("text/html")) throw new AbortError(`${url} sent an HTML page (${type}), not CSV`);
      return new Uint8Array(await response.arrayBuffer());
    },
    {
      retries,
      minTimeout: 200,
      onFailedAttempt: (error) => {
        process.stderr.write(`refresh: attempt ${error.attemptNumber} failed (${error.message}); ${error.retriesLeft} left\n`);
      },
    },
  );
}

export interface ChangeCount {
  mission: string;
  year: number;
  added: number;
  removed: number;
  changed: number;
}

/** Rows added, removed and changed between two versions of the casualties table, by mission and year. */
export function compareCasualties(before: Casualty[], after: Casualty[]): ChangeCount[] {
  const old = new Map(before.map((row) => [row.casualty_id, row]));
  const now = new Map(after.map((row) => [row.casualty_id, row]));
  const counts = new Map<string, ChangeCount>();
  const bump = (row: Casualty, field: "added" | "removed" | "changed") => {
    const key = `${row.mission}|${row.year}`;
    const count = counts.get(key) ?? { mission: row.mission, year: row.year, added: 0, removed: 0, changed: 0 };
    count[field]++;
    counts.set(key, count);
  };
  for (const [id, row] of now) {
    const previous = old.get(id);
    if (!previous) bump(row, "added");
    else if (JSON.stringify(previous) !== JSON.stringify(row)) bump(row, "changed");
  }
  for (const [id, row] of old) if (!now.has(id)) bump(row, "removed");
  return [...counts.values()].sort((a, b) => a.mission.localeCompare(b.mission) || a.year - b.year);
}

/** The pins file with one source's pin moved to `bytes`: sha256, size, retrieval date. */
export function movePin(pinsFile: string, key: SourceKey, bytes: Uint8Array, today: string): string {
  const pins = readPins(pinsFile);
  const moved: Pin = { sha256: sha256(Buffer.from(bytes)), bytes: bytes.length, retrieved: today };
  return `${JSON.stringify({ ...pins, [key]: moved }, null, 2)}\n`;
}

export async function refresh(key: SourceKey, accept: boolean, options: RefreshOptions = {}): Promise<string> {
  const source = sources[key];
  const url = options.url ?? source.liveUrl;
  const today = options.today ?? todayUtc();
  const out: string[] = [];
  process.stderr.write(`refresh: downloading ${url}\n`);
  const bytes = await download(url, options);
  const origin = { source: source.id, file: url };
  const fresh = parseCasualties(decodeUtf8(bytes, origin), { ...origin, today });
  const pinned = resolveUpstream(source);
  const old = parseCasualties(decodeUtf8(pinned.bytes, { source: source.id, file: pinned.path }), {
    source: source.id,
    file: pinned.path,
    today,
  });

  const hash = sha256(Buffer.from(bytes));
  if (hash === source.sha256) return `${source.id}: the live file is the pinned file (sha256 ${hash}); nothing to do.`;

  const cachePath = join(options.cacheDir ?? join(projectRoot, ".cache", "upstream"), source.relativePath);
  mkdirSync(dirname(cachePath), { recursive: true });
  writeFileSync(cachePath, bytes);
  out.push(`${source.id}: the live file differs from the pin.`);
  out.push(`  pinned sha256 ${source.sha256} (${old.rows.length} people)`);
  out.push(`  live   sha256 ${hash} (${fresh.rows.length} people), saved to ${cachePath}`);

  const changes = compareCasualties(old.rows, fresh.rows);
  out.push("", "Rows by mission and year (added / removed / changed):");
  out.push(
    ...(changes.length
      ? changes.map((c) => `  ${c.mission.padEnd(14)} ${c.year}  +${c.added}  -${c.removed}  ~${c.changed}`)
      : ["  none: only the file's bytes differ"]),
  );

  const tables = { ...loadTidyTables(), casualties: aq.from(fresh.rows) };
  const moved = unreviewedChanges(buildLedger(tables), readReviewed());
  out.push("", moved.length ? "Claims and story figures that would change:" : "No claim or story figure would change.");
  out.push(...moved.map((c) => `  - ${c.what}: ${c.old} → ${c.new}`));

  if (accept) {
    const pinsFile = process.env.PINS_FILE ?? pinsPath;
    writeFileSync(pinsFile, movePin(pinsFile, key, bytes, today));
    out.push("", `Pin moved in ${pinsFile}. Update the copy's PROVENANCE.md, review the claims (npm run claims), and commit.`);
  } else {
    out.push("", "The pin is unchanged. Run again with --accept to move it to the live file.");
  }
  return out.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseCli({
    usage: "npm run data:refresh -- [source] [options]",
    summary:
      "Downloads the live file of an upstream source into the local cache, checks its format, and reports what changed against the pinned copy: rows by mission and year, and the claims that would move. The pin moves only with --accept.",
    positionals: `the source to refresh (default: unFatalities; known: ${Object.keys(sources).join(", ")})`,
    options: {
      accept: { type: "boolean", default: false },
      url: { type: "string" },
      timeout: { type: "string", default: "60000" },
      retries: { type: "string", default: "3" },
    },
    describe: {
      accept: "Move the pin in data-loaders/sources.ts to the downloaded file.",
      url: "Download from this address instead of the source's own.",
      timeout: "Milliseconds to wait for each attempt.",
      retries: "Attempts after the first, on network errors and 5xx answers.",
    },
    environment: {
      REFRESH_CACHE_DIR: "Folder the downloaded file is kept in (default: .cache/upstream).",
      PINS_FILE: "The pins file --accept rewrites (default: data-loaders/pins.json).",
    },
  });
  const key = (positionals[0] ?? "unFatalities") as SourceKey;
  if (!(key in sources)) {
    console.error(`unknown source "${key}"; known: ${Object.keys(sources).join(", ")}`);
    process.exit(2);
  }
  try {
    console.log(
      await refresh(key, values.accept, {
        url: values.url,
        cacheDir: process.env.REFRESH_CACHE_DIR ? resolve(process.env.REFRESH_CACHE_DIR) : undefined,
        timeoutMs: wholeNumber("timeout", values.timeout, { min: 1 }),
        retries: wholeNumber("retries", values.retries),
      }),
    );
  } catch (error) {
    console.error(
      `refresh failed, the pin is unchanged: ${error instanceof DataError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
