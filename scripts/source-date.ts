/**
 * The one time a build may write into the site, taken from the inputs rather than the clock so
 * that two builds of the same commit are the same bytes: SOURCE_DATE_EPOCH when it is set (the
 * reproducible-builds convention), otherwise the time of the commit being built.
 */
import { spawnSync } from "node:child_process";
import { projectRoot } from "../data-loaders/fetch.js";

export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined) {
    if (!/^\d+$/.test(fromEnv)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${fromEnv}"`);
    return Number(fromEnv);
  }
  const git = spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: projectRoot, encoding: "utf-8" });
  const seconds = git.status === 0 ? git.stdout.trim() : "";
  if (!/^\d+$/.test(seconds)) {
    throw new Error("no commit to date the build from (not a git checkout?): set SOURCE_DATE_EPOCH to the seconds since 1970 the build should carry");
  }
  return Number(seconds);
}

/**
 * Framework records each data file's modification time in the pages (`lastModified` in
 * registerFile), which is when the loader happened to run. The pages replace it with the source date.
 */
export function pinLastModified(html: string, epochSeconds: number): string {
  return html.replace(/"lastModified":\d+/g, `"lastModified":${epochSeconds * 1000}`);
}
