/*
 * Which of some groups (personnel categories, calendar years) counts the most, said so that a
 * sentence about it stays true for every mission: one group or several tied, and whether the one
 * is every death, more than half of them, or only the largest share. "Most of those who died"
 * is written only for a majority.
 */

export type LeadKind =
  /** One group holds every death. */
  | "all"
  /** One group holds more than half. */
  | "majority"
  /** One group holds more than any other, but half or less. */
  | "plurality"
  /** Several groups share the largest count. */
  | "tie";

export interface Lead {
  /** The leading groups, in the order given: one, or those tied. */
  names: string[];
  /** The count of each leading group. */
  count: number;
  /** That count as a share of the whole. */
  share: number;
  kind: LeadKind;
  /** How many groups count anything: a tie of all of them is an even spread, not a lead. */
  groups: number;
}

/** The groups with the largest count among `counts` (a group with none is not a leader), out of `total`. */
export function leadOf(counts: readonly (readonly [string, number])[], total: number): Lead {
  const count = Math.max(0, ...counts.map(([, n]) => n));
  if (count === 0 || total <= 0) throw new Error("no group counts anything: there is no lead to state");
  if (counts.reduce((sum, [, n]) => sum + n, 0) > total) throw new Error(`the groups count more than the whole (${total})`);
  const names = counts.filter(([, n]) => n === count).map(([name]) => name);
  const kind: LeadKind = names.length > 1 ? "tie" : count === total ? "all" : count * 2 > total ? "majority" : "plurality";
  return { names, count, share: count / total, kind, groups: counts.filter(([, n]) => n > 0).length };
}
