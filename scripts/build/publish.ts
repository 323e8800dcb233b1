/**
 * Putting a built site in place, and keeping builds from running over each other.
 *
 * The site is built in .build/site-<pid>/ and swapped into the output folder with renames, so
 * that readers of the output never see half a site. A rename cannot cross file systems (EXDEV):
 * an output elsewhere first gets a full copy beside it, on its own file system, and the swap is
 * done there. Whatever step fails, the previous site is put back where it was.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileSystemProblem } from "./file-errors.js";

/** The file operations publishing uses; tests replace one to make a step fail. */
export interface PublishOperations {
  rename: (from: string, to: string) => void;
  copy: (from: string, to: string) => void;
}

const fileSystem: PublishOperations = {
  rename: renameSync,
  copy: (from, to) => cpSync(from, to, { recursive: true }),
};

const previousName = (output: string, pid: number) => `${output}.previous-${pid}`;
const incomingName = (output: string, pid: number) => `${output}.incoming-${pid}`;

const sameFileSystem = (a: string, b: string) => statSync(a).dev === statSync(b).dev;

/**
 * A publication that failed, saying where each site is now: `newSite` is the folder still
 * holding the site just built when the failure left it somewhere the user can take it from (the
 * build must then keep it), null when it was discarded.
 */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly newSite: string | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Moves the site built in `staging` into `output`, replacing what was there. On the same file
 * system: two renames. Across file systems: a copy beside `output`, then the same two renames.
 * On failure it throws a PublishError saying truthfully where the previous and the new site are:
 * normally the previous site back in `output` and no copy beside it; if even putting it back
 * failed, the previous site in its `.previous-<pid>` folder (the next build puts it back) and the
 * new one where it was built. Returns what could not be tidied after a successful swap.
 */
export function publishSite(staging: string, output: string, ops: PublishOperations = fileSystem, pid = process.pid): string[] {
  const warnings: string[] = [];
  try {
    mkdirSync(dirname(output), { recursive: true });
  } catch (error) {
    throw new PublishError(`cannot make the folder that holds ${output}: ${fileSystemProblem(error)}`, null, { cause: error });
  }
  let site = staging;
  if (!sameFileSystem(staging, dirname(output))) {
    site = incomingName(output, pid);
    try {
      ops.copy(staging, site);
    } catch (error) {
      rmSync(site, { recursive: true, force: true });
      throw new PublishError(
        `copying the site to ${dirname(output)} (another file system) failed: ${fileSystemProblem(error)}; ${output} was left as it was`,
        null,
        { cause: error },
      );
    }
  }
  const discardCopy = () => site !== staging && rmSync(site, { recursive: true, force: true });
  const previous = previousName(output, pid);
  const hadPrevious = existsSync(output);
  if (hadPrevious) {
    try {
      ops.rename(output, previous);
    } catch (error) {
      discardCopy();
      throw new PublishError(
        `could not move the previous site aside: ${fileSystemProblem(error)}; it is still in ${output}, untouched`,
        null,
        { cause: error },
      );
    }
  }
  try {
    ops.rename(site, output);
  } catch (error) {
    const problem = fileSystemProblem(error);
    if (!hadPrevious) {
      discardCopy();
      throw new PublishError(`putting the site in ${output} failed: ${problem}; nothing was written there`, null, { cause: error });
    }
    try {
      ops.rename(previous, output);
    } catch (putBack) {
      throw new PublishError(
        `putting the site in ${output} failed: ${problem}; then moving the previous site back failed too: ${fileSystemProblem(putBack)}. ` +
          `The previous site is in ${previous}; the new one is in ${site}, until the next build, which puts the previous one back in place`,
        site,
        { cause: error },
      );
    }
    discardCopy();
    throw new PublishError(`putting the site in ${output} failed: ${problem}; the previous site was put back`, null, { cause: error });
  }
  for (const leftover of [previous, ...(site !== staging ? [staging] : [])]) {
    try {
      rmSync(leftover, { recursive: true, force: true });
    } catch (error) {
      warnings.push(`the site is in place, but ${leftover} could not be removed (${fileSystemProblem(error)}); remove it by hand`);
    }
  }
  return warnings;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * What builds that were killed left behind: staging folders in `buildDir`, and copies or previous
 * sites beside `output`. A previous site whose output is missing (the build died between the two
 * renames) is put back; anything else left by a process no longer running is deleted. Returns
 * one line per thing done.
 */
export function cleanLeftovers(buildDir: string, output: string): string[] {
  const done: string[] = [];
  const leftovers = (dir: string, pattern: RegExp) =>
    existsSync(dir)
      ? readdirSync(dir)
          .map((name) => ({ name, pid: Number(pattern.exec(name)?.[1]) }))
          .filter(({ pid }) => Number.isInteger(pid) && pid > 0 && !isRunning(pid))
      : [];
  for (const { name } of leftovers(buildDir, /^site-(\d+)$/)) {
    rmSync(join(buildDir, name), { recursive: true, force: true });
    done.push(`removed ${name}, left in ${basename(buildDir)}/ by an interrupted build`);
  }
  const escaped = basename(output).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const { name } of leftovers(dirname(output), new RegExp(`^${escaped}\\.(?:previous|incoming)-(\\d+)$`))) {
    const path = join(dirname(output), name);
    if (name.includes(".previous-") && !existsSync(output)) {
      try {
        renameSync(path, output);
      } catch (error) {
        throw new Error(
          `an interrupted build left the previous site in ${path}, and moving it back to ${output} failed: ${fileSystemProblem(error)}`,
          { cause: error },
        );
      }
      done.push(`put back ${basename(output)}/ from ${name}, which an interrupted build had moved aside`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`removed ${name}, left beside ${basename(output)}/ by an interrupted build`);
    }
  }
  return done;
}

/**
 * Takes the project's build lock, or throws saying which build holds it. Two builds share the
 * loaders' cache and the rendered pages, so they must not run at once, whatever their output. The
 * lock is a file holding the process id: a lock whose process is gone is taken over. (A lock kept
 * fresh by a timer, as proper-lockfile does, would go stale while the build waits on Framework in
 * a blocking child process.) Returns the function that releases it.
 */
export function takeBuildLock(path: string, pid = process.pid): () => void {
  mkdirSync(dirname(path), { recursive: true });
  for (;;) {
    try {
      writeFileSync(path, `${pid}\n`, { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(path, "utf-8").trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder))
        throw new Error(
          `another build (process ${holder}) is running in this project; wait for it to finish, or stop it, then build again (lock: ${path})`,
          { cause: error },
        );
      // Left by a build that no longer runs.
      rmSync(path, { force: true });
    }
  }
  return () => {
    if (existsSync(path) && readFileSync(path, "utf-8").trim() === String(pid)) rmSync(path, { force: true });
  };
}
