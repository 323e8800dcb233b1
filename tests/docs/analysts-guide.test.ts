/**
 * Keeps docs/analysts-guide.md true: every command in its shell blocks is run here, as written,
 * with at most the options that keep it offline and off the project's own files (a local server
 * for the URL, a temporary folder for what it writes). `npm ci`, `npm test` and
 * `npm run test:browser` are what CI itself runs: they are found among the commands of `.ci/run`.
 * A command the guide gains without a way to run it here fails this test.
 */
import { exec, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, resolveUpstream } from "../../data-loaders/fetch.js";
import { pinsPath, sources } from "../../data-loaders/sources.js";
import { projectCopy } from "../helpers.js";

const guide = readFileSync(join(projectRoot, "docs", "analysts-guide.md"), "utf-8");
const commands = [...guide.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
  block[1]
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);
const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf-8")).scripts as Record<string, string>;

let server: Server;
let base = "";
const made: string[] = [];
const temporary = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};

beforeAll(async () => {
  const pinned = resolveUpstream(sources.unFatalities).bytes;
  server = createServer((req, res) => {
    if (req.url === "/pinned.csv") return res.writeHead(200, { "content-type": "text/csv" }).end(pinned);
    if (req.url === "/page") return res.writeHead(200, { "content-type": "text/html" }).end("<p>a source</p>");
    return res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server?.close();
  made.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

interface Run {
  /** What to add to the command as written: options, and the environment it runs in. */
  args?: () => string;
  env?: () => NodeJS.ProcessEnv;
  /** What its output must hold. */
  expected: RegExp;
}

/** Each command of the guide, run here. */
const runHere: Record<string, Run> = {
  "npm run claims": { expected: /All values are as reviewed/ },
  "npm run check": { expected: /Tests\s+\d+ passed/ },
  'npx vitest run tests/data-loaders/curated.test.ts -t "bad rows"': { expected: /passed/ },
  "UPDATE_SNAPSHOTS=1 npx vitest run tests/components/charts/chart-snapshots.test.ts": {
    // Drawn into a temporary folder: the committed goldens stay as they are.
    env: () => ({ SNAPSHOT_DIR: temporary("guide-snapshots-") }),
    expected: /Tests\s+\d+ passed/,
  },
  "npm run data:refresh": {
    // The "live" file is the pinned one, served here: nothing to do, nothing written.
    args: () => ` -- --url ${base}/pinned.csv --retries 0`,
    env: () => {
      const dir = temporary("guide-refresh-");
      cpSync(pinsPath, join(dir, "pins.json"));
      return { REFRESH_CACHE_DIR: join(dir, "cache"), PINS_FILE: join(dir, "pins.json") };
    },
    expected: /the live file is the pinned file/,
  },
  "npm run links:check": {
    args: () => {
      const site = temporary("guide-site-");
      writeFileSync(join(site, "index.html"), `<html><body><a href="${base}/page">a source</a></body></html>`);
      return ` -- --site ${site}`;
    },
    expected: /1 ok, 0 redirected, 0 moved, 0 dead, 0 unreachable, 0 slow/,
  },
};

/** Commands that CI runs itself. */
const runByCi = ["npm ci", "npm test", "npm run test:browser"];
const ciCommands = readFileSync(join(projectRoot, ".ci", "run"), "utf-8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"));

describe("the analysts' guide", () => {
  it("has commands, and each one is run here or by CI", () => {
    expect(commands.length).toBeGreaterThan(5);
    const unaccounted = commands.filter((command) => !(command in runHere) && !runByCi.includes(command) && command !== "npm run dev");
    expect(unaccounted).toEqual([]);
  });

  it("names only npm scripts that exist", () => {
    for (const command of commands) {
      const script = /^npm run ([\w:-]+)/.exec(command)?.[1];
      if (script) expect(scripts, command).toHaveProperty(script);
    }
  });

  it.each(runByCi.filter((command) => commands.includes(command)))("%s is a command CI runs", (command) => {
    expect(ciCommands.some((line) => line === command || line.startsWith(`${command} `))).toBe(true);
  });

  it.each(Object.entries(runHere).filter(([command]) => commands.includes(command)))(
    "%s runs and succeeds",
    async (command, run) => {
      // Run asynchronously: the server the command talks to answers from this process.
      const result = await promisify(exec)(command + (run.args?.() ?? ""), {
        cwd: projectRoot,
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...run.env?.() },
        maxBuffer: 64 * 1024 * 1024,
      }).then(
        ({ stdout, stderr }) => ({ status: 0, output: `${stdout}${stderr}` }),
        (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, output: `${error.stdout}${error.stderr}` }),
      );
      expect(result.status, result.output).toBe(0);
      expect(result.output).toMatch(run.expected);
      // Generous: "npm run check" is a suite of its own, run here beside the build tests on a loaded machine.
    },
    900_000,
  );

  it.runIf(commands.includes("npm run dev"))(
    "npm run dev starts the preview, which serves the story's first page",
    async () => {
      // In a copy of the project, so that the preview's cache is its own.
      const project = projectCopy("guide-dev");
      // Between 4800 and 4998: fetch refuses the "bad ports" (5060, 5061, 6000…), and the dev test uses those below.
      const port = 4800 + Math.floor(Math.random() * 100) * 2;
      const dev = spawn("sh", ["-c", `npm run dev -- --port ${port}`], {
        cwd: project.dir,
        env: project.env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let log = "";
      dev.stdout!.on("data", (chunk) => (log += chunk));
      dev.stderr!.on("data", (chunk) => (log += chunk));
      try {
        const started = Date.now();
        const headline = /MINUSMA: \d+ years, \d+ dead/;
        let text = "";
        while (!headline.test(text) && Date.now() - started < 90_000) {
          const page = await fetch(`http://127.0.0.1:${port}/`).then(
            (response) => (response.ok ? response.text() : ""),
            () => "",
          );
          text = page.replace(/<[^>]+>/g, "");
          if (!headline.test(text)) await new Promise((wait) => setTimeout(wait, 250));
        }
        expect(text, `the preview did not serve the toll page within 90 s; its log ends:\n${log.slice(-1500)}`).toMatch(headline);
      } finally {
        if (dev.pid) process.kill(-dev.pid, "SIGTERM");
        project.remove();
      }
    },
    120_000,
  );
});
