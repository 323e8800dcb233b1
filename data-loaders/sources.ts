/**
 * Every upstream file the report is built from, pinned by content.
 *
 * A build reads exactly the pinned bytes or stops. The pins (sha256, size, retrieval date) are
 * data, in pins.json beside this file, which `npm run data:refresh -- --accept` rewrites; moving a
 * pin is a reviewed change, with the PROVENANCE.md beside the mirrored copy.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
export interface UpstreamSource {
  /** Stable key used in messages and in the cache folder. */
  id: string;
  title: string;
  publisher: string;
  datasetPage: string;
  /** Where a deliberate refresh would download the file from. */
  liveUrl: string;
  licence: string;
  /** Path of the file below an upstream folder (UPSTREAM_DIR, ../shared/data/upstream, cache). */
  relativePath: string;
  sha256: string;
  bytes: number;
  retrieved: string;
}

export const pinsPath = join(dirname(fileURLToPath(import.meta.url)), "pins.json");

const pinSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "not a sha256 (64 hexadecimal digits)"),
  bytes: z.number().int().positive(),
  retrieved: z.iso.date("not a date of the form YYYY-MM-DD"),
});
export type Pin = z.infer<typeof pinSchema>;
const pinsSchema = z
  .object({ unFatalities: pinSchema, geoPkoFront: pinSchema, geoPkoContributors: pinSchema, unOperations: pinSchema })
  .strict();

/** The pins file, checked: a pin that is not a hash, a size or a date stops everything with its path. */
export function readPins(path = pinsPath): z.infer<typeof pinsSchema> {
  const parsed = pinsSchema.safeParse(JSON.parse(readFileSync(path, "utf-8")));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${path}: ${issue.path.join(".") || "(the file)"}: ${issue.message}`);
}

const pins = readPins();

/** Geo-PKO's two files come from the dataset's own dashboard repository, at the commit mirrored. */
const geoPkoCopy = "https://raw.githubusercontent.com/geopko/Geo-PKO-Shiny-Dashboard/b6ba64e913461c8b5b9688307afdfcadbaa64162/data";
const geoPko = {
  publisher:
    "Department of Peace and Conflict Research, Uppsala University (Cil, Fjelde, Hultman and Nilsson, Journal of Peace Research, 2020)",
  datasetPage: "https://www.uu.se/en/department/peace-and-conflict-research/research/research-data/geo-pko-dataset",
  licence:
    "No license is stated for the data (the dashboard repository's GPL-2.0 covers its code); the authors ask users to cite their 2020 article.",
};

export const sources = {
  unFatalities: {
    id: "un-peacekeeping-fatalities",
    title: "UN peacekeeping fatalities (DPPADPOSS-FATALITIES)",
    publisher: "United Nations, Department of Peace Operations / DPPA-DPO shared services, UN Peace and Security Data Hub",
    datasetPage: "https://psdata.un.org/dataset/DPPADPOSS-FATALITIES",
    // Address by the Data Hub's public API pattern; not yet verified against the live service.
    liveUrl: "https://api.psdata.un.org/public/data/DPPADPOSS-FATALITIES/CSV",
    licence:
      'No license stated with the file; the UN asks for attribution ("Source: United Nations"). Check the Data Hub\'s terms before republishing the raw file.',
    relativePath: "un-peacekeeping-fatalities/DPPADPOSS-FATALITIES.csv",
    ...pins.unFatalities,
  },
  geoPkoFront: {
    id: "geo-pko-deployments",
    title: "Geo-PKO v2.3, deployments by place and map (FrontMap)",
    ...geoPko,
    liveUrl: `${geoPkoCopy}/FrontMap_v.2.3.csv`,
    relativePath: "geo-pko/FrontMap_v.2.3.csv",
    ...pins.geoPkoFront,
  },
  geoPkoContributors: {
    id: "geo-pko-contributors",
    title: "Geo-PKO v2.3, contributing countries by place and year (TCCMap)",
    ...geoPko,
    liveUrl: `${geoPkoCopy}/TCCMap_v.2.3.csv`,
    relativePath: "geo-pko/TCCMap_v.2.3.csv",
    ...pins.geoPkoContributors,
  },
  unOperations: {
    id: "un-peacekeeping-operations",
    title: "UN peacekeeping operations (DPPADPOSS-PKO)",
    publisher: "United Nations, DPPA-DPO shared services, UN Peace and Security Data Hub",
    datasetPage: "https://psdata.un.org/dataset/DPPADPOSS-PKO",
    // The same API pattern as the fatalities file; not yet verified against the live service.
    liveUrl: "https://api.psdata.un.org/public/data/DPPADPOSS-PKO/CSV",
    licence: 'No license stated with the file; the UN asks for attribution ("Source: United Nations").',
    relativePath: "un-peacekeeping-operations/DPPADPOSS-PKO.csv",
    ...pins.unOperations,
  },
} satisfies Record<string, UpstreamSource>;

export type SourceKey = keyof typeof sources;
