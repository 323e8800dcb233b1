/**
 * What a reader on a slow phone gets from one page: when the HTML document has arrived, when the
 * first chart is visible, and the bytes that crossed the network, in headless Chromium with the
 * network and the processor slowed down. The site is served gzipped, as a real host serves it.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { keepNamesShim } from "../browser/chromium.js";
import { filesUnder } from "../files.js";

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
  /** From the start of navigation until the HTML document has arrived whole. */
  documentMs: number;
  /** From the start of navigation until a chart is painted: an inline svg, or a chart image decoded. */
  firstChartMs: number;
  requests: number;
  /** Bytes received, as the server sent them (gzipped). */
  transferredBytes: number;
  javascriptBytes: number;
}

/** Runs in the page before its own scripts: notes the first frame in which a chart is visible. */
function watchForFirstChart(): void {
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const look = () => {
    const svg = [...document.querySelectorAll("svg[role='img']")].some(visible);
    const image = [...document.querySelectorAll<HTMLImageElement>(".chart img")].some(
      (img) => img.complete && img.naturalWidth > 0 && visible(img),
    );
    if (svg || image) (window as unknown as { __firstChart: number }).__firstChart = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Loads `path` of the site served at `siteUrl` in a fresh, empty browser profile. */
export async function measurePageLoad(browser: Browser, siteUrl: string, path: string): Promise<PageLoad> {
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
    const types = new Map<string, string>();
    const foreign: string[] = [];
    let transferredBytes = 0;
    let javascriptBytes = 0;
    let requests = 0;
    cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
      types.set(requestId, type);
      if (!response.url.startsWith(siteUrl) && !response.url.startsWith("data:")) foreign.push(response.url);
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      if (!types.has(requestId)) return;
      requests++;
      transferredBytes += encodedDataLength;
      if (types.get(requestId) === "Script") javascriptBytes += encodedDataLength;
    });
    await page.goto(new URL(path, siteUrl).href);
    await page.waitForFunction(() => "__firstChart" in window, undefined, { timeout: 120_000 });
    await page.waitForLoadState("networkidle");
    if (foreign.length) throw new Error(`${path} loaded files from another host: ${foreign.join(", ")}`);
    const { documentMs, firstChartMs } = await page.evaluate(() => ({
      documentMs: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).responseEnd,
      firstChartMs: (window as unknown as { __firstChart: number }).__firstChart,
    }));
    return { documentMs, firstChartMs, requests, transferredBytes, javascriptBytes };
  } finally {
    await context.close();
  }
}

/**
 * A copy of a built site with a gzipped copy of every text file beside it (`page.html.gz`), which
 * the server sends to browsers that accept gzip, as a host with compression on does.
 */
export function gzippedCopy(siteDir: string, copyDir: string): void {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(siteDir, copyDir, { recursive: true });
  for (const file of filesUnder(copyDir).filter((f) => /\.(html|css|js|json|csv|svg)$/.test(f))) {
    writeFileSync(join(copyDir, `${file}.gz`), gzipSync(readFileSync(join(copyDir, file)), { level: 9 }));
  }
}
