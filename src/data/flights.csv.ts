import { emitCsv, report } from "../../data-loaders/emit.js";
import { flightColumns, loadFlights } from "../../data-loaders/flights.js";

const rows = loadFlights();
report("flights", `${rows.length} curated rows validated`);
emitCsv(rows, flightColumns);
