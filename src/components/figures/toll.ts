/*
 * The story page's figures (src/index.page.ts): MINUSMA's toll, its deadliest year and its rank
 * among all the missions of the UN file. Computed once per build; the page prints them and the
 * claims guard holds them to their reviewed values (src/components/render/review.ts).
 */
import { z } from "zod";
import type { TidyTables } from "../../../data-loaders/tidy-tables.js";
import { MALICIOUS_ACT } from "../metrics/counting.js";
import {
  deadliestYear,
  fatalitiesByYear,
  fatalitiesByYearAndCategory,
  missionCount,
  missionRanking,
  missionToll,
  rankOf,
} from "../metrics/toll.js";
import { checkFigures, count, isoDay, missionRank, share, yearCategoryCount, yearToll } from "./schema.js";

export const STORY_MISSION = "MINUSMA";

const rankedMission = z.object({ mission: z.string().min(1), fatalities: count });

export const tollFiguresSchema = z.object({
  mission: z.string().min(1),
  firstDate: isoDay,
  lastDate: isoDay,
  /** Calendar years between the first death and the last. */
  years: count,
  all: count,
  malicious: count,
  maliciousShare: share,
  deadliest: yearToll,
  /** Missions in the UN file. */
  missions: count,
  rankMalicious: count.min(1),
  rankAll: count.min(1),
  /** The mission ranked just below the story's by deaths from malicious acts. */
  nextByMalicious: rankedMission,
  /** The mission with the most deaths from all causes. */
  deadliestMission: rankedMission,
  /** Deaths from every cause other than malicious acts, by the UN's category; only those with deaths. */
  otherCauses: z.record(z.string().min(1), count.min(1)),
  byYear: z.array(yearToll),
  byYearAndIncident: z.array(yearCategoryCount),
  maliciousRanking: z.array(missionRank),
});

export type TollFigures = z.infer<typeof tollFiguresSchema>;

export function tollFigures(tables: Pick<TidyTables, "casualties">, mission = STORY_MISSION): TollFigures {
  const { casualties } = tables;
  const toll = missionToll(casualties, mission);
  const byYear = fatalitiesByYear(casualties, mission);
  const maliciousRanking = missionRanking(casualties, MALICIOUS_ACT);
  const allCausesRanking = missionRanking(casualties);
  const rankMalicious = rankOf(maliciousRanking, mission);
  const below = maliciousRanking[maliciousRanking.indexOf(rankMalicious) + 1];
  const byYearAndIncident = fatalitiesByYearAndCategory(casualties, mission, "incident_type");
  const otherCauses: Record<string, number> = {};
  for (const row of byYearAndIncident) {
    if (row.category !== MALICIOUS_ACT && row.fatalities > 0) otherCauses[row.category] = (otherCauses[row.category] ?? 0) + row.fatalities;
  }
  return checkFigures("toll", tollFiguresSchema, {
    mission,
    firstDate: toll.firstDate,
    lastDate: toll.lastDate,
    years: toll.firstDate && toll.lastDate ? Number(toll.lastDate.slice(0, 4)) - Number(toll.firstDate.slice(0, 4)) : undefined,
    all: toll.all,
    malicious: toll.malicious,
    maliciousShare: toll.all ? toll.malicious / toll.all : undefined,
    deadliest: deadliestYear(byYear),
    missions: missionCount(casualties),
    rankMalicious: rankMalicious.rank,
    rankAll: rankOf(allCausesRanking, mission).rank,
    nextByMalicious: below && { mission: below.mission, fatalities: below.fatalities },
    deadliestMission: { mission: allCausesRanking[0]?.mission, fatalities: allCausesRanking[0]?.fatalities },
    otherCauses,
    byYear,
    byYearAndIncident,
    maliciousRanking,
  });
}
