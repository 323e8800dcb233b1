/*
 * Axes that count people. A count is a whole number, so its axis never ticks at 0.5: where the
 * largest count is smaller than the number of ticks the axis has room for, Plot's ticks would fall
 * between whole numbers, and the ticks are whole numbers chosen here (0, 1, 2… or 0, 2, 4…);
 * otherwise Plot's own, which are whole numbers already. The labels are the edition's numbers.
 */
import type { Formatter } from "../i18n/format.js";

/** Steps of 1, 2 and 5 times a power of ten, from 1 up. */
function* wholeSteps(): Generator<number> {
  for (let power = 1; ; power *= 10) for (const base of [1, 2, 5]) yield base * power;
}

/** Whole-number ticks from 0 to `max`, at most `room` intervals between them. */
export function wholeNumberTicks(max: number, room: number): number[] {
  if (max <= 0) return [0];
  for (const step of wholeSteps())
    if (Math.floor(max / step) <= room) return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  return [0];
}

/** Ticks a vertical count axis has room for. */
export const VERTICAL_ROOM = 8;

/** Ticks a horizontal axis `width` pixels long has room for: one every 80 pixels, as Plot spaces them. */
export const horizontalRoom = (width: number) => Math.max(2, Math.floor(width / 80));

/**
 * A count axis's tick options: whole-number ticks where the largest count is below the ticks the
 * axis has room for, and the edition's numbers as labels.
 */
export function countAxis(
  max: number,
  room: number,
  format: Pick<Formatter, "number">,
): { ticks?: number[]; tickFormat: (value: number) => string } {
  return { ...(max < room ? { ticks: wholeNumberTicks(max, room) } : {}), tickFormat: (value: number) => format.number(value) };
}
