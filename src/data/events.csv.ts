import { emitCsv, report } from "../../data-loaders/emit.js";
import { eventColumns, loadEvents } from "../../data-loaders/events.js";

const rows = loadEvents();
report("events", `${rows.length} curated rows validated`);
emitCsv(rows, eventColumns);
