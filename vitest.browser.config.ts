import { defineConfig } from "vitest/config";

// Browser tests: build the site, serve it, open every page in headless Chromium.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
