/**
 * Rules between the rows of the curated tables of people: what a running count and a breakdown
 * into parts must obey whatever the sources say. A row that breaks one is refused at its cell,
 * naming the row it contradicts, so that a slip of a digit ("left" 5,802 then 50, police 59,600
 * of 3,367) stops the build instead of being drawn.
 *
 * A stated figure is exact, "about", "almost", "more than" or "at least". Only an exact whole
 * bounds its parts; an "about" or "almost" part may stray above it (its true figure may be under
 * the one given); any other part may not (a "more than" or "at least" figure is a floor, and a
 * floor above the whole is as false as an exact figure above it).
 */
import type { RowRefusal } from "./curated.js";
import type { FigureQualifier } from "./figure-fields.js";

/** A figure as the rules read it: its value, its qualifier and its row. */
export interface StatedFigure {
  row: number;
  value: number;
  qualifier: FigureQualifier;
}

const group = (n: number) => n.toLocaleString("en");
const bounds = (part: StatedFigure, whole: StatedFigure) =>
  whole.qualifier === "exact" && part.qualifier !== "about" && part.qualifier !== "almost" && part.value > whole.value;

/**
 * A count that can only grow with time (people who had left by a date): each figure at least the
 * largest figure of an earlier date. Figures of one date from several sources are left to their
 * notes: they may disagree.
 */
export function neverGoesDown(figures: (StatedFigure & { date: string })[], column: string, what: string, at: RowRefusal): void {
  const byDate = [...figures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  let highest: (StatedFigure & { date: string }) | null = null;
  for (const figure of byDate) {
    if (highest && figure.date > highest.date && figure.value < highest.value && figure.qualifier !== "about")
      at.refuse(
        figure.row,
        column,
        `${group(figure.value)} ${what} by ${figure.date}, fewer than the ${group(highest.value)} by ${highest.date} (line ${at.line(highest.row)}): a running count never goes down`,
      );
    if (!highest || figure.value > highest.value) highest = figure;
  }
}

/**
 * Parts of a whole stated for the same date: no part larger than an exact whole, and parts that
 * do not overlap (`disjoint`) adding up to no more than it. `name` says what a row is ("police").
 */
export function partsWithinWhole(
  whole: StatedFigure[],
  parts: { name: string; figures: StatedFigure[] }[],
  column: string,
  wholeName: string,
  at: RowRefusal,
  { disjoint = false } = {},
): void {
  const exact = whole.filter((figure) => figure.qualifier === "exact").sort((a, b) => b.value - a.value)[0];
  if (!exact) return;
  const where = `the ${group(exact.value)} ${wholeName} on line ${at.line(exact.row)}`;
  for (const { name, figures } of parts)
    for (const figure of figures)
      if (bounds(figure, exact))
        at.refuse(figure.row, column, `${group(figure.value)} ${name}, more than ${where}: a part is never larger than its whole`);
  if (!disjoint) return;
  // One figure per part (the largest, where sources differ), and only parts that are not "about".
  const largest = parts
    .map(({ name, figures }) => ({ name, figure: [...figures].sort((a, b) => b.value - a.value)[0] }))
    .filter((part) => part.figure && part.figure.qualifier !== "about");
  const sum = largest.reduce((total, part) => total + part.figure.value, 0);
  if (largest.length > 1 && sum > exact.value) {
    const last = largest.reduce((a, b) => (a.figure.row > b.figure.row ? a : b));
    at.refuse(
      last.figure.row,
      column,
      `${largest.map((part) => `${group(part.figure.value)} ${part.name}`).join(" + ")} make ${group(sum)}, more than ${where}: the parts add up to more than the whole`,
    );
  }
}
