import type { Casualty } from "./casualties.js";

/**
 * The missions that get a page of their own. MISSION_PAGES narrows the list for a faster build:
 * "all" (the default), "none", or acronyms separated by commas ("MINUSMA,UNIFIL").
 */
export function missionsWithPages(all: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const wanted = (env.MISSION_PAGES ?? "all").trim();
  if (wanted === "all") return all;
  if (wanted === "none" || wanted === "") return [];
  const known = new Map(all.map((mission) => [mission.toLowerCase(), mission]));
  return wanted.split(",").map((name) => {
    const mission = known.get(name.trim().toLowerCase());
    if (!mission) throw new Error(`MISSION_PAGES names "${name.trim()}", which is not a mission in the UN fatalities file`);
    return mission;
  });
}

/** Whether MISSION_PAGES leaves some missions without their page: the site is then partial. */
export function narrowsMissionPages(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.MISSION_PAGES ?? "all").trim() !== "all";
}

/** Every mission of the casualties table, sorted. */
export function allMissions(rows: Pick<Casualty, "mission">[]): string[] {
  return [...new Set(rows.map((row) => row.mission))].sort();
}
