/**
 * One timed run of the casualties aggregation (fatalities by mission, year and incident type) in
 * a process of its own, so that its peak memory is its own. Prints one JSON line.
 *
 *   node --import tsx scripts/bench/pipeline-run.ts --engine ours|duckdb --file F
 */
import { parseArgs } from "node:util";
import * as aq from "arquero";
import { DuckDBInstance } from "@duckdb/node-api";
import { streamCasualties } from "../../data-loaders/casualties.js";
import { inputChunks } from "../../data-loaders/errors.js";

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
 * The report's own pipeline, as the build runs it: the file read as a stream, each row validated,
 * deduplicated and tidied, and only the three columns the aggregation needs kept, as columns;
 * then arquero groups and counts them.
 */
async function ours(file: string): Promise<{ rows: number; groups: Group[] }> {
  const columns = { mission: [] as string[], year: [] as number[], incident_type: [] as string[] };
  const origin = { source: "bench", file };
  const { kept } = await streamCasualties(inputChunks(file, origin), origin, (row) => {
    columns.mission.push(row.mission);
    columns.year.push(row.year);
    columns.incident_type.push(row.incident_type);
  });
  const groups = aq.table(columns).groupby("mission", "year", "incident_type").count({ as: "fatalities" }).objects() as Group[];
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

const { values } = parseArgs({ options: { engine: { type: "string" }, file: { type: "string" } } });
if (!values.file || (values.engine !== "ours" && values.engine !== "duckdb")) {
  console.error("usage: pipeline-run.ts --engine ours|duckdb --file <csv>");
  process.exit(2);
}
const started = performance.now();
const { rows, groups } = await (values.engine === "ours" ? ours : duckdb)(values.file);
const ms = performance.now() - started;
const run: PipelineRun = {
  engine: values.engine,
  ms,
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
  rows,
  groups: groups.length,
  checksum: checksum(groups),
};
console.log(JSON.stringify(run));
