/*
 * What a new version of each upstream source changes against its pinned copy, for
 * `npm run data:refresh`: the UN file by mission and year with the claims that would move,
 * Geo-PKO's files by mission, the list of operations by operation. Each is read with its own pipeline, which refuses a bad file.
 */
import { streamCasualties, type CasualtiesResult, type Casualty } from "../../data-loaders/casualties.js";
import { inputChunks, readInput } from "../../data-loaders/errors.js";
import { geoDistance } from "d3-geo";
import { loadGeoPko, parseDeploymentContributors, parseDeployments, type Deployment } from "../../data-loaders/geo-pko.js";
import type { SourceKey } from "../../data-loaders/sources.js";
import { decodeUtf8 } from "../../data-loaders/text.js";
import { tidyCasualties } from "../../data-loaders/tidy-cache.js";
import { loadOperationCorrections, loadUnOperations, parseUnOperations, type UnOperation } from "../../data-loaders/un-operations.js";
import { loadTidyTables } from "../../data-loaders/tidy-tables.js";
import { buildLedger, describeChange, readReviewed, unreviewedChanges } from "../../src/components/render/review.js";
import type { RefreshOptions } from "./data-refresh.js";

export interface ChangeCount {
  mission: string;
  year: number;
  added: number;
  removed: number;
  changed: number;
}

/** Rows added, removed and changed between two versions of the casualties table, by mission and year. */
export function compareCasualties(before: Casualty[], after: Casualty[]): ChangeCount[] {
  const old = new Map(before.map((row) => [row.casualty_id, row]));
  const now = new Map(after.map((row) => [row.casualty_id, row]));
  const counts = new Map<string, ChangeCount>();
  const bump = (row: Casualty, field: "added" | "removed" | "changed") => {
    const key = `${row.mission}|${row.year}`;
    const count = counts.get(key) ?? { mission: row.mission, year: row.year, added: 0, removed: 0, changed: 0 };
    count[field]++;
    counts.set(key, count);
  };
  for (const [id, row] of now) {
    const previous = old.get(id);
    if (!previous) bump(row, "added");
    else if (JSON.stringify(previous) !== JSON.stringify(row)) bump(row, "changed");
  }
  for (const [id, row] of old) if (!now.has(id)) bump(row, "removed");
  return [...counts.values()].sort((a, b) => a.mission.localeCompare(b.mission) || a.year - b.year);
}

/** The rows a version of the file held: read, kept, and repeated ids dropped. */
const rowCounts = (result: CasualtiesResult) =>
  `${result.rowsRead} rows read, ${result.rows.length} people kept, ${result.duplicatesDropped.length} repeated casualty ids dropped`;

/**
 * What a new version of a source changes, as lines for the editor, read with the source's own
 * pipeline (which throws a DataError on a file it refuses). `refusal` stops --accept.
 */
export interface Comparison {
  pinned: string;
  live: string;
  lines: string[];
  refusal?: string;
  /** What the source holds, counted in each version: a live file that holds fewer needs --accept-shrink. */
  size: { what: string; pinned: number; live: number };
}

type Compare = (
  path: string,
  origin: { source: string; file: string },
  today: string,
  options: Pick<RefreshOptions, "acceptDuplicates">,
) => Promise<Comparison>;

const compareUnFatalities: Compare = async (path, origin, today, options) => {
  const freshRows: Casualty[] = [];
  const { kept: _kept, ...freshCounts } = await streamCasualties(inputChunks(path, origin), { ...origin, today }, (row) =>
    freshRows.push(row),
  );
  const fresh: CasualtiesResult = { rows: freshRows, ...freshCounts };
  const old = await tidyCasualties();
  const lines: string[] = [];
  const changes = compareCasualties(old.rows, fresh.rows);
  lines.push("", "People by mission and year (added / removed / changed):");
  const sameRows = fresh.rowsRead === old.rowsRead;
  lines.push(
    ...(changes.length
      ? changes.map((c) => `  ${c.mission.padEnd(14)} ${c.year}  +${c.added}  -${c.removed}  ~${c.changed}`)
      : [
          sameRows
            ? "  none: only the file's bytes differ"
            : `  none, but the file has ${fresh.rowsRead - old.rowsRead} rows more than the pinned one`,
        ]),
  );
  const moreDuplicates = fresh.duplicatesDropped.length - old.duplicatesDropped.length;
  if (moreDuplicates > 0) {
    // The first repeat the pinned file does not have: the pinned file's own repeats, id by id, are old news.
    const oldRepeats = new Map<string, number>();
    for (const { casualty_id } of old.duplicatesDropped) oldRepeats.set(casualty_id, (oldRepeats.get(casualty_id) ?? 0) + 1);
    const first = fresh.duplicatesDropped.find(({ casualty_id }) => {
      const left = oldRepeats.get(casualty_id) ?? 0;
      oldRepeats.set(casualty_id, left - 1);
      return left <= 0;
    })!;
    lines.push(
      "",
      `The live file repeats ${moreDuplicates} more casualty ids than the pinned one (the first new repeat on line ${first.line}, ${first.casualty_id}, first given on line ${first.firstLine}): ` +
        "each repeat is dropped, but a file that repeats rows may be a broken export.",
    );
  }
  const moved = unreviewedChanges(buildLedger(loadTidyTables(fresh)), readReviewed());
  lines.push("", moved.length ? "Claims and story figures that would change:" : "No claim or story figure would change.");
  lines.push(...moved.map((c) => `  - ${describeChange(c)}`));
  return {
    pinned: rowCounts(old),
    live: rowCounts(fresh),
    size: { what: "people", pinned: old.rows.length, live: fresh.rows.length },
    lines,
    refusal:
      moreDuplicates > 0 && !options.acceptDuplicates
        ? "the live file repeats more casualty ids than the pinned one. Check it with the publisher; to accept it all the same, add --accept-duplicates."
        : undefined,
  };
};

/** Rows of a Geo-PKO table by mission, pinned against live: the missions whose count moved. */
function compareByMission(what: string, pinned: { mission: string }[], live: { mission: string }[]): Comparison {
  const byMission = (rows: { mission: string }[]) =>
    rows.reduce((counts, row) => counts.set(row.mission, (counts.get(row.mission) ?? 0) + 1), new Map<string, number>());
  const [before, after] = [byMission(pinned), byMission(live)];
  const missions = [...new Set([...before.keys(), ...after.keys()])].sort().filter((mission) => before.get(mission) !== after.get(mission));
  return {
    pinned: `${pinned.length} ${what}`,
    live: `${live.length} ${what}`,
    size: { what, pinned: pinned.length, live: live.length },
    lines: [
      "",
      `${what[0].toUpperCase()}${what.slice(1)} by mission (pinned → live):`,
      ...(missions.length
        ? missions.map((mission) => `  ${mission.padEnd(14)} ${before.get(mission) ?? 0} → ${after.get(mission) ?? 0}`)
        : ["  none changed"]),
    ],
  };
}

/** How far apart two points are, in kilometres. */
const kilometresBetween = (a: Deployment, b: Deployment) => geoDistance([a.longitude, a.latitude], [b.longitude, b.latitude]) * 6371;

/**
 * The places a new FrontMap draws elsewhere than the pinned one (more than a kilometre away): a
 * count by mission does not move when a point does, and a moved point moves a place on the maps.
 */
function movedPlaces(pinned: Deployment[], live: Deployment[], shown = 20): string[] {
  const key = (row: Deployment) => `${row.mission} ${row.year} ${row.location}`;
  const before = new Map(pinned.map((row) => [key(row), row]));
  const moved = live.flatMap((row) => {
    const old = before.get(key(row));
    return old && kilometresBetween(old, row) > 1
      ? [`  ${key(row)}: (${old.latitude}, ${old.longitude}) → (${row.latitude}, ${row.longitude})`]
      : [];
  });
  return [
    "",
    "Places drawn elsewhere (latitude, longitude; pinned → live):",
    ...(moved.length ? moved.slice(0, shown) : ["  none"]),
    ...(moved.length > shown ? [`  and ${moved.length - shown} more`] : []),
  ];
}

/** Operations added, removed, or with a field changed, pinned against live (both with the corrections applied). */
function compareOperations(pinned: UnOperation[], live: UnOperation[]): Comparison {
  const before = new Map(pinned.map((row) => [row.acronym, row]));
  const after = new Map(live.map((row) => [row.acronym, row]));
  const lines: string[] = [];
  for (const [acronym, row] of after) {
    const old = before.get(acronym);
    if (!old) lines.push(`  + ${acronym}`);
    else {
      const fields = (Object.keys(row) as (keyof UnOperation)[]).filter((key) => JSON.stringify(row[key]) !== JSON.stringify(old[key]));
      if (fields.length) lines.push(`  ~ ${acronym}: ${fields.join(", ")}`);
    }
  }
  for (const acronym of before.keys()) if (!after.has(acronym)) lines.push(`  - ${acronym}`);
  return {
    pinned: `${pinned.length} operations`,
    live: `${live.length} operations`,
    size: { what: "operations", pinned: pinned.length, live: live.length },
    lines: ["", "Operations added (+), removed (-) or changed (~):", ...(lines.length ? lines : ["  none changed"])],
  };
}

const readText = (path: string, origin: { source: string; file: string }) => decodeUtf8(readInput(path, origin), origin);

/** Each source read with its own pipeline and set against its pinned copy. */
export const compare: Record<SourceKey, Compare> = {
  unFatalities: compareUnFatalities,
  geoPkoFront: async (path, origin, today) => {
    const [pinned, live] = [loadGeoPko(today).deployments, parseDeployments(readText(path, origin), { ...origin, today })];
    const comparison = compareByMission("places and years", pinned, live);
    comparison.lines.push(...movedPlaces(pinned, live));
    return comparison;
  },
  // The live places are checked against the pinned FrontMap's: each in the country FrontMap gives it.
  geoPkoContributors: async (path, origin, today) => {
    const pinned = loadGeoPko(today);
    return compareByMission(
      "contributors by place and year",
      pinned.contributors,
      parseDeploymentContributors(readText(path, origin), { ...origin, today, deployments: pinned.deployments }),
    );
  },
  // A correction that no longer fits the live file stops here, naming it: the editor updates it first.
  unOperations: async (path, origin, today) =>
    compareOperations(loadUnOperations(today), parseUnOperations(readText(path, origin), loadOperationCorrections(), { ...origin, today })),
};
