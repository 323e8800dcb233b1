import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { loadContingents, type ContingentRow } from "./contingents.js";
import { loadEvents, type EventRow } from "./events.js";
import { loadFlights, type FlightRow } from "./flights.js";
import { loadGeoPko, type Deployment, type DeploymentContributor } from "./geo-pko.js";
import { missionReference, type MissionReference } from "./mission-reference.js";
import { allMissions } from "./missions.js";
import { loadOtherMissions } from "./other-missions.js";
import { locateSites, loadSites, type LocatedSite } from "./sites.js";
import { loadStrength, type StrengthRow } from "./strength.js";
import { loadTollStatements, type TollStatementRow } from "./toll-statements.js";
import { loadUnOperations } from "./un-operations.js";
import { loadWithdrawal, type WithdrawalRow } from "./withdrawal.js";

/** Every tidy table of the report, as arquero tables, for Node-side computations (the claims). */
/**
 * An arquero table whose rows have a known shape, typed once where the table is made (`tableOf`):
 * `rowsOf` gives them back typed, so no reader casts `.objects()`. A table derived by a query
 * (filter, groupby) is a plain ColumnTable again: its rows are the query's, typed where it is made.
 */
export type RowsTable<Row extends object> = ColumnTable & { readonly rowShape?: Row };

/** A table of `rows`, typed by them. */
export function tableOf<Row extends object>(rows: Row[]): RowsTable<Row> {
  return aq.from(rows) as RowsTable<Row>;
}

/** The rows of a table typed where it was made: the one place the project asserts arquero's objects' shape. */
export function rowsOf<Row extends object>(table: RowsTable<Row>): Row[] {
  return table.objects() as Row[];
}

export interface TidyTables {
  casualties: ColumnTable;
  flights: RowsTable<FlightRow>;
  strength: RowsTable<StrengthRow>;
  contingents: RowsTable<ContingentRow>;
  events: RowsTable<EventRow>;
  /** Geo-PKO: where each mission was deployed, by year and place, and who was there. */
  deployments: RowsTable<Deployment>;
  deploymentContributors: RowsTable<DeploymentContributor>;
  /** The thirteen sites of 2023, each with its point from Geo-PKO, and the personnel that had left. */
  sites: RowsTable<LocatedSite>;
  withdrawal: RowsTable<WithdrawalRow>;
  /** MINUSMA's toll as stated at the time, one source per row. */
  tollStatements: RowsTable<TollStatementRow>;
  /** What each acronym of the casualties table stands for: name, headquarters, dates. */
  missionReference: RowsTable<MissionReference>;
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
    flights: once(() => tableOf(loadFlights())),
    strength: once(() => tableOf(loadStrength())),
    contingents: once(() => tableOf(loadContingents())),
    events: once(() => tableOf(loadEvents())),
    geoPko: once(() => loadGeoPko()),
    tollStatements: once(() => tableOf(loadTollStatements())),
  };
  const deployments = once(() => tableOf(load.geoPko().deployments));
  const deploymentContributors = once(() => tableOf(load.geoPko().contributors));
  const sites = once(() => tableOf(locateSites(loadSites(), load.geoPko().deployments)));
  const withdrawal = once(() => tableOf(loadWithdrawal()));
  const reference = once(() =>
    tableOf(
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
