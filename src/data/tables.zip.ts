/*
 * Every published table in one archive, from one reading of the sources: the tidy casualties
 * table, the curated tables, the missions compared, the corrections log and the claims ledger.
 * Pages link to a file inside it (./data/tables/casualties.csv) and Framework publishes that file.
 */
import JSZip from "jszip";
import { report } from "../../data-loaders/emit.js";
import { downloads } from "../components/render/downloads.js";
import { formatNumber } from "../components/i18n/format.js";
import { sendToPreview } from "../components/client/dev-errors.js";
import { PageContext } from "../components/render/page.js";
import { describeProblem, problemOf } from "../components/render/problems.js";

const context = await new PageContext({ progress: (read) => report("casualties", `${formatNumber(read)} rows read…`) }).prepare();
const zip = new JSZip();
try {
  const { rowsRead, duplicatesDropped, rows, path } = context.casualties();
  report(
    "casualties",
    `${rowsRead} rows read from ${path}, ${duplicatesDropped.length} duplicate casualty ids dropped, ${rows.length} rows written`,
  );
  // A fixed date: the archive's bytes depend on the tables alone.
  for (const { file, content } of downloads(context)) zip.file(file, content, { date: new Date(Date.UTC(2000, 0, 1)) });
} catch (error) {
  const problem = problemOf(error, { part: "downloads (data/tables.zip)" });
  console.error(describeProblem(problem));
  if (process.env.DEV_ERRORS_URL) await sendToPreview(process.env.DEV_ERRORS_URL, [problem]);
  process.exit(1);
}
report("tables", `${Object.keys(zip.files).length} files: ${Object.keys(zip.files).join(", ")}`);
process.stdout.write(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
