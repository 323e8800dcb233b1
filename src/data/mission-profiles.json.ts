import * as aq from "arquero";
import { loadCasualties } from "../../data-loaders/casualties.js";
import { report } from "../../data-loaders/emit.js";
import { missionProfile, missionSlug, type MissionProfile } from "../components/metrics.js";

/*
 * Each mission page's figures, keyed by the page's name. Computed once per build so that a
 * mission page loads this file (shared by all 81 pages, cached after the first) instead of the
 * whole casualties table and arquero.
 */
const casualties = aq.from(loadCasualties().rows);
const missions = [...new Set(casualties.array("mission") as string[])].sort();
const profiles: Record<string, MissionProfile> = {};
for (const mission of missions) profiles[missionSlug(mission)] = missionProfile(casualties, mission);
report("mission-profiles", `${missions.length} missions profiled`);
process.stdout.write(JSON.stringify(profiles));
