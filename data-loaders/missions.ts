import type { Casualty } from "./casualties.js";

/**
 * MISSION_PAGES as the build understands it: "all" (also when unset), "none", or the acronyms
 * asked for, trimmed, in upper case and sorted, so that two spellings of the same choice are one
 * setting. Set but empty is refused rather than read as "none": an empty variable is as likely a
 * slip as a wish, and the two would publish very different sites.
 */
export function missionPagesSetting(env: NodeJS.ProcessEnv = process.env): "all" | "none" | string[] {
  const raw = env.MISSION_PAGES;
  if (raw === undefined) return "all";
  const wanted = raw.trim();
  if (wanted === "")
    throw new Error(
      'MISSION_PAGES is set but empty: give "all", "none" or acronyms ("MINUSMA,UNFICYP"), or unset it for every mission page',
    );
  if (wanted.toLowerCase() === "all") return "all";
  if (wanted.toLowerCase() === "none") return "none";
  const names = wanted.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new Error(`MISSION_PAGES="${raw}" has an empty name between its commas`);
  return [...new Set(names.map((name) => name.toUpperCase()))].sort();
}

/** The setting in one word, for build keys and manifests: "all", "none" or "MINUSMA,UNFICYP". */
export function missionPagesKey(env: NodeJS.ProcessEnv = process.env): string {
  const setting = missionPagesSetting(env);
  return typeof setting === "string" ? setting : setting.join(",");
}

/** The missions that get a page of their own: all of them, none, or those MISSION_PAGES names. */
export function missionsWithPages(all: string[], env: NodeJS.ProcessEnv = process.env): string[] {
  const setting = missionPagesSetting(env);
  if (setting === "all") return all;
  if (setting === "none") return [];
  const known = new Map(all.map((mission) => [mission.toUpperCase(), mission]));
  return setting.map((name) => {
    const mission = known.get(name);
    if (!mission) throw new Error(`MISSION_PAGES names "${name}", which is not a mission in the UN fatalities file`);
    return mission;
  });
}

/** Whether MISSION_PAGES leaves some missions without their page: the site is then partial. */
export function narrowsMissionPages(env: NodeJS.ProcessEnv = process.env): boolean {
  return missionPagesSetting(env) !== "all";
}

/** Every mission of the casualties table, sorted. */
export function allMissions(rows: Pick<Casualty, "mission">[]): string[] {
  return [...new Set(rows.map((row) => row.mission))].sort();
}
