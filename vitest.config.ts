import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser tests run with `npm run test:browser` (vitest.browser.config.ts), not here.
    exclude: [...configDefaults.exclude, "tests/browser/**"],
    // The build test runs the real Framework build; a cold one takes tens of seconds on two cores.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
