import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { loadContingents } from "./contingents.js";
import { loadEvents } from "./events.js";
import { loadFlights } from "./flights.js";
import { loadGeoPko } from "./geo-pko.js";
import { missionReference } from "./mission-reference.js";
import { allMissions } from "./missions.js";
import { loadOtherMissions } from "./other-missions.js";
import { locateSites, loadSites } from "./sites.js";
import { loadStrength } from "./strength.js";
import { loadTollStatements } from "./toll-statements.js";
import { loadUnOperations } from "./un-operations.js";
import { loadWithdrawal } from "./withdrawal.js";

/** Every tidy table of the report, as arquero tables, for Node-side computations (the claims). */
export interface TidyTables {
  casualties: ColumnTable;
  flights: ColumnTable;
  strength: ColumnTable;
  contingents: ColumnTable;
  events: ColumnTable;
  /** Geo-PKO: where each mission was deployed, by year and place, and who was there. */
  deployments: ColumnTable;
  deploymentContributors: ColumnTable;
  /** The thirteen sites of 2023, each with its point from Geo-PKO, and the personnel that had left. */
  sites: ColumnTable;
  withdrawal: ColumnTable;
  /** MINUSMA's toll as stated at the time, one source per row. */
  tollStatements: ColumnTable;
  /** What each acronym of the casualties table stands for: name, headquarters, dates. */
  missionReference: ColumnTable;
}

/** Computes a value on first use, then keeps it. */
export function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The tables: `casualties` as the caller has read it (data-loaders/tidy-cache.ts), the curated
 * ones from their files. Each table is read when first used, so that a bad row in one curated table fails
 * only what uses that table: on a page in `npm run dev`, the part that shows it.
 */
export function loadTidyTables(casualties: { rows: { mission: string }[] }): TidyTables {
  const load = {
    casualties: once(() => aq.from(casualties.rows)),
    flights: once(() => aq.from(loadFlights())),
    strength: once(() => aq.from(loadStrength())),
    contingents: once(() => aq.from(loadContingents())),
    events: once(() => aq.from(loadEvents())),
    geoPko: once(() => loadGeoPko()),
    tollStatements: once(() => aq.from(loadTollStatements())),
  };
  const deployments = once(() => aq.from(load.geoPko().deployments));
  const deploymentContributors = once(() => aq.from(load.geoPko().contributors));
  const sites = once(() => aq.from(locateSites(loadSites(), load.geoPko().deployments)));
  const withdrawal = once(() => aq.from(loadWithdrawal()));
  const reference = once(() =>
    aq.from(
      missionReference(allMissions(casualties.rows), {
        operations: loadUnOperations(),
        others: loadOtherMissions(),
        deployments: load.geoPko().deployments,
      }),
    ),
  );
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
    get deployments() {
      return deployments();
    },
    get deploymentContributors() {
      return deploymentContributors();
    },
    get sites() {
      return sites();
    },
    get withdrawal() {
      return withdrawal();
    },
    get tollStatements() {
      return load.tollStatements();
    },
    get missionReference() {
      return reference();
    },
  };
}
