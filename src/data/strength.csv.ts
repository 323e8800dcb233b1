import { emitCsv, report } from "../../data-loaders/emit.js";
import { strengthColumns, loadStrength } from "../../data-loaders/strength.js";

const rows = loadStrength();
report("strength", `${rows.length} curated rows validated`);
emitCsv(rows, strengthColumns);
