import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The build test runs the real Framework build; a cold one takes tens of seconds on two cores.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
