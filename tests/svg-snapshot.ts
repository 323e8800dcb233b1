/**
 * Golden-SVG snapshots, as Plot's own tests keep them: a chart is drawn in Node, normalised (ids
 * numbered in order of appearance, floating-point noise rounded away, one element per line so
 * that a review shows which element changed) and compared with the committed file in
 * tests/output/. A missing file fails the test; `UPDATE_SNAPSHOTS=1` writes the current drawing
 * instead, for review with git diff. On a mismatch the current drawing is also written beside
 * the golden one as `<name>-changed.svg` (ignored by git), to open in a browser.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

export const snapshotDir = process.env.SNAPSHOT_DIR ?? join(import.meta.dirname, "output");

export function normalizeSvg(markup: string): string {
  const ids = new Map<string, string>();
  const renamed = markup.replace(/\bplot-(clip|filter|marker|pattern)-\d+\b/g, (id, kind: string) => {
    if (!ids.has(id)) ids.set(id, `plot-${kind}-${[...ids.keys()].filter((k) => k.startsWith(`plot-${kind}-`)).length + 1}`);
    return ids.get(id)!;
  });
  return (
    renamed
      // Plot places marks on half pixels for crisp edges; sums of such offsets carry binary noise.
      .replace(/-?\d+\.\d{4,}/g, (number) => String(Number(Number(number).toFixed(3))))
      .replace(/>\s*</g, ">\n<")
      .trim() + "\n"
  );
}

/** Compares `markup` with tests/output/<name>.svg (see the module comment for updating). */
export function expectGoldenSvg(name: string, markup: string): void {
  const golden = join(snapshotDir, `${name}.svg`);
  const changed = join(snapshotDir, `${name}-changed.svg`);
  const actual = normalizeSvg(markup);
  if (process.env.UPDATE_SNAPSHOTS === "1") {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(golden)) {
    throw new Error(`no golden SVG ${golden}: draw it with UPDATE_SNAPSHOTS=1, look at it, and commit it`);
  }
  const expected = readFileSync(golden, "utf-8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}: the drawing differs from ${golden} (the new one is in ${changed})`).toBe(expected);
}
