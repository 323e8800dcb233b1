/**
 * data:refresh against a real HTTP server on 127.0.0.1 serving the variants a live source can
 * send: the pinned file, a file with a new month of rows, a late-recorded MINUSMA death, an HTML
 * error page, a response slower than the timeout, a dropped connection, and a flaky one.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, resolveUpstream } from "../../../data-loaders/fetch.js";
import { pinsPath, sources } from "../../../data-loaders/sources.js";
import { fixturesDir } from "../../helpers.js";

const run = promisify(execFile);
const pinned = resolveUpstream(sources.unFatalities).bytes;
const row = (id: number, date: string, mission: string) =>
  `${id},${date},${mission}-${date.slice(0, 7)}-9${id},${mission},Fatality,M,Ghana,Military,Accident,288.0,GHA,2025-05-02\n`;
// A new month of the publisher's file: two deaths in March 2025.
const newMonth = Buffer.concat([pinned, Buffer.from(row(4430, "2025-03-04", "UNIFIL") + row(4431, "2025-03-20", "MONUSCO"))]);
// A death recorded late: MINUSMA, May 2023.
const late = Buffer.concat([pinned, Buffer.from(row(4432, "2023-05-10", "MINUSMA"))]);

// The publisher's file with every row written ten times: a broken export.
const [pinnedHeader, ...pinnedRows] = pinned.toString("utf-8").trimEnd().split("\n");
const repeated = Buffer.from([pinnedHeader, ...pinnedRows.flatMap((line) => Array(10).fill(line))].join("\n") + "\n");
// One row of the publisher's file given again at the end: one new repeat, after the file's own.
const oneRepeat = Buffer.concat([pinned, Buffer.from(`${pinnedRows[99].replace(/^\d+,/, "99999,")}\n`)]);
const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, "0"));
// Geo-PKO: the fixture files made for the pipeline's tests, one with an entry that does not parse.
const geoFront = readFileSync(join(fixturesDir, "geo-pko", "front-good.csv"));
const geoContributorsBad = Buffer.from(
  readFileSync(join(fixturesDir, "geo-pko", "tcc-good.csv"), "utf-8").replace("Burkina Faso (150)", "Burkina Faso"),
);

// Geo-PKO's FrontMap with one MINUSMA row's latitude and longitude swapped: the place would leave Mali.
const frontPinned = resolveUpstream(sources.geoPkoFront).bytes.toString("utf-8").split("\n");
const minusmaRow = frontPinned.findIndex((line) => line.startsWith("MINUSMA,"));
const geoFrontSwapped = Buffer.from(
  frontPinned
    .map((line, i) => {
      if (i !== minusmaRow) return line;
      const cells = line.split(",");
      [cells[4], cells[5]] = [cells[5], cells[4]];
      return cells.join(",");
    })
    .join("\n"),
);
// The UN's list of operations: one row dropped and one name changed; then MINUSMA's end put right upstream.
const operations = resolveUpstream(sources.unOperations).bytes.toString("utf-8");
const operationsChanged = Buffer.from(
  operations
    .replace(/^1,UNYOM,.*\n/m, "")
    .replace("United Nations Transitional Authority in Cambodia", "UN Transitional Authority in Cambodia"),
);
const operationsFixedUpstream = Buffer.from(
  operations.replace("Mali,DPO,Yes,2013-04-25,,Bamako", "Mali,DPO,No,2013-04-25,2023-12-31,Bamako"),
);

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
      case "/repeated":
        return csv(repeated);
      case "/geo-front":
        return csv(geoFront);
      case "/geo-front-swapped":
        return csv(geoFrontSwapped);
      case "/one-repeat":
        return csv(oneRepeat);
      case "/operations-changed":
        return csv(operationsChanged);
      case "/operations-fixed-upstream":
        return csv(operationsFixedUpstream);
      case "/geo-contributors-bad":
        return csv(geoContributorsBad);
      case "/gzip-bomb":
        // About 4 KB on the wire, 4 MB once decompressed.
        res.writeHead(200, { "content-type": "text/csv", "content-encoding": "gzip" });
        return res.end(bomb);
      case "/endless": {
        res.writeHead(200, { "content-type": "text/csv" });
        const chunk = Buffer.alloc(64 * 1024, "1,");
        const write = () => {
          while (res.write(chunk));
          res.once("drain", write);
        };
        res.on("close", () => res.removeAllListeners("drain"));
        return write();
      }
      case "/announced-too-big":
        res.writeHead(200, { "content-type": "text/csv", "content-length": String(10 * 1024 ** 3) });
        return res.write("incident_date\n");
      case "/loop-a":
      case "/loop-b":
        res.writeHead(302, { location: req.url === "/loop-a" ? "/loop-b" : "/loop-a" });
        return res.end();
      case "/to-file":
        res.writeHead(301, { location: "file:///etc/passwd" });
        return res.end();
      default:
        if (req.url?.startsWith("/hop/")) {
          res.writeHead(302, { location: `/hop/${Number(req.url.slice(5)) + 1}` });
          return res.end();
        }
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
  return refreshSource("unFatalities", path, ...args);
}

async function refreshSource(source: string, path: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "refresh-"));
  dirs.push(dir);
  const sourcesFile = join(dir, "pins.json");
  cpSync(pinsPath, sourcesFile);
  const env = { ...process.env, REFRESH_CACHE_DIR: join(dir, "cache"), PINS_FILE: sourcesFile };
  try {
    const { stdout, stderr } = await run(
      "npm",
      ["run", "--silent", "data:refresh", "--", source, "--url", `${base}${path}`, "--timeout", "500", "--retries", "1", ...args],
      { cwd: projectRoot, env },
    );
    return { status: 0, out: stdout + stderr, sourcesFile, dir };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, out: failed.stdout + failed.stderr, sourcesFile, dir };
  }
}

const pinOf = (file: string, source = "unFatalities") => JSON.parse(readFileSync(file, "utf-8"))[source].sha256 as string;

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

  it("reports a file with every row repeated, and --accept refuses it unless told so explicitly", async () => {
    const report = await refresh("/repeated");
    expect(report.status).toBe(0);
    expect(report.out).not.toContain("only the file's bytes differ");
    expect(report.out).toContain(`(${pinnedRows.length * 10} rows read, `);
    expect(report.out).toContain(`repeats ${pinnedRows.length * 9} more casualty ids than the pinned one`);
    const refused = await refresh("/repeated", "--accept");
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("--accept refused");
    expect(pinOf(refused.sourcesFile)).toBe(sources.unFatalities.sha256);
    const forced = await refresh("/repeated", "--accept", "--accept-duplicates");
    expect(forced.status, forced.out).toBe(0);
    expect(pinOf(forced.sourcesFile)).toBe(createHash("sha256").update(repeated).digest("hex"));
  });

  it.each([
    ["a gzip bomb, counted at its decompressed size", "/gzip-bomb"],
    ["an endless body", "/endless"],
  ])("stops %s at the size limit, keeps no partial file, and does not retry", async (_, path) => {
    const { status, out, dir } = await refresh(path, "--max-mb", "1");
    expect(status).toBe(1);
    expect(out).toContain("sent more than the limit of 1,048,576 bytes (--max-mb)");
    expect(out).not.toContain("attempt 1 failed");
    const cache = join(dir, "cache", "un-peacekeeping-fatalities");
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
  });

  it("refuses a body announced beyond the limit before reading it", async () => {
    const { status, out } = await refresh("/announced-too-big");
    expect(status).toBe(1);
    expect(out).toContain("announces 10,737,418,240 bytes, beyond the limit of 209,715,200 bytes");
  });

  it.each([
    ["a redirect loop, naming its steps", "/loop-a", "redirect loop: "],
    ["endless redirects, by count", "/hop/1", "redirect count exceeded: more than 10 redirects"],
    ["a redirect to a file: address, by scheme", "/to-file", "redirected to a file: address (file:///etc/passwd); refused"],
  ])("stops on %s without retrying", async (_, path, message) => {
    const { status, out } = await refresh(path);
    expect(status).toBe(1);
    expect(out).toContain(message);
    expect(out).not.toContain("attempt 1 failed");
  });

  it.each([
    ["--timeout", "soon", "--timeout takes a whole number from 1 to 3600000"],
    ["--retries", "=-1", "--retries takes a whole number from 0 to 20"],
    ["--retries", "1000", "--retries takes a whole number from 0 to 20"],
    ["--max-mb", "0", "--max-mb takes a whole number from 1 to 2048"],
  ])("names a bad %s value (%s) as an invalid option, with exit 2", async (option, value, message) => {
    const failed = await run(
      "npm",
      ["run", "--silent", "data:refresh", "--", "--url", `${base}/good`, ...(value.startsWith("=") ? [option + value] : [option, value])],
      {
        cwd: projectRoot,
      },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain(`invalid option: ${message}; not "${value.replace(/^=/, "")}"`);
  });
  it("reads a new Geo-PKO file with its own pipeline, reports places by mission, and moves only that pin with --accept", async () => {
    const { status, out, sourcesFile } = await refreshSource("geoPkoFront", "/geo-front");
    expect(status).toBe(0);
    expect(out).toContain(`pinned sha256 ${sources.geoPkoFront.sha256} (7366 places and years)`);
    expect(out).toContain("Places and years by mission (pinned → live):");
    expect(out).toMatch(/MINUSMA +134 → 3/);
    expect(out).toMatch(/UNAVEM II +\d+ → 1/);
    expect(pinOf(sourcesFile, "geoPkoFront")).toBe(sources.geoPkoFront.sha256);
    // The fixture holds a handful of places: a source cut short, which --accept alone refuses.
    expect(out).toContain("The live file holds fewer places and years than the pinned one (7,366 → ");
    const refused = await refreshSource("geoPkoFront", "/geo-front", "--accept");
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("--accept refused: the live file holds fewer places and years than the pinned one");
    expect(pinOf(refused.sourcesFile, "geoPkoFront")).toBe(sources.geoPkoFront.sha256);
    const accepted = await refreshSource("geoPkoFront", "/geo-front", "--accept", "--accept-shrink");
    expect(accepted.status).toBe(0);
    expect(pinOf(accepted.sourcesFile, "geoPkoFront")).toBe(createHash("sha256").update(geoFront).digest("hex"));
    expect(pinOf(accepted.sourcesFile)).toBe(sources.unFatalities.sha256);
  });

  it("[implausible data] refuses a Geo-PKO place moved out of its country by swapped coordinates, naming the cell, and keeps the pin", async () => {
    const { status, out, sourcesFile } = await refreshSource("geoPkoFront", "/geo-front-swapped", "--accept");
    expect(status).toBe(1);
    expect(out).toContain("refresh failed, the pin is unchanged");
    expect(out).toContain(`${base}/geo-front-swapped:${minusmaRow + 1}:5 column "latitude"`);
    expect(out).toMatch(/km outside Mali, where this place is; latitude and longitude look swapped/);
    expect(pinOf(sourcesFile, "geoPkoFront")).toBe(sources.geoPkoFront.sha256);
  });

  it("[implausible data] names the new repeat of a casualty id, not one the pinned file already had", async () => {
    const { status, out } = await refresh("/one-repeat");
    expect(status).toBe(0);
    const id = pinnedRows[99].split(",")[2];
    expect(out).toContain(
      `repeats 1 more casualty ids than the pinned one (the first new repeat on line ${pinnedRows.length + 2}, ${id}, first given on line 101)`,
    );
  });

  it("reads a new list of operations with the corrections applied and reports the operations added, removed or changed", async () => {
    const { status, out, sourcesFile } = await refreshSource("unOperations", "/operations-changed");
    expect(status).toBe(0);
    expect(out).toContain(`pinned sha256 ${sources.unOperations.sha256} (81 operations)`);
    expect(out).toContain("  ~ UNTAC: name");
    expect(out).toContain("  - UNYOM");
    expect(out).toContain("The live file holds fewer operations than the pinned one (81 → 80, 1 fewer)");
    expect(pinOf(sourcesFile, "unOperations")).toBe(sources.unOperations.sha256);
  });

  it("stops at a correction the new list no longer needs, naming the cell, and keeps the pin", async () => {
    const { status, out, sourcesFile } = await refreshSource("unOperations", "/operations-fixed-upstream", "--accept");
    expect(status).toBe(1);
    expect(out).toContain("refresh failed, the pin is unchanged");
    expect(out).toContain('operations-fixed-upstream:67:7 column "end_date" value "2023-12-31"');
    expect(out).toContain('curated/operation_corrections.csv expects "" here, to correct it to "2023-06-30"');
    expect(pinOf(sourcesFile, "unOperations")).toBe(sources.unOperations.sha256);
  });

  it("refuses a Geo-PKO file whose overview does not parse, naming line, column and entry, and keeps the pin", async () => {
    const { status, out, sourcesFile } = await refreshSource("geoPkoContributors", "/geo-contributors-bad", "--accept");
    expect(status).toBe(1);
    expect(out).toContain("refresh failed, the pin is unchanged");
    expect(out).toContain(`${base}/geo-contributors-bad:3:7`);
    expect(out).toContain('the entry "Burkina Faso"');
    expect(pinOf(sourcesFile, "geoPkoContributors")).toBe(sources.geoPkoContributors.sha256);
  });
});
