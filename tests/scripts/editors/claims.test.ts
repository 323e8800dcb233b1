import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";
import { todayUtc } from "../../../data-loaders/fields.js";

const TODAY = todayUtc();

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function claims(env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/editors/claims.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: "utf-8",
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run claims", () => {
  it("prints the ledger as a table and confirms the committed review", () => {
    const { status, out } = claims();
    expect(status).toBe(0);
    expect(out).toMatch(/^claim\s+by\s+stated\s+computed\s+verdict\s+definition/m);
    expect(out).toMatch(/^soldiers-killed-187\s+Le Monde\s+187\s+\d+\s+(matches|differs)/m);
    expect(out).toContain("All values are as reviewed");
  });

  it("refuses a moved value until --accept records it in the reviewed file", () => {
    const dir = mkdtempSync(join(tmpdir(), "claims-review-"));
    made.push(dir);
    const curated = join(dir, "curated");
    cpSync(join(projectRoot, "data-loaders", "curated"), curated, { recursive: true });
    writeFileSync(
      join(curated, "strength.csv"),
      readFileSync(join(curated, "strength.csv"), "utf-8").replace("2023-05-31,day,uniformed,13000,", "2023-05-31,day,uniformed,13500,"),
    );
    const reviewed = join(dir, "claims.reviewed.json");
    cpSync(join(projectRoot, "src", "data", "claims.reviewed.json"), reviewed);
    const env = { CURATED_DIR: curated, CLAIMS_REVIEWED: reviewed };

    const refused = claims(env);
    expect(refused.status).toBe(1);
    expect(refused.err).toContain(
      'claim "reuters-12000-peacekeepers" (The mission numbered some 12,000 peacekeepers.): 13000, differs → 13500, differs (+500)',
    );
    // It says what to run next, not to run the command that was just run.
    expect(refused.err).not.toMatch(/run claims\b(?! -- --accept)/);
    expect(refused.err).toContain("npm run claims -- --accept");

    // A published value that moved is not recorded before the corrections log has its line.
    const log = join(curated, "corrections.csv");
    const logBefore = readFileSync(log, "utf-8");
    const unlogged = claims(env, ["--accept"]);
    expect(unlogged.status).toBe(1);
    expect(unlogged.err).toContain(`${TODAY},reuters-12000-peacekeepers,claims,"13000, differs","13500, differs",`);
    expect(readFileSync(log, "utf-8")).toBe(logBefore);
    expect(JSON.parse(readFileSync(reviewed, "utf-8")).claims["reuters-12000-peacekeepers"]).toEqual({ value: 13000, verdict: "differs" });

    // A line the log would refuse (a reason without a source) is not written, and nothing is recorded.
    const unsourced = claims(env, ["--accept", "--reason", "A fixture correction."]);
    expect(unsourced.status).toBe(1);
    expect(unsourced.err).toContain("nothing was written or recorded");
    expect(readFileSync(log, "utf-8")).toBe(logBefore);

    const accepted = claims(env, [
      "--accept",
      "--reason",
      "A fixture correction.",
      "--source-title",
      "Le Fixturien, December 2026",
      "--source-kind",
      "press",
    ]);
    expect(accepted.status, accepted.err).toBe(0);
    expect(accepted.out).toContain("Logged 1 correction");
    expect(readFileSync(log, "utf-8")).toBe(
      `${logBefore}${TODAY},reuters-12000-peacekeepers,claims,"13000, differs","13500, differs",A fixture correction.,,,"Le Fixturien, December 2026",,press,\n`,
    );
    expect(JSON.parse(readFileSync(reviewed, "utf-8")).claims["reuters-12000-peacekeepers"]).toEqual({ value: 13500, verdict: "differs" });
    expect(claims(env).status).toBe(0);
  });
});
