/** One headless Chromium page for a test file: opened before its tests, closed after them. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../scripts/browser/chromium.js";

/** Registers the page's opening and closing with the file's hooks; call the result inside a test. */
export function chromiumPage(): () => Page {
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!page) throw new Error("Chromium did not start: see the error of the file's first hook");
    return page;
  };
}
