import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanLeftovers, PublishError, publishSite, takeBuildLock, type PublishOperations } from "../../../scripts/build/publish.js";

/** A process id that is certainly not running: a child that has exited. */
const deadPid = (() => {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid!;
})();

/** The tmpfs every Linux machine mounts: a file system other than the temporary folder's. */
const otherFileSystem = "/dev/shm";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "publish-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(path: string, text: string): string {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, "index.html"), text);
  return path;
}
const page = (path: string) => readFileSync(join(path, "index.html"), "utf-8");

const failing = (step: "rename" | "copy", code: string, ...when: number[]): PublishOperations => {
  let calls = 0;
  const real: PublishOperations = { rename: renameSync, copy: (from, to) => cpSync(from, to, { recursive: true }) };
  return {
    ...real,
    [step]: (from: string, to: string) => {
      if ((when.length ? when : [1]).includes(++calls))
        throw Object.assign(new Error(`${code}: injected failure`), { code, path: from, dest: to });
      real[step](from, to);
    },
  };
};

describe("publishing a built site", () => {
  it("replaces the previous site on the same file system and leaves nothing beside it", () => {
    const output = site(join(dir, "dist"), "old");
    publishSite(site(join(dir, "staging"), "new"), output);
    expect(page(output)).toBe("new");
    expect(readdirSync(dir)).toEqual(["dist"]);
  });

  it("puts the previous site back when the second rename fails", () => {
    const output = site(join(dir, "dist"), "old");
    const staging = site(join(dir, "staging"), "new");
    expect(() => publishSite(staging, output, failing("rename", "EIO", 2))).toThrow(/the previous site was put back/);
    expect(page(output)).toBe("old");
    expect(readdirSync(dir).sort()).toEqual(["dist", "staging"]);
  });

  it("[the output folder is the user's] says where both sites are when even putting the previous one back fails, and the next build puts it back", () => {
    const output = site(join(dir, "dist"), "old");
    const staging = site(join(dir, "staging"), "new");
    let thrown: unknown;
    try {
      publishSite(staging, output, failing("rename", "EIO", 2, 3), deadPid);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PublishError);
    const error = thrown as PublishError;
    expect(error.message).toContain(
      `The previous site is in ${output}.previous-${deadPid}; the new one is in ${staging}, until the next build, which puts the previous one back in place`,
    );
    expect(error.newSite).toBe(staging);
    expect(page(`${output}.previous-${deadPid}`)).toBe("old");
    expect(page(staging)).toBe("new");
    const done = cleanLeftovers(join(dir, ".build"), output);
    expect(done).toEqual([`put back dist/ from dist.previous-${deadPid}, which an interrupted build had moved aside`]);
    expect(page(output)).toBe("old");
  });

  it("[the output folder is the user's] names the folder it may not move, and leaves it in place", () => {
    const output = site(join(dir, "dist"), "old");
    expect(() => publishSite(site(join(dir, "staging"), "new"), output, failing("rename", "EACCES"))).toThrow(
      `could not move the previous site aside: permission denied (EACCES) at ${output} (to ${output}.previous-${process.pid}); it is still in ${output}, untouched`,
    );
    expect(page(output)).toBe("old");
  });

  it("publishes to another file system by copying first, then swapping there", () => {
    if (statSync(otherFileSystem).dev === statSync(dir).dev)
      throw new Error(`${otherFileSystem} is on the same file system as ${tmpdir()}: this test needs a second file system`);
    const far = mkdtempSync(join(otherFileSystem, "publish-"));
    try {
      const output = site(join(far, "dist"), "old");
      const staging = site(join(dir, "staging"), "new");
      publishSite(staging, output);
      expect(page(output)).toBe("new");
      expect(readdirSync(far)).toEqual(["dist"]);
      expect(existsSync(staging)).toBe(false);
    } finally {
      rmSync(far, { recursive: true, force: true });
    }
  });

  it("leaves the previous site and no copy when the copy to another file system fails (a full disk)", () => {
    const far = mkdtempSync(join(otherFileSystem, "publish-"));
    try {
      const output = site(join(far, "dist"), "old");
      expect(() => publishSite(site(join(dir, "staging"), "new"), output, failing("copy", "ENOSPC"))).toThrow(
        /another file system.*ENOSPC/,
      );
      expect(page(output)).toBe("old");
      expect(readdirSync(far)).toEqual(["dist"]);
    } finally {
      rmSync(far, { recursive: true, force: true });
    }
  });

  it("puts the previous site back across file systems when the swap fails, and removes the copy", () => {
    const far = mkdtempSync(join(otherFileSystem, "publish-"));
    try {
      const output = site(join(far, "dist"), "old");
      expect(() => publishSite(site(join(dir, "staging"), "new"), output, failing("rename", "EACCES", 2))).toThrow(/put back/);
      expect(page(output)).toBe("old");
      expect(readdirSync(far)).toEqual(["dist"]);
    } finally {
      rmSync(far, { recursive: true, force: true });
    }
  });
});

describe("what an interrupted build left", () => {
  it("removes staging folders and copies of builds that no longer run, and keeps a running build's", () => {
    const build = join(dir, ".build");
    site(join(build, `site-${deadPid}`), "half");
    site(join(build, `site-${process.pid}`), "running");
    const output = site(join(dir, "dist"), "published");
    site(join(dir, `dist.incoming-${deadPid}`), "copy");
    const done = cleanLeftovers(build, output);
    expect(done).toHaveLength(2);
    expect(readdirSync(build)).toEqual([`site-${process.pid}`]);
    expect(readdirSync(dir).sort()).toEqual([".build", "dist"]);
  });

  it("puts back a site moved aside by a build that died between its two renames", () => {
    site(join(dir, `dist.previous-${deadPid}`), "published");
    const done = cleanLeftovers(join(dir, ".build"), join(dir, "dist"));
    expect(done[0]).toContain("put back dist/");
    expect(page(join(dir, "dist"))).toBe("published");
  });
});

describe("the build lock", () => {
  it("stops a second build while the first runs, naming it", () => {
    const lock = join(dir, "build.lock");
    const release = takeBuildLock(lock);
    expect(() => takeBuildLock(lock, process.pid + 1)).toThrow(`another build (process ${process.pid}) is running`);
    release();
    expect(existsSync(lock)).toBe(false);
    takeBuildLock(lock, process.pid + 1)();
  });

  it("takes over a lock left by a build that no longer runs", () => {
    const lock = join(dir, "build.lock");
    writeFileSync(lock, `${deadPid}\n`);
    const release = takeBuildLock(lock);
    expect(readFileSync(lock, "utf-8").trim()).toBe(String(process.pid));
    release();
  });
});
