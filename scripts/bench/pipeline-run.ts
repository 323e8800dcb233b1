/**
 * One timed run of the casualties step of the build, or of DuckDB computing the same aggregation,
 * in a process of its own so that its peak memory is its own. Prints one JSON line.
 *
 *   node --import tsx scripts/bench/pipeline-run.ts --engine build|duckdb --file F
 */
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { streamCasualties, type Casualty } from "../../data-loaders/casualties.js";
import { inputChunks } from "../../data-loaders/errors.js";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { missionsFigures } from "../../src/components/figures/missions.js";
import { tollFigures } from "../../src/components/figures/toll.js";

export interface PipelineRun {
  engine: string;
  ms: number;
  peakRssBytes: number;
  rows: number;
  /** Groups and their sum, to check that both engines computed the same thing. */
  groups: number;
  checksum: string;
}

type Group = { mission: string; year: number; incident_type: string; fatalities: number };

function checksum(groups: Group[]): string {
  return groups
    .map((g) => `${g.mission}|${g.year}|${g.incident_type}|${g.fatalities}`)
    .sort()
    .join("\n");
}

/**
 * What the build does with the UN file, at any size: the streamed parse that validates, tidies and
 * deduplicates every row into one arquero table (data-loaders/casualties.ts, as tidy-cache.ts runs
 * it on a cold cache), then the figures every page is made from: each mission page's and the
 * story's toll. The aggregation by mission, year and incident type is read from the same table.
 */
async function build(file: string): Promise<{ rows: number; groups: Group[] }> {
  const rows: Casualty[] = [];
  await streamCasualties(inputChunks(file, { source: "bench", file }), { source: "bench", file }, (row) => rows.push(row));
  const tables = loadTidyTables({ rows });
  missionsFigures(tables);
  tollFigures(tables);
  const groups = tables.casualties.groupby("mission", "year", "incident_type").count({ as: "fatalities" }).objects() as Group[];
  return { rows: rows.length, groups };
}

async function duckdb(file: string): Promise<{ rows: number; groups: Group[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  // The same rule as the build: a casualty id counts once, in the row where it first appears.
  const result = await connection.runAndReadAll(`
    WITH firsts AS (
      SELECT * FROM read_csv('${file.replace(/'/g, "''")}', header = true, all_varchar = true)
      QUALIFY row_number() OVER (PARTITION BY casualty_id ORDER BY CAST(id AS BIGINT)) = 1
    )
    SELECT mission_acronym AS mission, CAST(substr(incident_date, 1, 4) AS INTEGER) AS year,
           type_of_incident AS incident_type, CAST(count(*) AS INTEGER) AS fatalities,
           CAST(sum(count(*)) OVER () AS BIGINT) AS total
    FROM firsts GROUP BY ALL`);
  const rows = result.getRowObjectsJS() as (Group & { total: bigint })[];
  return { rows: Number(rows[0]?.total ?? 0), groups: rows.map(({ total: _total, ...group }) => group) };
}

const engines = { build, duckdb };
const { values } = parseArgs({ options: { engine: { type: "string" }, file: { type: "string" } } });
if (!values.file || !values.engine || !(values.engine in engines)) {
  console.error(`usage: pipeline-run.ts --engine ${Object.keys(engines).join("|")} --file <csv>`);
  process.exit(2);
}
const started = performance.now();
const result = await engines[values.engine as keyof typeof engines](values.file);
const ms = performance.now() - started;
const run: PipelineRun = {
  engine: values.engine,
  ms,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rows: result.rows,
  groups: result.groups.length,
  checksum: checksum(result.groups),
};
console.log(JSON.stringify(run));
