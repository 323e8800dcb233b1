import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../data-loaders/fetch.js";

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
      'claim "reuters-12000-peacekeepers" (The mission numbered some 12,000 peacekeepers.): 13000, differs → 13500, differs',
    );

    expect(claims(env, ["--accept"]).status).toBe(0);
    expect(JSON.parse(readFileSync(reviewed, "utf-8")).claims["reuters-12000-peacekeepers"]).toEqual({ value: 13500, verdict: "differs" });
    expect(claims(env).status).toBe(0);
  });
});
