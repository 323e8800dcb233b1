/**
 * Waiting for a built page in headless Chromium to be ready, shared by `npm run pdf`, the browser
 * tests and the benchmark. Pages are complete in their HTML; the wait covers the few scripts that
 * enhance them (the missions index's search box) and the chart images' decoding.
 */
import type { Page } from "playwright-core";

/** Waits until the network has been quiet for half a second and every image has loaded. */
export async function waitForRender(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => [...document.images].every((image) => image.complete), undefined, { timeout: 30_000 });
}
