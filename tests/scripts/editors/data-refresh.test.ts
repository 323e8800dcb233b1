/**
 * data:refresh against a real HTTP server on 127.0.0.1 serving the variants a live source can
 * send: the pinned file, a file with a new month of rows, a late-recorded MINUSMA death, an HTML
 * error page, a response slower than the timeout, a dropped connection, and a flaky one.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, resolveUpstream } from "../../../data-loaders/fetch.js";
import { pinsPath, sources } from "../../../data-loaders/sources.js";

const run = promisify(execFile);
const pinned = resolveUpstream(sources.unFatalities).bytes;
const row = (id: number, date: string, mission: string) =>
  `${id},${date},${mission}-${date.slice(0, 7)}-9${id},${mission},Fatality,M,Ghana,Military,Accident,288.0,GHA,2025-05-02\n`;
// A new month of the publisher's file: two deaths in March 2025.
const newMonth = Buffer.concat([pinned, Buffer.from(row(4430, "2025-03-04", "UNIFIL") + row(4431, "2025-03-20", "MONUSCO"))]);
// A death recorded late: MINUSMA, May 2023.
const late = Buffer.concat([pinned, Buffer.from(row(4432, "2023-05-10", "MINUSMA"))]);

let server: Server;
let base: string;
let flakyCalls = 0;
const dirs: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const csv = (body: Buffer) => {
      res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
      res.end(body);
    };
    switch (req.url) {
      case "/good":
        return csv(pinned);
      case "/new-month":
        return csv(newMonth);
      case "/late":
        return csv(late);
      case "/error-page":
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<!DOCTYPE html><html><body>Service unavailable</body></html>");
      case "/slow":
        return void setTimeout(() => csv(pinned), 3000);
      case "/drop":
        return req.socket.destroy();
      case "/flaky":
        return ++flakyCalls === 1 ? req.socket.destroy() : csv(newMonth);
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function refresh(path: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "refresh-"));
  dirs.push(dir);
  const sourcesFile = join(dir, "pins.json");
  cpSync(pinsPath, sourcesFile);
  const env = { ...process.env, REFRESH_CACHE_DIR: join(dir, "cache"), PINS_FILE: sourcesFile };
  try {
    const { stdout, stderr } = await run(
      "npm",
      ["run", "--silent", "data:refresh", "--", "unFatalities", "--url", `${base}${path}`, "--timeout", "500", "--retries", "1", ...args],
      { cwd: projectRoot, env },
    );
    return { status: 0, out: stdout + stderr, sourcesFile, dir };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, out: failed.stdout + failed.stderr, sourcesFile, dir };
  }
}

const pinOf = (file: string) => JSON.parse(readFileSync(file, "utf-8")).unFatalities.sha256 as string;

describe("npm run data:refresh", () => {
  it("says there is nothing to do when the live file is the pinned file", async () => {
    const { status, out } = await refresh("/good");
    expect(status).toBe(0);
    expect(out).toContain("the live file is the pinned file");
  });

  it("reports a new month of rows by mission and year, and keeps the pin", async () => {
    const { status, out, sourcesFile, dir } = await refresh("/new-month");
    expect(status).toBe(0);
    expect(out).toMatch(/MONUSCO\s+2025\s+\+1\s+-0\s+~0/);
    expect(out).toMatch(/UNIFIL\s+2025\s+\+1\s+-0\s+~0/);
    // No claim moves, but the story page names UNIFIL's toll as the highest of all missions.
    expect(out).toContain('story figure "toll.deadliestMission.fatalities": 339 → 340');
    expect(out).not.toContain('claim "');
    expect(out).toContain("The pin is unchanged");
    expect(pinOf(sourcesFile)).toBe(sources.unFatalities.sha256);
    expect(readFileSync(join(dir, "cache", sources.unFatalities.relativePath)).equals(newMonth)).toBe(true);
  });

  it("names the claims a late-recorded death would move", async () => {
    const { status, out } = await refresh("/late");
    expect(status).toBe(0);
    expect(out).toMatch(/MINUSMA\s+2023\s+\+1/);
    expect(out).toContain('claim "reuters-303-killed"');
    expect(out).toContain('story figure "toll.all": 311 → 312');
  });

  it("moves the pin only with --accept", async () => {
    const { status, sourcesFile } = await refresh("/new-month", "--accept");
    expect(status).toBe(0);
    expect(pinOf(sourcesFile)).toBe(createHash("sha256").update(newMonth).digest("hex"));
    expect(JSON.parse(readFileSync(sourcesFile, "utf-8")).unFatalities.bytes).toBe(newMonth.length);
  });

  it("refuses an HTML error page without retrying, and keeps the pin", async () => {
    const { status, out, sourcesFile } = await refresh("/error-page", "--accept");
    expect(status).toBe(1);
    expect(out).toContain("sent an HTML page");
    expect(out).toContain("the pin is unchanged");
    expect(pinOf(sourcesFile)).toBe(sources.unFatalities.sha256);
  });

  it("gives up on a response slower than the timeout after its retries", async () => {
    const { status, out } = await refresh("/slow");
    expect(status).toBe(1);
    expect(out).toContain("attempt 1 failed");
    expect(out).toMatch(/refresh failed.*no answer within 500 ms/);
  });

  it("gives up on a dropped connection after its retries, and recovers from one drop", async () => {
    const dropped = await refresh("/drop");
    expect(dropped.status).toBe(1);
    expect(dropped.out).toContain("attempt 2 failed");
    // What failed underneath, not undici's bare "fetch failed".
    expect(dropped.out).toMatch(/refresh failed.*fetch failed: \S/);
    const flaky = await refresh("/flaky");
    expect(flaky.status).toBe(0);
    expect(flaky.out).toContain("attempt 1 failed");
    expect(flaky.out).toMatch(/UNIFIL\s+2025\s+\+1/);
  });

  it("says a host that cannot be found may mean the machine is offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "refresh-"));
    dirs.push(dir);
    const failed = await run(
      "npm",
      ["run", "--silent", "data:refresh", "--", "--url", "http://upstream.invalid/file.csv", "--retries", "0"],
      {
        cwd: projectRoot,
        env: { ...process.env, REFRESH_CACHE_DIR: join(dir, "cache"), PINS_FILE: join(dir, "pins.json") },
      },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/upstream\.invalid.*could not be found \((ENOTFOUND|EAI_AGAIN)\): is this machine offline\?/);
  });
});
