import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import * as aq from "arquero";
import { parseHTML } from "linkedom";
import MarkdownIt from "markdown-it";
import { parseCasualties } from "../data-loaders/casualties.js";
import { parseCuratedTable, type AnyCuratedSchema, type CuratedTableSpec } from "../data-loaders/curated.js";
import { DataError } from "../data-loaders/errors.js";
import { projectRoot, resolveUpstream } from "../data-loaders/fetch.js";
import { sources } from "../data-loaders/sources.js";
import { casualtiesCsvOptions } from "../src/components/client/csv-options.js";
import { parseDeploymentContributors, parseDeployments } from "../data-loaders/geo-pko.js";
import { locateSites, sitesTable, type SiteRow } from "../data-loaders/sites.js";
import { withdrawalTable } from "../data-loaders/withdrawal.js";
import { siteClosures } from "../src/components/metrics/withdrawal.js";
import type { OperationCorrection } from "../data-loaders/un-operations.js";

export const fixturesDir = join(import.meta.dirname, "fixtures");

export function readFixture(...path: string[]): string {
  return readFileSync(join(fixturesDir, ...path), "utf-8");
}

/**
 * The fixture's tidy table as a page gets it: through the pipeline, written as CSV, read back
 * with the page's column types.
 */
export function fixtureCasualtiesTable() {
  const { rows } = parseCasualties(readFixture("fatalities", "good.csv"), {
    source: "fixture",
    file: "good.csv",
    today: "2026-01-01",
  });
  return aq.fromCSV(aq.from(rows).toCSV(), casualtiesCsvOptions);
}

/**
 * A curated fixture as a page gets it: validated by its table's spec, written as CSV, read back
 * with the page's column types.
 */
export function fixtureCuratedTable(file: string, spec: CuratedTableSpec<AnyCuratedSchema>, csvOptions: Parameters<typeof aq.fromCSV>[1]) {
  const rows = parseCuratedTable(readFixture("curated", file), spec, file) as object[];
  return aq.fromCSV(
    aq
      .from(rows)
      .select(...spec.columns)
      .toCSV(),
    csvOptions,
  );
}

/** The DataError a parse throws; fails the test when the input is accepted or fails otherwise. */
export function dataErrorOf(what: string, parse: () => unknown): DataError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${what} was accepted`);
}

/**
 * Markdown a page loader prints, as a reader gets it: rendered by markdown-it configured as
 * Framework configures it, then parsed into a DOM.
 */
export function renderedMarkdown(markdown: string | { source: string }): HTMLElement {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  const source = typeof markdown === "string" ? markdown : markdown.source;
  const { document } = parseHTML(`<!doctype html><html><body>${md.render(source)}</body></html>`);
  return document.body as unknown as HTMLElement;
}

/**
 * A copy of the project under .build/, for a test that builds or previews: it never touches the
 * Framework cache, the rendered pages, the loader record or the dist/ that `npm run dev` and
 * `npm run build` use, so tests can run beside the preview. node_modules is linked, not copied;
 * the upstream file is found where the project's own resolver finds it (UPSTREAM_DIR included).
 * `remove` deletes the copy and everything the test built in it.
 */
export function projectCopy(name: string): { dir: string; env: NodeJS.ProcessEnv; remove: () => void } {
  const dir = join(projectRoot, ".build", `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const path of ["data-loaders", "scripts", "observablehq.config.ts", "package.json", "package-lock.json", "tsconfig.json"]) {
    cpSync(join(projectRoot, path), join(dir, path), { recursive: true });
  }
  cpSync(join(projectRoot, "src"), join(dir, "src"), {
    recursive: true,
    filter: (source) => !source.includes(join("src", ".observablehq")),
  });
  symlinkSync(join(projectRoot, "node_modules"), join(dir, "node_modules"));
  const upstream = resolveUpstream(sources.unFatalities).path;
  const upstreamDir = upstream.slice(0, -sources.unFatalities.relativePath.length - 1);
  return {
    dir,
    // The spelling check's answers are keyed by the dictionaries and word lists: a copy may share them.
    env: { ...process.env, UPSTREAM_DIR: upstreamDir, SPELLING_CACHE: join(projectRoot, ".cache", "spelling") },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The withdrawal's fixture tables (tests/fixtures/geo-pko/, curated/sites-good.csv and
 * withdrawal-good.csv), read as the pipelines read the real ones.
 */
export function fixtureWithdrawalTables(today: string) {
  const geo = (file: string) => ({ source: "fixture", file, today });
  const deployments = parseDeployments(readFixture("geo-pko", "front-good.csv"), geo("front-good.csv"));
  const contributors = parseDeploymentContributors(readFixture("geo-pko", "tcc-good.csv"), geo("tcc-good.csv"));
  const sites = parseCuratedTable(readFixture("curated", "sites-good.csv"), sitesTable(today), "sites-good.csv") as SiteRow[];
  const withdrawal = parseCuratedTable(readFixture("curated", "withdrawal-good.csv"), withdrawalTable(today), "withdrawal-good.csv");
  return {
    deployments,
    contributors,
    closures: siteClosures(aq.from(locateSites(sites, deployments))),
    withdrawal: aq.from(withdrawal),
  };
}

/** A correction of the UN's list of operations, as the curated table gives one, for the fixtures. */
export function fixtureOperationCorrection(
  mission_acronym: string,
  column: OperationCorrection["column"],
  upstream_value: string,
  corrected_value: string,
): OperationCorrection {
  return {
    mission_acronym,
    column,
    upstream_value,
    corrected_value,
    reason: "A fixture correction.",
    report: "",
    source_url: "https://example.org/fixture",
    source_title: "",
    source_kind: "press",
    archive_url: "",
  };
}
