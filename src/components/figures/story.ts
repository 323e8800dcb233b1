/*
 * The figures the story's pages state, computed once per build by the page figure modules and
 * named by their path in those objects ("toll.all", "flights.latest.denied"). The claims guard
 * (src/components/render/review.ts) holds every one of them to its reviewed value, so the values it
 * checks are the very ones the pages print. Series drawn in charts (arrays) are left out: their
 * totals and the values the prose quotes are all here.
 */
import { once, type TidyTables } from "../../../data-loaders/tidy-tables.js";
import { flightsFigures, type FlightsFigures } from "./flights.js";
import { forceFigures, type ForceFigures } from "./force.js";
import { statementsFigures, type StatementsFigures } from "./statements.js";
import { tollFigures, type TollFigures } from "./toll.js";
import { withdrawalFigures, type WithdrawalFigures } from "./withdrawal.js";

export interface StoryPagesFigures {
  toll: TollFigures;
  flights: FlightsFigures;
  force: ForceFigures;
  withdrawal: WithdrawalFigures;
  /** The toll as stated at the time against the file: "Why 187". */
  statements: StatementsFigures;
}

export type FigureValue = number | string | null;

/** The page that prints each part's figures, as the corrections log and the navigation name pages. */
export const figurePages: Record<keyof StoryPagesFigures, string> = {
  toll: "index",
  statements: "index",
  flights: "flights",
  force: "contingents",
  withdrawal: "withdrawal",
};

/** Each page's figures, computed on first use: the toll page needs no curated table. */
export function storyPagesFigures(tables: TidyTables): StoryPagesFigures {
  const toll = once(() => tollFigures(tables));
  const flights = once(() => flightsFigures(tables));
  const force = once(() => forceFigures(tables));
  const withdrawal = once(() => withdrawalFigures(tables));
  const statements = once(() => statementsFigures(tables));
  return {
    get toll() {
      return toll();
    },
    get flights() {
      return flights();
    },
    get force() {
      return force();
    },
    get withdrawal() {
      return withdrawal();
    },
    get statements() {
      return statements();
    },
  };
}

/** Every single value of the figures, by its path; arrays (chart series) are left out. */
export function namedFigures(figures: object, prefix = ""): Record<string, FigureValue> {
  const named: Record<string, FigureValue> = {};
  for (const [key, value] of Object.entries(figures)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) continue;
    if (value !== null && typeof value === "object") Object.assign(named, namedFigures(value, name));
    else if (value === null || typeof value === "number" || typeof value === "string") named[name] = value;
    else throw new Error(`story figure ${name} is a ${typeof value}, which the review cannot record`);
  }
  return named;
}
