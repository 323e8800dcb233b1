import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { loadCasualties } from "./casualties.js";
import { loadContingents } from "./contingents.js";
import { loadEvents } from "./events.js";
import { loadFlights } from "./flights.js";
import { loadStrength } from "./strength.js";

/** Every tidy table of the report, as arquero tables, for Node-side computations (the claims). */
export interface TidyTables {
  casualties: ColumnTable;
  flights: ColumnTable;
  strength: ColumnTable;
  contingents: ColumnTable;
  events: ColumnTable;
}

/** The tables, from the pinned and curated files; `casualties` when the caller has parsed the UN file already. */
export function loadTidyTables(casualties: { rows: object[] } = loadCasualties()): TidyTables {
  return {
    casualties: aq.from(casualties.rows),
    flights: aq.from(loadFlights()),
    strength: aq.from(loadStrength()),
    contingents: aq.from(loadContingents()),
    events: aq.from(loadEvents()),
  };
}
