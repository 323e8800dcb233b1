/**
 * One timed run of the casualties aggregation (fatalities by mission, year and incident type) in
 * a process of its own, so that its peak memory is its own. Prints one JSON line.
 *
 *   node --import tsx scripts/bench/pipeline-run.ts --engine ours|rows|duckdb --file F
 */
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { countCasualties, countCasualtiesRowByRow } from "../../data-loaders/casualty-counts.js";

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
 * The report's pipeline as it counts a source of any size (data-loaders/casualty-counts.ts):
 * DuckDB reads and counts, the report's rules judge every value, and the row-by-row pipeline
 * takes over whenever anything is in doubt.
 */
async function ours(file: string): Promise<{ rows: number; groups: Group[] }> {
  const { kept, groups } = await countCasualties(file, { source: "bench", file });
  return { rows: kept, groups };
}

/** The row-by-row pipeline alone: streamed, validated, deduplicated, counted by arquero. */
async function rows(file: string): Promise<{ rows: number; groups: Group[] }> {
  const { kept, groups } = await countCasualtiesRowByRow(file, { source: "bench", file });
  return { rows: kept, groups };
}

async function duckdb(file: string): Promise<{ rows: number; groups: Group[] }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  // The same rule as the pipeline: a casualty id counts once, in the row where it first appears.
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

const engines = { ours, rows, duckdb };
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
