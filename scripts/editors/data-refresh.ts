/**
 * `npm run data:refresh [source] [--accept]`: downloads the live file of a source into the local
 * cache, reads it with the source's own pipeline (refusing what is not the expected format), and
 * reports what changed against the pinned copy: for the UN file, rows added, removed and changed
 * by mission and year, and the claims that would move; for Geo-PKO, rows by mission.
 * The pin in data-loaders/pins.json moves only with --accept, and not for a file that repeats
 * more casualty ids than the pinned one unless --accept-duplicates says so, nor for a file that
 * holds fewer rows than the pinned one (people, places, operations) unless --accept-shrink does.
 */
import { createHash } from "node:crypto";
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import pRetry, { AbortError } from "p-retry";
import { todayUtc } from "../../data-loaders/fields.js";
import { DataError } from "../../data-loaders/errors.js";
import { projectRoot } from "../../data-loaders/fetch.js";
import { pinsPath, readPins, sources, type Pin, type SourceKey } from "../../data-loaders/sources.js";
import { parseCli, wholeNumber } from "../cli.js";
import { networkFailure } from "./network.js";
import { compare } from "./refresh-compare.js";

export interface RefreshOptions {
  url?: string;
  cacheDir?: string;
  timeoutMs?: number;
  retries?: number;
  today?: string;
  /** The largest download accepted, in bytes: a body beyond it is refused, not read on. */
  maxBytes?: number;
  /** Accept a live file that repeats more casualty ids than the pinned one. */
  acceptDuplicates?: boolean;
  /** Accept a live file that holds fewer rows (people, places, operations) than the pinned one. */
  acceptShrink?: boolean;
}

/** Well above the real file (under 1 MB), well below what a string or the memory of a laptop holds. */
export const defaultMaxMegabytes = 200;
const maxRedirects = 10;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** A download saved to disk: where, how many bytes, their sha256. */
export interface Download {
  path: string;
  bytes: number;
  sha256: string;
}

const webScheme = (url: URL) => url.protocol === "http:" || url.protocol === "https:";

/**
 * The response at the end of `url`'s redirects, followed here rather than by fetch so that a loop,
 * too many hops or a redirect to another scheme is named, and not retried: none can succeed.
 */
async function follow(url: string, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  const visited = [url];
  for (;;) {
    const current = visited.at(-1)!;
    const response = await fetch(current, { redirect: "manual", signal }).catch((error: unknown) => {
      throw new Error(`${current}: ${networkFailure(error, timeoutMs)}`);
    });
    if (!redirectStatuses.has(response.status)) return response;
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (!location) throw new AbortError(`${current} answered ${response.status} (a redirect) without saying where to`);
    const next = new URL(location, current);
    if (!webScheme(next))
      throw new AbortError(`${current} redirected to a ${next.protocol} address (${next.href}); refused: only http and https are followed`);
    if (visited.includes(next.href)) throw new AbortError(`redirect loop: ${[...visited, next.href].join(" → ")}`);
    if (visited.length > maxRedirects) throw new AbortError(`redirect count exceeded: more than ${maxRedirects} redirects from ${url}`);
    visited.push(next.href);
  }
}

/**
 * Downloads `url` into `path` as it arrives, hashing on the way, never holding the whole body: a
 * body beyond `maxBytes` (counted after decompression, so a small compressed bomb counts at its
 * real size) is refused and its partial file deleted. A timeout per attempt; network errors and
 * 5xx answers are retried, nothing else.
 */
export async function download(
  url: string,
  path: string,
  { timeoutMs = 60_000, retries = 3, maxBytes = defaultMaxMegabytes * 1024 * 1024 }: RefreshOptions = {},
): Promise<Download> {
  if (!URL.canParse(url) || !webScheme(new URL(url))) throw new Error(`${url}: not an http or https address; only those are downloaded`);
  const limit = `the limit of ${maxBytes.toLocaleString("en")} bytes (--max-mb)`;
  return pRetry(
    async () => {
      const signal = AbortSignal.timeout(timeoutMs);
      const response = await follow(url, signal, timeoutMs);
      if (response.status >= 500) throw new Error(`${url} answered ${response.status}`);
      if (!response.ok) throw new AbortError(`${url} answered ${response.status} ${response.statusText}`);
      const type = response.headers.get("content-type") ?? "";
      if (type.includes("text/html")) throw new AbortError(`${url} sent an HTML page (${type}), not CSV`);
      const announced = Number(response.headers.get("content-length"));
      if (announced > maxBytes) throw new AbortError(`${url} announces ${announced.toLocaleString("en")} bytes, beyond ${limit}`);
      if (!response.body) throw new AbortError(`${url} sent no body`);
      mkdirSync(dirname(path), { recursive: true });
      const hash = createHash("sha256");
      let bytes = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          if (bytes > maxBytes) return done(new AbortError(`${url} sent more than ${limit}; stopped there`));
          hash.update(chunk);
          done(null, chunk);
        },
      });
      try {
        await pipeline(Readable.fromWeb(response.body as NodeWebStream), counted, createWriteStream(path));
      } catch (error) {
        rmSync(path, { force: true });
        if (error instanceof AbortError) throw error;
        throw new Error(`${url}: ${networkFailure(error, timeoutMs)}`, { cause: error });
      }
      return { path, bytes, sha256: hash.digest("hex") };
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

/** The pins file with one source's pin moved: sha256, size, retrieval date. */
export function movePin(pinsFile: string, key: SourceKey, moved: Pin): string {
  const pins = readPins(pinsFile);
  return `${JSON.stringify({ ...pins, [key]: moved }, null, 2)}\n`;
}

export async function refresh(key: SourceKey, accept: boolean, options: RefreshOptions = {}): Promise<string> {
  const source = sources[key];
  const url = options.url ?? source.liveUrl;
  const today = options.today ?? todayUtc();
  const out: string[] = [];
  const cachePath = join(options.cacheDir ?? join(projectRoot, ".cache", "upstream"), source.relativePath);
  const partPath = `${cachePath}.part-${process.pid}`;
  process.stderr.write(`refresh: downloading ${url}\n`);
  const live = await download(url, partPath, options);
  try {
    if (live.sha256 === source.sha256) return `${source.id}: the live file is the pinned file (sha256 ${live.sha256}); nothing to do.`;
    const comparison = await compare[key](partPath, { source: source.id, file: url }, today, options);
    renameSync(partPath, cachePath);
    out.push(`${source.id}: the live file differs from the pin.`);
    out.push(`  pinned sha256 ${source.sha256} (${comparison.pinned})`);
    out.push(`  live   sha256 ${live.sha256} (${comparison.live}), saved to ${cachePath}`);
    out.push(...comparison.lines);
    const { what, pinned, live: now } = comparison.size;
    const shrinks = now < pinned;
    if (shrinks)
      out.push(
        "",
        `The live file holds fewer ${what} than the pinned one (${pinned.toLocaleString("en")} → ${now.toLocaleString("en")}, ${(pinned - now).toLocaleString("en")} fewer): a source that shrinks may be a cut or partial export.`,
      );
    const refusal =
      comparison.refusal ??
      (shrinks && !options.acceptShrink
        ? `the live file holds fewer ${what} than the pinned one. Check it with the publisher; to accept it all the same, add --accept-shrink.`
        : undefined);
    if (accept && refusal) throw new Error(`${out.join("\n")}\n\n--accept refused: ${refusal}`);
    if (accept) {
      const pinsFile = process.env.PINS_FILE ?? pinsPath;
      writeFileSync(pinsFile, movePin(pinsFile, key, { sha256: live.sha256, bytes: live.bytes, retrieved: today }));
      out.push("", `Pin moved in ${pinsFile}. Update the copy's PROVENANCE.md, review the claims (npm run claims), and commit.`);
    } else {
      out.push("", "The pin is unchanged. Run again with --accept to move it to the live file.");
    }
    return out.join("\n");
  } finally {
    rmSync(partPath, { force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseCli({
    usage: "npm run data:refresh -- [source] [options]",
    summary:
      "Downloads the live file of an upstream source into the local cache, reads it with the source's own pipeline, and reports what changed against the pinned copy: rows by mission (and year), and for the UN file the claims that would move. The pin moves only with --accept.",
    positionals: `the source to refresh (default: unFatalities; known: ${Object.keys(sources).join(", ")})`,
    options: {
      accept: { type: "boolean", default: false },
      url: { type: "string" },
      timeout: { type: "string", default: "60000" },
      retries: { type: "string", default: "3" },
      "max-mb": { type: "string", default: String(defaultMaxMegabytes) },
      "accept-duplicates": { type: "boolean", default: false },
      "accept-shrink": { type: "boolean", default: false },
    },
    describe: {
      accept: "Move the pin in data-loaders/pins.json to the downloaded file.",
      url: "Download from this address instead of the source's own.",
      timeout: "Milliseconds to wait for each attempt.",
      retries: "Attempts after the first, on network errors and 5xx answers.",
      "max-mb": "The largest download accepted, in megabytes (after decompression); a larger body is refused.",
      "accept-duplicates": "With --accept, move the pin even if the live file repeats more casualty ids than the pinned one.",
      "accept-shrink":
        "With --accept, move the pin even if the live file holds fewer rows (people, places, operations) than the pinned one.",
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
        timeoutMs: wholeNumber("timeout", values.timeout, { min: 1, max: 3_600_000 }),
        retries: wholeNumber("retries", values.retries, { max: 20 }),
        maxBytes: wholeNumber("max-mb", values["max-mb"], { min: 1, max: 2048 }) * 1024 * 1024,
        acceptDuplicates: values["accept-duplicates"],
        acceptShrink: values["accept-shrink"],
      }),
    );
  } catch (error) {
    console.error(
      `refresh failed, the pin is unchanged: ${error instanceof DataError || error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
}
