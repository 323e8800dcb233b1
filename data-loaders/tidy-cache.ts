/**
 * One parse of the UN file per build, however many processes need its table. The first to need
 * it (the build's own "tidy" step, or in the preview the first loader) parses the file as a
 * stream and keeps the tidy table in `.cache/tidy/` as Arrow IPC, a columnar file that arquero
 * (and DuckDB) read directly, with the counts of the parse in JSON beside it; every later reader
 * takes the table from there. The key is the pinned file's sha256 and the pipeline's code: a new
 * pin, a changed rule or a new parser version makes a new entry, and an old one is never read.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { casualtyColumns, loadCasualties, type CasualtiesResult, type Casualty } from "./casualties.js";
import { report } from "./emit.js";
import { displayPath, projectRoot, sha256 } from "./fetch.js";
import { sources } from "./sources.js";

export type CasualtiesLoad = CasualtiesResult & { path: string };

export const tidyCacheDir = (env: NodeJS.ProcessEnv = process.env) => env.TIDY_CACHE_DIR ?? join(projectRoot, ".cache", "tidy");

/** The code that makes the tidy table: the pipelines' modules, the pins and the locked dependencies. */
function pipelineFiles(): string[] {
  const dir = join(projectRoot, "data-loaders");
  return [
    ...readdirSync(dir)
      .filter((name) => name.endsWith(".ts") || name === "pins.json")
      .sort()
      .map((name) => join(dir, name)),
    join(projectRoot, "package-lock.json"),
  ];
}

export function casualtiesKey(): string {
  const parts = [
    sources.unFatalities.sha256,
    ...pipelineFiles().map((file) => `${file.slice(projectRoot.length)} ${sha256(readFileSync(file))}`),
  ];
  return sha256(parts.join("\n")).slice(0, 24);
}

const entry = (key: string) => ({
  table: join(tidyCacheDir(), `casualties-${key}.arrow`),
  counts: join(tidyCacheDir(), `casualties-${key}.json`),
});

export function cachedCasualtiesExists(key = casualtiesKey()): boolean {
  const { table, counts } = entry(key);
  return existsSync(table) && existsSync(counts);
}

/** The table kept by an earlier parse of the same file with the same code, or null. */
export function cachedCasualties(key = casualtiesKey()): CasualtiesLoad | null {
  if (!cachedCasualtiesExists(key)) return null;
  const { table, counts } = entry(key);
  const rows = aq.fromArrow(readFileSync(table)).objects() as Casualty[];
  return { rows, ...(JSON.parse(readFileSync(counts, "utf-8")) as Omit<CasualtiesLoad, "rows">) };
}

/** Keeps a parse's table under its key; the files appear whole or not at all. */
export function keepCasualties(load: CasualtiesLoad, key = casualtiesKey()): void {
  const { table, counts } = entry(key);
  mkdirSync(tidyCacheDir(), { recursive: true });
  // Entries of other keys are of other pins or other code: never read again.
  for (const name of readdirSync(tidyCacheDir()))
    if (name.startsWith("casualties-") && !name.includes(key)) rmSync(join(tidyCacheDir(), name), { force: true });
  const { rows, ...rest } = load;
  const write = (path: string, bytes: Uint8Array | string) => {
    writeFileSync(`${path}.${process.pid}`, bytes);
    renameSync(`${path}.${process.pid}`, path);
  };
  write(table, aq.toArrowIPC(aq.from(rows).select(...casualtyColumns)));
  write(counts, JSON.stringify(rest));
}

/** The tidy casualties table: from the cache when this file and this code were parsed before, else parsed now and kept. */
export async function tidyCasualties(options: Parameters<typeof loadCasualties>[0] = {}): Promise<CasualtiesLoad> {
  const key = casualtiesKey();
  const cached = cachedCasualties(key);
  if (cached) return cached;
  const started = performance.now();
  const load = await loadCasualties(options);
  keepCasualties(load, key);
  // One line per parse: the build's log shows how many times a source was parsed (once).
  report(
    "casualties",
    `parsed ${displayPath(load.path)} (${load.rowsRead} rows) in ${((performance.now() - started) / 1000).toFixed(2)} s; table kept in ${displayPath(entry(key).table)}`,
  );
  return load;
}
