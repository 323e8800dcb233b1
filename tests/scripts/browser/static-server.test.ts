import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticSite } from "../../../scripts/browser/static-server.js";

describe("[the output folder is the user's] the project's static server", () => {
  let dir: string;
  let server: StaticSite;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "static-"));
    const site = join(dir, "site");
    mkdirSync(join(site, "inner"), { recursive: true });
    writeFileSync(join(site, "index.html"), "<p>the site</p>");
    writeFileSync(join(site, "inner", "page.html"), "<p>a page</p>");
    mkdirSync(join(dir, "home", ".ssh"), { recursive: true });
    writeFileSync(join(dir, "home", ".ssh", "id_ed25519"), "private key");
    // Links planted in the site: out of it, to a file and to a folder, and one that stays inside.
    symlinkSync(join(dir, "home", ".ssh", "id_ed25519"), join(site, "key.txt"));
    symlinkSync(join(dir, "home"), join(site, "home"));
    symlinkSync(join(dir, "home", ".ssh", "id_ed25519"), join(site, "mapped.html"));
    symlinkSync(join(site, "inner", "page.html"), join(site, "alias.html"));
    server = await serveStatic({ root: site, base: "/report/", mapHtmlExtension: true });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const status = async (path: string) => (await fetch(new URL(path, server.url))).status;

  it("never follows a link out of the site, whatever the path asks for", async () => {
    expect(await status("key.txt")).toBe(404);
    expect(await status("home/.ssh/id_ed25519")).toBe(404);
    expect(await status("mapped")).toBe(404);
    expect(await status("%6Bey.txt")).toBe(404);
  });

  it("serves the site's own files, and a link that stays inside it", async () => {
    expect(await status("")).toBe(200);
    expect(await status("inner/page.html")).toBe(200);
    expect(await status("alias.html")).toBe(200);
  });
});
