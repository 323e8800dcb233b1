/**
 * Keeps docs/analysts-guide.md true: every command in its shell blocks is run here, or is run by
 * a named test or by CI. A command the guide gains without either fails this test.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../data-loaders/fetch.js";

const guide = readFileSync(join(projectRoot, "docs", "analysts-guide.md"), "utf-8");
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
  block[1]
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);
const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf-8")).scripts as Record<string, string>;
const read = (path: string) => readFileSync(join(projectRoot, path), "utf-8");

/** Commands another test runs, with the file that runs it and what in that file shows it does. */
const runElsewhere: Record<string, { by: string; evidence: string }> = {
  "npm ci": { by: ".ci/run", evidence: "npm ci" },
  "npm test": { by: ".ci/run", evidence: "npm test" },
  "npm run test:browser": { by: ".ci/run", evidence: "npm run test:browser" },
  "npm run dev": { by: "tests/browser/dev.test.ts", evidence: '"run", "dev"' },
  "npm run data:refresh": { by: "tests/scripts/editors/data-refresh.test.ts", evidence: '"data:refresh"' },
  "npm run links:check": { by: "tests/scripts/editors/links-check.test.ts", evidence: '"links:check"' },
  "UPDATE_SNAPSHOTS=1 npx vitest run tests/components/chart-snapshots.test.ts": {
    by: "tests/components/chart-snapshots.test.ts",
    evidence: 'UPDATE_SNAPSHOTS: "1"',
  },
};
/** Commands cheap enough to run here, with what their output must hold. */
const runHere: Record<string, RegExp> = {
  "npm run claims": /All values are as reviewed/,
  "npm run check": /Tests\s+\d+ passed/,
  'npx vitest run tests/data-loaders/curated.test.ts -t "bad rows"': /passed/,
};

describe("the analysts' guide", () => {
  it("has commands, and each one is run here, by a test or by CI", () => {
    expect(commands.length).toBeGreaterThan(5);
    const unaccounted = commands.filter((command) => !(command in runElsewhere) && !(command in runHere));
    expect(unaccounted).toEqual([]);
  });

  it("names only npm scripts that exist", () => {
    for (const command of commands) {
      const script = /^npm run ([\w:-]+)/.exec(command)?.[1];
      if (script) expect(scripts, command).toHaveProperty(script);
    }
  });

  it.each(Object.entries(runElsewhere).filter(([command]) => commands.includes(command)))(
    "%s is run by its test or by CI",
    (_, { by, evidence }) => {
      expect(read(by)).toContain(evidence);
      if (evidence.startsWith("scripts/")) expect(scripts[_.replace(/^npm run /, "")]).toContain(evidence);
    },
  );

  it.each(Object.entries(runHere).filter(([command]) => commands.includes(command)))("%s runs and succeeds", (command, expected) => {
    const result = spawnSync(command, {
      cwd: projectRoot,
      shell: true,
      encoding: "utf-8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(expected);
  });
});
