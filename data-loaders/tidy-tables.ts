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

/** Computes a value on first use, then keeps it. */
export function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The tables, from the pinned and curated files; `casualties` when the caller has parsed the UN
 * file already. Each table is read when first used, so that a bad row in one curated table fails
 * only what uses that table: on a page in `npm run dev`, the part that shows it.
 */
export function loadTidyTables(casualties?: { rows: object[] }): TidyTables {
  const load = {
    casualties: once(() => aq.from((casualties ?? loadCasualties()).rows)),
    flights: once(() => aq.from(loadFlights())),
    strength: once(() => aq.from(loadStrength())),
    contingents: once(() => aq.from(loadContingents())),
    events: once(() => aq.from(loadEvents())),
  };
  return {
    get casualties() {
      return load.casualties();
    },
    get flights() {
      return load.flights();
    },
    get strength() {
      return load.strength();
    },
    get contingents() {
      return load.contingents();
    },
    get events() {
      return load.events();
    },
  };
}
