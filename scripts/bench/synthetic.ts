/**
 * A SYNTHETIC casualties file for the benchmark: the real UN file repeated `times` times, each
 * copy's ids suffixed so that no copy is dropped as a duplicate. It measures scale only; its
 * numbers mean nothing, and it is written under .build/, never committed.
 */
import { createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";

export async function writeSyntheticCasualties(realFile: string, output: string, times: number): Promise<{ rows: number; bytes: number }> {
  const [header, ...lines] = readFileSync(realFile, "utf-8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line !== "");
  const columns = header.split(",");
  const idColumn = columns.indexOf("id");
  const casualtyColumn = columns.indexOf("casualty_id");
  if (idColumn < 0 || casualtyColumn < 0) throw new Error(`${realFile}: no "id" or "casualty_id" column to make copies unique`);
  // A plain split is only right while no field is quoted; the pinned file quotes none.
  const quoted = lines.findIndex((line) => line.includes('"'));
  if (quoted >= 0) throw new Error(`${realFile}:${quoted + 2}: a quoted field; the synthetic copier handles plain fields only`);
  const out = createWriteStream(output);
  let rows = 0;
  let bytes = 0;
  const write = async (line: string) => {
    bytes += Buffer.byteLength(line) + 1;
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write(header);
  for (let copy = 0; copy < times; copy++) {
    for (const line of lines) {
      const cells = line.split(",");
      cells[idColumn] = String(copy * lines.length + Number(cells[idColumn]));
      if (copy > 0) cells[casualtyColumn] = `${cells[casualtyColumn]}-SYNTHETIC${copy}`;
      await write(cells.join(","));
      rows++;
    }
  }
  out.end();
  await once(out, "finish");
  return { rows, bytes };
}
