import { emitCsv, report } from "../../data-loaders/emit.js";
import { contingentColumns, loadContingents } from "../../data-loaders/contingents.js";

const rows = loadContingents();
report("contingents", `${rows.length} curated rows validated`);
emitCsv(rows, contingentColumns);
