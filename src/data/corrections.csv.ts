import { correctionColumns, loadCorrections } from "../../data-loaders/corrections.js";
import { emitCsv, report } from "../../data-loaders/emit.js";

const rows = loadCorrections();
report("corrections", rows.length ? `${rows.length} corrections logged` : "no correction logged");
emitCsv(rows, correctionColumns);
