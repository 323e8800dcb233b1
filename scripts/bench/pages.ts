/**
 * What a reader on a slow phone gets from one page: bytes transferred and the time until the
 * first chart is visible, in headless Chromium with the network and the processor slowed down.
 */
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { keepNamesShim } from "../chromium.js";
import { filesUnder } from "../files.js";
import { stripSnapshot } from "../prerender.js";

/**
 * Chrome's "slow 4G" preset as Lighthouse uses it (150 ms round trip, 1.6 Mbit/s down), and a
 * processor four times slower than this machine's, as phones are.
 */
export const slowPhone = {
  viewport: { width: 390, height: 844 },
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

export interface PageLoad {
  /** From the start of navigation until a chart's svg is laid out with a size. */
  firstChartMs: number;
  requests: number;
  rawBytes: number;
  /** What the same files weigh gzipped, as a host that compresses would send them. */
  gzipBytes: number;
  jsRawBytes: number;
  jsGzipBytes: number;
}

/** Runs in the page before its own scripts: notes the first frame in which a chart is visible. */
function watchForFirstChart(): void {
  const look = () => {
    const visible = [...document.querySelectorAll("svg[role='img']")].some((svg) => {
      const box = svg.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
    if (visible) (window as unknown as { __firstChart: number }).__firstChart = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) gzipSizes.set(file, (size = gzipSync(readFileSync(file)).length));
  return size;
}

/** Loads `path` of the site served at `siteUrl` (files in `siteDir`) in a fresh, empty browser profile. */
export async function measurePageLoad(browser: Browser, siteUrl: string, siteDir: string, path: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: slowPhone.viewport });
  try {
    await context.addInitScript(keepNamesShim);
    await context.addInitScript(watchForFirstChart);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: slowPhone.latencyMs,
      downloadThroughput: slowPhone.downloadBytesPerSecond,
      uploadThroughput: slowPhone.uploadBytesPerSecond,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowPhone.cpuSlowdown });
    const files: string[] = [];
    const foreign: string[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (!url.href.startsWith(siteUrl)) return void foreign.push(url.href);
      let relative = decodeURIComponent(url.pathname.slice(new URL(siteUrl).pathname.length));
      if (relative === "" || relative.endsWith("/")) relative += "index.html";
      files.push(join(siteDir, relative));
    });
    await page.goto(new URL(path, siteUrl).href);
    await page.waitForFunction(() => "__firstChart" in window, undefined, { timeout: 120_000 });
    await page.waitForLoadState("networkidle");
    if (foreign.length) throw new Error(`${path} loaded files from another host: ${foreign.join(", ")}`);
    const firstChartMs = await page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart);
    const load: PageLoad = { firstChartMs, requests: files.length, rawBytes: 0, gzipBytes: 0, jsRawBytes: 0, jsGzipBytes: 0 };
    for (const file of files) {
      const raw = statSync(file).size;
      const gzip = gzipSize(file);
      load.rawBytes += raw;
      load.gzipBytes += gzip;
      if (file.endsWith(".js")) {
        load.jsRawBytes += raw;
        load.jsGzipBytes += gzip;
      }
    }
    return load;
  } finally {
    await context.close();
  }
}

/** A copy of the built site as it was before static rendering: every cell drawn by script only. */
export function copyWithoutStaticContent(siteDir: string, copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(siteDir, copyDir, { recursive: true });
  for (const page of filesUnder(copyDir).filter((file) => file.endsWith(".html"))) {
    writeFileSync(join(copyDir, page), stripSnapshot(readFileSync(join(copyDir, page), "utf-8")));
  }
}
