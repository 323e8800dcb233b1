/*
 * The figures of the missions index (src/missions/index.page.ts) and of every mission's page
 * (src/missions/[mission].page.ts), computed for all missions at once: the ranking of all missions
 * once, then each mission's profile.
 */
import { z } from "zod";
import type { MissionReference } from "../../../data-loaders/mission-reference.js";
import { missionKinds } from "../../../data-loaders/other-missions.js";
import { type TidyTables, rowsOf } from "../../../data-loaders/tidy-tables.js";
import { deathsOutsideDates, missionProfiles, missionSummaries, rankingFrom, type MissionSummary } from "../metrics/missions.js";
import { leadOf } from "../metrics/leaders.js";
import type { MissionRank } from "../metrics/toll.js";
import { checkFigures, count, isoDay, lead, missionRank, nationalityCount, share, yearCategoryCount, yearCumulative } from "./schema.js";

const missionSummary = z.object({
  mission: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/, "expected a page name: lower-case letters, digits and hyphens"),
  all: count,
  malicious: count,
  first_year: count,
  last_year: count,
  rank_all: count.min(1),
  rank_malicious: count.min(1).nullable(),
}) satisfies z.ZodType<MissionSummary>;

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

const missionReference = z.object({
  acronym: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(missionKinds),
  headquarters: z.string().min(1).nullable(),
  area: z.string().min(1).nullable(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  start_date: partialDate.nullable(),
  end_date: partialDate.nullable(),
  running: z.boolean(),
  combines: z.string(),
  listed_by: z.enum(["UN list of operations", "curated"]),
  report: z.string(),
  source_url: z.url(),
  note: z.string(),
}) satisfies z.ZodType<MissionReference>;

export const missionsIndexFiguresSchema = z.object({
  summaries: z.array(missionSummary).min(1),
  /** What each mission was, by acronym. */
  references: z.record(z.string(), missionReference),
  /** The headquarters the world map draws, with each mission's deaths; the missions it cannot draw. */
  drawn: z.array(
    z.object({
      acronym: z.string().min(1),
      headquarters: z.string().min(1).nullable(),
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      deaths: count.min(1),
    }),
  ),
  notDrawn: z.array(z.string().min(1)),
  /** People in the whole file, the years it spans, and the missions with a death from a malicious act. */
  total: count,
  firstYear: count,
  lastYear: count,
  withMalicious: count,
  /** The file's entries by what they are (peacekeeping operation, political mission, office, not a mission), with their acronyms. */
  byKind: z.array(z.object({ kind: z.enum(missionKinds), acronyms: z.array(z.string().min(1)).min(1) })),
});

export type MissionsIndexFigures = z.infer<typeof missionsIndexFiguresSchema>;

export const missionFiguresSchema = z.object({
  mission: z.string().min(1),
  reference: missionReference,
  /** Deaths the file dates before the mission's start or after its end (0 where a date is missing). */
  outsideDates: z.object({ before: count, after: count }),
  slug: missionSummary.shape.slug,
  firstDate: isoDay,
  lastDate: isoDay,
  all: count.min(1),
  malicious: count,
  maliciousShare: share,
  /** The calendar years with the most deaths (several when tied); null for a mission whose deaths all fall in one year. */
  /** The year or years with the most deaths; `even` where every year with a death counts as many, so none is deadliest. */
  deadliest: z.object({ years: z.array(count).min(1), all: count.min(1), even: z.boolean() }).nullable(),
  /** The personnel types with the most deaths: one, or several tied, and how they compare to all deaths. */
  personnel: lead,
  /** Countries of those who died, as recorded; and deaths whose nationality is not recorded or undetermined. */
  countries: count,
  unrecorded: count,
  missions: count,
  rankAll: count.min(1),
  /** Other missions with the same toll, which share the rank. */
  tiedAll: count,
  /** Null for a mission with no death from a malicious act. */
  rankMalicious: count.min(1).nullable(),
  tiedMalicious: count.nullable(),
  byIncident: z.array(yearCategoryCount),
  byPersonnel: z.array(yearCategoryCount),
  cumulative: z.array(yearCumulative),
  nationalities: z.array(nationalityCount),
  /** The ranking the page's chart draws: by malicious acts, or by all causes for a mission without one. */
  ranking: z.array(missionRank),
  rankingBy: z.enum(["malicious acts", "all causes"]),
});

export type MissionFigures = z.infer<typeof missionFiguresSchema>;

export interface MissionsFigures {
  index: MissionsIndexFigures;
  /** Each mission's page figures, by page name (slug). */
  bySlug: Map<string, MissionFigures>;
}

export function missionsFigures(tables: Pick<TidyTables, "casualties" | "missionReference">): MissionsFigures {
  const summaries = missionSummaries(tables.casualties);
  const references = new Map(rowsOf(tables.missionReference).map((row) => [row.acronym, row]));
  const outside = deathsOutsideDates(tables.casualties, [...references.values()]);
  const allCauses = rankingFrom(summaries, "all", "rank_all");
  const malicious = rankingFrom(summaries, "malicious", "rank_malicious");
  const index = checkFigures("missions index", missionsIndexFiguresSchema, {
    summaries,
    references: Object.fromEntries(references),
    drawn: summaries.flatMap((row) => {
      const { headquarters, latitude, longitude } = references.get(row.mission) ?? {};
      return latitude == null || longitude == null ? [] : [{ acronym: row.mission, headquarters, latitude, longitude, deaths: row.all }];
    }),
    notDrawn: summaries.filter((row) => references.get(row.mission)?.latitude == null).map((row) => row.mission),
    total: summaries.reduce((sum, row) => sum + row.all, 0),
    firstYear: Math.min(...summaries.map((row) => row.first_year)),
    lastYear: Math.max(...summaries.map((row) => row.last_year)),
    withMalicious: summaries.filter((row) => row.malicious > 0).length,
    byKind: missionKinds
      .map((kind) => ({ kind, acronyms: summaries.filter((row) => references.get(row.mission)?.kind === kind).map((row) => row.mission) }))
      .filter((group) => group.acronyms.length > 0),
  });
  const profiles = missionProfiles(tables.casualties);
  const bySlug = new Map<string, MissionFigures>();
  for (const summary of summaries) {
    if (bySlug.has(summary.slug))
      throw new Error(`two missions share the page name "${summary.slug}": ${bySlug.get(summary.slug)!.mission} and ${summary.mission}`);
    const profile = profiles.get(summary.mission);
    if (!profile) throw new Error(`no profile was computed for ${summary.mission}`);
    const personnel = new Map<string, number>();
    for (const row of profile.byPersonnel) personnel.set(row.category, (personnel.get(row.category) ?? 0) + row.fatalities);
    const byName = (a: [string, number], b: [string, number]) => a[0].localeCompare(b[0]);
    const deadliest =
      profile.byYear.length > 1
        ? leadOf(
            profile.byYear.map((row) => [String(row.year), row.all]),
            profile.toll.all,
          )
        : null;
    const tied = (ranking: MissionRank[], rank: number | null) =>
      rank === null ? null : ranking.filter((row) => row.rank === rank && row.mission !== summary.mission).length;
    bySlug.set(
      summary.slug,
      checkFigures(`missions/${summary.slug}`, missionFiguresSchema, {
        mission: summary.mission,
        reference: references.get(summary.mission),
        outsideDates: outside.get(summary.mission),
        slug: summary.slug,
        firstDate: profile.toll.firstDate,
        lastDate: profile.toll.lastDate,
        all: profile.toll.all,
        malicious: profile.toll.malicious,
        maliciousShare: profile.toll.malicious / profile.toll.all,
        deadliest: deadliest && {
          years: deadliest.names.map(Number),
          all: deadliest.count,
          even: deadliest.names.length === deadliest.groups,
        },
        personnel: leadOf([...personnel].sort(byName), profile.toll.all),
        countries: profile.countries,
        unrecorded: profile.unrecorded,
        missions: summaries.length,
        rankAll: summary.rank_all,
        tiedAll: tied(allCauses, summary.rank_all)!,
        rankMalicious: summary.rank_malicious,
        tiedMalicious: tied(malicious, summary.rank_malicious),
        byIncident: profile.byIncident,
        byPersonnel: profile.byPersonnel,
        cumulative: profile.cumulative,
        nationalities: profile.nationalities,
        ranking: summary.rank_malicious === null ? allCauses : malicious,
        rankingBy: summary.rank_malicious === null ? "all causes" : "malicious acts",
      }),
    );
  }
  return { index, bySlug };
}
