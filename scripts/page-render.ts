/**
 * Waiting for a built page in headless Chromium to finish drawing, shared by the prerender step
 * of the build, `npm run pdf`, the browser tests and the benchmark.
 */
import type { Page } from "playwright-core";

/**
 * Waits until Framework has rendered every cell and charts sized by `resize` have drawn. With
 * `idle`, also until the network has been quiet for half a second, as printing needs.
 */
export async function waitForRender(page: Page, { idle = true }: { idle?: boolean } = {}): Promise<void> {
  if (idle) await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, undefined, { timeout: 30_000 });
  // resize() draws in a ResizeObserver callback, which runs before the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Inputs.table adds rows as the reader scrolls; scroll each table to its end, as often as it
 * takes (it appends rows within the scroll event), so that every row is in the DOM.
 */
export async function renderWholeTables(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tables = [...document.querySelectorAll<HTMLElement>("form[class*='-table']")];
    const rows = () => tables.reduce((sum, table) => sum + table.querySelectorAll("tbody tr").length, 0);
    for (let before = -1, pass = 0; pass < 1000 && rows() !== before; pass++) {
      before = rows();
      for (const table of tables) {
        table.scrollTop = table.scrollHeight;
        table.dispatchEvent(new Event("scroll"));
      }
    }
  });
}
