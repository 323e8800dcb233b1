/*
 * Errors as data. What went wrong while a page was made, with everything needed to find it: the
 * page and the part of it, the source, file, line and column of a bad cell (a DataError), or the
 * chart function and where in its file it failed (a ChartError). The build prints the message
 * and stops; `npm run dev` shows each problem in place of the part it broke and in the banner of
 * every open page, as the same record (scripts/dev/dev.ts).
 */
import { relative } from "node:path";
import { DataError, type DataErrorLocation } from "../../../data-loaders/errors.js";
import { projectRoot } from "../../../data-loaders/fetch.js";

export interface Problem extends Partial<DataErrorLocation> {
  /** The page's path, such as /flights, when the problem arose on a page. */
  page?: string;
  /** The part of the page that could not be made ("timeline", "chart"), or "page" for all of it. */
  part?: string;
  /** For a chart: the chart function, and its file:line:column in the project. */
  chart?: string;
  at?: string;
  /** What is wrong, in words, without the location. */
  problem: string;
  /** The whole message, as the terminal prints it. */
  message: string;
}

/** Where a chart function failed, read from the error's stack (tsx maps it to the .ts source). */
export class ChartError extends Error {
  readonly chart: string;
  readonly at: string;

  constructor(cause: unknown) {
    const frame = chartFrame(cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`chart ${frame.chart} (${frame.at}) failed: ${message}`, { cause });
    this.name = "ChartError";
    this.chart = frame.chart;
    this.at = frame.at;
  }
}

/**
 * The chart function in the stack: the first frame of a function named …Chart in the project's
 * components, else the first frame there at all (a helper the chart called).
 */
function chartFrame(error: unknown): { chart: string; at: string } {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frames = stack.split("\n").flatMap((line) => {
    const match = /^\s*at (?:(\S+) \()?(?:file:\/\/)?(\/[^)]+?):(\d+):(\d+)\)?$/.exec(line);
    if (!match) return [];
    const [, name, file, row, column] = match;
    const path = relative(projectRoot, file);
    if (!path.startsWith("src/components/") || path.endsWith("static-chart.ts") || path.endsWith("problems.ts")) return [];
    return [{ chart: name?.replace(/^Object\./, "") ?? "(anonymous)", at: `${path}:${row}:${column}` }];
  });
  return (
    frames.find((frame) => /Chart$/.test(frame.chart)) ??
    frames[0] ?? { chart: "(unknown chart function)", at: "no frame of src/components in the stack" }
  );
}

/** A page part that could not be made: the error of the part, named with the part. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    cause: unknown,
  ) {
    super(`${part}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "PartError";
  }
}

/** The record of an error, with the page and part it broke. */
export function problemOf(error: unknown, where: { page?: string; part?: string } = {}): Problem {
  const inner = error instanceof PartError ? (error.cause as unknown) : error;
  const part = error instanceof PartError ? error.part : where.part;
  const base = { page: where.page, part };
  if (inner instanceof DataError) return { ...base, ...inner.location, problem: inner.problem, message: inner.message };
  if (inner instanceof ChartError) {
    const cause = inner.cause instanceof DataError ? inner.cause : null;
    return { ...base, ...(cause?.location ?? {}), chart: inner.chart, at: inner.at, problem: inner.message, message: inner.message };
  }
  const message = inner instanceof Error ? inner.message : String(inner);
  return { ...base, problem: message, message };
}

/** One line for the terminal or the banner: where, then what. */
export function describeProblem(problem: Problem): string {
  const where = [problem.page, problem.part].filter(Boolean).join(", ");
  return where ? `${where}: ${problem.message}` : problem.message;
}
