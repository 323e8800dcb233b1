import { configDefaults, defineConfig } from "vitest/config";

/** Tests that run the real build, a command through npm, or render every page of both editions: end to end, and slower. */
export const endToEnd = [
  "tests/build.test.ts",
  "tests/docs/**",
  "tests/scripts/cli.test.ts",
  "tests/scripts/editors/**",
  "tests/scripts/build/edition-figures.test.ts",
];

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser tests run with `npm run test:browser` (vitest.browser.config.ts), not here;
    // `npm run check` leaves out the end-to-end tests too (CHECK=1).
    exclude: [...configDefaults.exclude, "tests/browser/**", ...(process.env.CHECK ? endToEnd : [])],
    // The build test runs the real Framework build; a cold one takes tens of seconds on two cores.
    testTimeout: 240_000,
    // Vitest leaves a core free by default, which on two cores runs one file at a time; the long
    // files mostly wait on child processes (builds, npm), so two at a time is faster.
    maxWorkers: 2,
    hookTimeout: 240_000,
  },
});
