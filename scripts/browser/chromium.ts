/**
 * Headless Chromium from Debian's `chromium` package, driven by playwright-core. Playwright's own
 * browser download does not work on these machines, so a missing browser is an error that says
 * which package to install, never a skipped test.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium tries to reach Google's hosts at every start.
const flags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a __name() helper that a
 * page lacks when their source text is evaluated there ("__name is not defined" under `npm run
 * pdf`, though not under vitest, which compiles differently): every page we open gets it first.
 */
export const keepNamesShim = "globalThis.__name = (target) => target;";

/** A page in a fresh context that can run functions passed from tsx-compiled code. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await context.addInitScript(keepNamesShim);
  return context.newPage();
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package: apt-get install -y chromium ` +
        `(or set CHROMIUM_PATH to another Chromium binary).`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: flags });
}
