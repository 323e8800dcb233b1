import { casualtyColumns, loadCasualties } from "../../data-loaders/casualties.js";
import { emitCsv, report } from "../../data-loaders/emit.js";

const { rows, rowsRead, duplicatesDropped, path } = loadCasualties({
  progress: (read) => report("casualties", `${read.toLocaleString("en-US")} rows read…`),
});
report(
  "casualties",
  `${rowsRead} rows read from ${path}, ${duplicatesDropped.length} duplicate casualty ids dropped, ${rows.length} rows written`,
);
emitCsv(rows, casualtyColumns);
