import * as aq from "arquero";
import { casualtyColumns, loadCasualties } from "../../data-loaders/casualties.js";

const { rows, rowsRead, duplicatesDropped, path } = loadCasualties();
process.stderr.write(
  `casualties: ${rowsRead} rows read from ${path}, ${duplicatesDropped.length} duplicate casualty ids dropped, ${rows.length} rows written\n`,
);
process.stdout.write(aq.from(rows).select(...casualtyColumns).toCSV());
