/**
 * Every command in package.json that runs a script of ours answers --help with what it does and
 * its options, and names a mistyped option instead of printing a stack trace. Run the way users
 * run them: through npm.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../data-loaders/fetch.js";

const run = promisify(execFile);
const npmRun = (...args: string[]) =>
  run("npm", ["run", "--silent", ...args], { cwd: projectRoot }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf-8")).scripts as Record<string, string>;
const ourCommands = Object.entries(scripts)
  .filter(([, command]) => command.startsWith("tsx scripts/"))
  .map(([name]) => name);

// The options each command documents; a test fails if --help stops listing one.
const expectedOptions: Record<string, string[]> = {
  dev: ["--port", "--host"],
  build: ["--output", "--force", "MISSION_PAGES"],
  claims: ["--accept", "CLAIMS_REVIEWED"],
  "bench:missions": ["--runs"],
  pdf: ["--site", "--output", "CHROMIUM_PATH"],
  bench: ["--runs", "--only", "--scale", "--baseline"],
  "data:refresh": ["--accept", "--url", "--timeout", "--retries", "REFRESH_CACHE_DIR", "--max-mb", "--accept-duplicates"],
  "links:check": ["--site", "--timeout", "--concurrency"],
};

describe("npm scripts on the command line", () => {
  it("covers every command of ours in package.json", () => {
    expect(ourCommands.sort()).toEqual(Object.keys(expectedOptions).sort());
  });

  it.each(Object.keys(expectedOptions))("npm run %s -- --help prints its usage and options", async (name) => {
    const { status, stdout } = await npmRun(name, "--", "--help");
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
    for (const option of [...expectedOptions[name], "--help"]) expect(stdout).toContain(option);
  });

  it.each(Object.keys(expectedOptions))("npm run %s -- --no-such-option names the mistake, exit 2, no stack trace", async (name) => {
    const { status, stderr } = await npmRun(name, "--", "--no-such-option");
    expect(status).toBe(2);
    expect(stderr).toContain("--no-such-option");
    expect(stderr).toContain("Run with --help");
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it("refuses to build into a folder of sources, which the build would replace, and leaves it whole", async () => {
    const { status, stderr } = await npmRun("build", "--", "--output", "data-loaders/curated");
    expect(status).toBe(2);
    expect(stderr).toContain("build refused: --output data-loaders/curated: it lies inside data-loaders");
    expect(existsSync(join(projectRoot, "data-loaders", "curated", "events.csv"))).toBe(true);
  });

  it("names an option given a value it cannot take", async () => {
    const { status, stderr } = await npmRun("bench:missions", "--", "--runs", "0");
    expect(status).toBe(2);
    expect(stderr).toContain('--runs takes a whole number of at least 1; not "0"');
  });
});
