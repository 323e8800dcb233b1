/**
 * Every upstream file the report is built from, pinned by content.
 *
 * A build reads exactly the pinned bytes or stops. Moving a pin is a reviewed change:
 * the hash here, the retrieval date, and the PROVENANCE.md beside the mirrored copy.
 */
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

export const sources = {
  unFatalities: {
    id: "un-peacekeeping-fatalities",
    title: "UN peacekeeping fatalities (DPPADPOSS-FATALITIES)",
    publisher: "United Nations, Department of Peace Operations / DPPA-DPO shared services, UN Peace and Security Data Hub",
    datasetPage: "https://psdata.un.org/dataset/DPPADPOSS-FATALITIES",
    // Address by the Data Hub's public API pattern; not yet verified against the live service.
    liveUrl: "https://api.psdata.un.org/public/data/DPPADPOSS-FATALITIES/CSV",
    licence:
      'No licence stated with the file; the UN asks for attribution ("Source: United Nations"). Check the Data Hub\'s terms before republishing the raw file.',
    relativePath: "un-peacekeeping-fatalities/DPPADPOSS-FATALITIES.csv",
    sha256: "eeb8d8bef3ebfbee65424e62ede466318265ce6d37d5b71476f6868ce9fc7b98",
    bytes: 471168,
    retrieved: "2026-11-28",
  },
} as const satisfies Record<string, UpstreamSource>;

export type SourceKey = keyof typeof sources;
