/**
 * `npm run dev` as an analyst uses it, on a copy of the project (so that the edits made here
 * never touch the repository): saving a pipeline module or a curated table refreshes what the
 * preview serves and the open page, a loader error shows in the terminal and on the page, and
 * the draft notebook previews. Prints the time from saving to the new table being served.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectCopy } from "../helpers.js";
import { launchChromium } from "../../scripts/browser/chromium.js";
import { median } from "../../scripts/bench/stats.js";

const project = projectCopy("dev-test");
const copy = project.dir;
// Between 4100 and 4798: fetch refuses the "bad ports" (5060, 5061, 6000…), and the guide test uses 4800 on.
const port = 4100 + Math.floor(Math.random() * 350) * 2;
const base = `http://127.0.0.1:${port}`;
let dev: ChildProcess;
let devLog = "";
let browser: Browser;

const edit = (file: string, from: string, to: string) => {
  const path = join(copy, file);
  const text = readFileSync(path, "utf-8");
  if (!text.includes(from)) throw new Error(`${file} no longer holds ${from}`);
  writeFileSync(path, text.replace(from, to));
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n--- dev log ---\n${devLog.slice(-3000)}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** A failed wait, rethrown with the preview's own log: whether it saw the save and what it re-ran. */
const withDevLog = (error: Error): never => {
  throw new Error(`${error.message}\n--- dev log ---\n${devLog.slice(-3000)}`);
};

const served = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return response.ok ? response.text() : undefined;
};

beforeAll(async () => {
  // As an analyst starts it: through npm. In a process group of its own, to stop all of it.
  dev = spawn("npm", ["run", "dev", "--", "--port", String(port)], {
    cwd: copy,
    env: project.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  dev.stdout!.on("data", (chunk) => (devLog += chunk));
  dev.stderr!.on("data", (chunk) => (devLog += chunk));
  await until("the preview to answer", () => served("/flights.html"), 120_000);
  await until("the watcher", async () => (devLog.includes("dev: following") ? true : undefined));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, "SIGTERM");
  project.remove();
});

describe("npm run dev", () => {
  it("serves the new table after each save of a pipeline module", async () => {
    await until("the first casualties table", () => served("/_file/data/tables/casualties.csv"), 60_000);
    const times: number[] = [];
    for (const [from, to] of [
      ['name: "Côte d\'Ivoire"', 'name: "Côte d\'Ivoire (edit 1)"'],
      ["(edit 1)", "(edit 2)"],
      ["(edit 2)", "(edit 3)"],
      ["(edit 3)", "(edit 4)"],
      ["(edit 4)", "(edit 5)"],
    ]) {
      const marker = to.match(/\(edit \d\)/)?.[0] ?? to;
      const saved = performance.now();
      edit("data-loaders/nationalities.ts", from, to);
      await until(`casualties.csv with ${marker}`, async () =>
        (await served("/_file/data/tables/casualties.csv"))?.includes(marker) ? true : undefined,
      );
      times.push(performance.now() - saved);
    }
    process.stderr.write(
      `dev: save → new casualties table served: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ")}; median ${(median(times) / 1000).toFixed(2)} s\n`,
    );
    // How fast is the bench's to say (npm run bench); a test on a busy machine only waits, with a limit.
  });

  it("updates the open page when a curated table is saved, says which reviewed figures moved, and shows a loader error until it is fixed", async () => {
    const page = await browser.newPage();
    // The preview watches a page's loader once the page's socket has said hello; an edit saved
    // before that would go unseen by this page (as it would for a reader who had not opened it).
    const watched = page.waitForEvent("console", { predicate: (message) => message.text().includes("welcome"), timeout: 20_000 });
    await page.goto(`${base}/flights.html`);
    await page.waitForFunction(() => document.body.innerText.includes("565"));
    await watched;
    const flightsPath = join(copy, "data-loaders/curated/flights.csv");
    const original = readFileSync(flightsPath, "utf-8");
    try {
      const saved = performance.now();
      edit("data-loaders/curated/flights.csv", ",565,167,", ",577,167,");
      await page.waitForFunction(() => document.body.innerText.includes("asked for 577"), undefined, { timeout: 20_000 });
      process.stderr.write(`dev: save → page shows the new figure: ${((performance.now() - saved) / 1000).toFixed(2)} s\n`);
      // The build would stop on the moved figure; the preview shows it and says so.
      const banner = page.locator("#dev-loader-errors");
      const bannerHolds = (text: string) =>
        page.waitForFunction((t) => document.querySelector("#dev-loader-errors")?.textContent?.includes(t), text, { timeout: 20_000 });
      await bannerHolds('story figure "flights.latest.requested": 565 → 577');

      edit("data-loaders/curated/flights.csv", ",577,167,", ",577,600,");
      const message = 'flights.csv:5:6 column "denied" value "600": more flights denied than requested (577)';
      await bannerHolds(message);
      // The page itself shows the error in place of its content.
      await page.waitForFunction((m) => document.querySelector(".dev-page-error")?.textContent?.includes(m), message, { timeout: 20_000 });
      expect(devLog).toContain(`[curated:flights] data-loaders/curated/flights.csv:5:6 column "denied" value "600"`);

      edit("data-loaders/curated/flights.csv", ",577,600,", ",565,167,");
      await banner.waitFor({ state: "hidden", timeout: 20_000 });
      await page.waitForFunction(() => document.body.innerText.includes("asked for 565"), undefined, { timeout: 20_000 });
    } finally {
      // A failure above must not leave the table broken for the tests after it.
      writeFileSync(flightsPath, original);
    }
    await page.close();
  });

  it("keeps the toll on the page when a timeline date is bad, and shows the error in the timeline and the banner", async () => {
    const page = await browser.newPage();
    const watched = page.waitForEvent("console", { predicate: (message) => message.text().includes("welcome"), timeout: 20_000 });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.includes("dead"));
    await watched;
    edit("data-loaders/curated/events.csv", "\nminusma-created,2013-04-25,", "\nminusma-created,2013-04-31,");
    const message = '[curated:events] data-loaders/curated/events.csv:5:2 column "date" value "2013-04-31"';
    try {
      await page
        .waitForFunction((m) => document.querySelector(".dev-part-error")?.textContent?.includes(m), message, { timeout: 20_000 })
        .catch(withDevLog);
      // The toll and its charts (the toll, the ranking, the toll as it was told) need no event: they stay.
      expect(await page.locator("h1").textContent()).toMatch(/MINUSMA: \d+ years, \d+ dead/);
      expect(await page.locator("img.chart-wide").count()).toBe(3);
      expect(await page.locator(".dev-page-error").count()).toBe(0);
      await page.waitForFunction(
        (m) => document.querySelector("#dev-loader-errors")?.textContent?.includes(`/index, timeline: ${m}`),
        message,
        { timeout: 20_000 },
      );
    } finally {
      // Restored whatever happened above, so that a failure here does not break the tests after it.
      edit("data-loaders/curated/events.csv", "\nminusma-created,2013-04-31,", "\nminusma-created,2013-04-25,");
    }
    await page.locator(".dev-part-error").waitFor({ state: "detached", timeout: 20_000 }).catch(withDevLog);
    await page.close();
  });

  it("shows a pipeline's error about the UN file in the banner and on the page, wherever it is worded", async () => {
    const page = await browser.newPage();
    const watched = page.waitForEvent("console", { predicate: (message) => message.text().includes("welcome"), timeout: 20_000 });
    await page.goto(`${base}/`);
    await watched;
    // As if the UN had renamed the column: the pipeline asks for a name the file does not have.
    edit("data-loaders/casualties.ts", '  "mission_acronym",', '  "mission_code",');
    try {
      const message = 'required column "mission_code" is missing';
      await page
        .waitForFunction((m) => document.querySelector("#dev-loader-errors")?.textContent?.includes(m), message, { timeout: 30_000 })
        .catch(withDevLog);
      await page
        .waitForFunction((m) => document.querySelector(".dev-page-error, .dev-part-error")?.textContent?.includes(m), message, {
          timeout: 30_000,
        })
        .catch(withDevLog);
    } finally {
      // Put back whatever happened above, so that a failure here does not break the tests after it.
      edit("data-loaders/casualties.ts", '  "mission_code",', '  "mission_acronym",');
    }
    await page.locator("#dev-loader-errors").waitFor({ state: "hidden", timeout: 30_000 }).catch(withDevLog);
    await page.close();
  });

  it("previews the draft notebook, which the build never publishes", async () => {
    const html = await until("the draft", () => served("/drafts/casualties-explorer"));
    expect(html).toContain("Exploring the casualties table");
    const page = await browser.newPage();
    await page.goto(`${base}/drafts/casualties-explorer`);
    await page.waitForFunction(() => /\d+ people match/.test(document.body.innerText), undefined, { timeout: 60_000 });
    await page.close();
  });
});
