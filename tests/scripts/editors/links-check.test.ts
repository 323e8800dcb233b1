/**
 * npm run links:check against a real HTTP server on 127.0.0.1 with the cases a live source
 * gives: a page that answers, one that is gone, one moved for good, one that redirects for now,
 * one that refuses HEAD, and one slower than the timeout. Run as an editor runs it, on a small
 * built site made for the test.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";
import { checkLink, outboundLinks } from "../../../scripts/editors/links-check.js";

const run = promisify(execFile);
let server: Server;
let base: string;
const dirs: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/ok":
        return res.writeHead(200).end("ok");
      case "/dead":
        return res.writeHead(404).end();
      case "/moved":
        return res.writeHead(301, { location: "/ok" }).end();
      case "/redirect":
        return res.writeHead(302, { location: "/ok" }).end();
      case "/no-head":
        return res.writeHead(req.method === "HEAD" ? 405 : 200).end();
      case "/slow":
        return void setTimeout(() => res.writeHead(200).end(), 3_000);
      default:
        return res.writeHead(500).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function siteLinking(...paths: string[]): string {
  const site = mkdtempSync(join(tmpdir(), "links-site-"));
  dirs.push(site);
  mkdirSync(join(site, "missions"));
  writeFileSync(
    join(site, "index.html"),
    `<html><body>${paths.map((p) => `<a href="${base}${p}">${p}</a>`).join("")}<a href="./missions/">inside</a></body></html>`,
  );
  writeFileSync(join(site, "missions", "index.html"), `<html><body><a href="${base}/ok">again</a></body></html>`);
  return site;
}

async function linksCheck(site: string) {
  return run("npm", ["run", "--silent", "links:check", "--", "--site", site, "--timeout", "1000"], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ status: 0, out: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, out: error.stdout + error.stderr }),
  );
}

describe("checkLink", () => {
  it.each([
    ["/ok", "ok", 200, []],
    ["/dead", "dead", 404, []],
    ["/moved", "moved", 200, ["/ok"]],
    ["/redirect", "redirected", 200, ["/ok"]],
    ["/no-head", "ok", 200, []],
    ["/slow", "slow", null, []],
  ])("%s is %s", async (path, verdict, status, redirects) => {
    const report = await checkLink(`${base}${path}`, { timeoutMs: 1000 });
    expect(report).toMatchObject({ verdict, status, redirects: redirects.map((r) => `${base}${r}`) });
  });

  it("names the cause when nothing answers", async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    expect(await checkLink(`http://127.0.0.1:${port}/`, { timeoutMs: 1000 })).toMatchObject({
      verdict: "unreachable",
      problem: expect.stringContaining("ECONNREFUSED"),
    });
  });
});

describe("outboundLinks", () => {
  it("lists each outside link once with the pages that carry it, and skips links inside the site", () => {
    const links = outboundLinks(siteLinking("/ok", "/dead"));
    expect([...links.entries()]).toEqual([
      [`${base}/ok`, ["index.html", "missions/index.html"]],
      [`${base}/dead`, ["index.html"]],
    ]);
  });
});

describe("npm run links:check", () => {
  it("reports every link with its verdict, and fails on a dead or slow one", async () => {
    const { status, out } = await linksCheck(siteLinking("/ok", "/dead", "/moved", "/redirect", "/slow"));
    expect(status).toBe(1);
    expect(out).toMatch(new RegExp(`^dead +404 .*${base}/dead .*answered 404`, "m"));
    expect(out).toMatch(new RegExp(`^moved +200 .*${base}/moved → ${base}/ok .*moved permanently`, "m"));
    expect(out).toMatch(new RegExp(`^redirected +200 .*${base}/redirect → ${base}/ok`, "m"));
    expect(out).toMatch(new RegExp(`^slow .*${base}/slow .*no answer within 1000 ms`, "m"));
    expect(out).toContain("not a curated source");
    expect(out).toContain("1 ok, 1 redirected, 1 moved, 1 dead, 0 unreachable, 1 slow");
  });

  it("passes when every link answers, moved ones listed for an editor", async () => {
    const { status, out } = await linksCheck(siteLinking("/ok", "/moved"));
    expect(status).toBe(0);
    expect(out).toContain("1 ok, 0 redirected, 1 moved");
  });

  it("says what to do when there is no built site", async () => {
    const empty = mkdtempSync(join(tmpdir(), "links-empty-"));
    dirs.push(empty);
    const { status, out } = await linksCheck(empty);
    expect(status).toBe(2);
    expect(out).toContain("run npm run build first");
  });
});
