import { describe, expect, it } from "vitest";
import { ledger } from "../../../src/components/sections/claims.js";
import type { ClaimEntry } from "../../../src/components/claims/verdicts.js";
import { renderedMarkdown } from "../../helpers.js";

const fixtureClaim: ClaimEntry = {
  id: "fixture-date",
  claimant: "Fixture Daily",
  date: "2023-06",
  claim: "Deployed since 2013",
  wording: "quoted",
  claim_fr: "Déployée depuis 2013",
  wording_fr: "translated",
  source_url: null,
  source_note: "Fixture Daily, June 2023.",
  source_note_fr: "Fixture Daily, juin 2023.",
  stated: { kind: "date", value: "2013" },
  data_sources: ["events table", "strength table"],
  primary: {
    definition: "the first event",
    definition_fr: "le premier événement",
    computation: "events table, earliest",
    value: "2013-04-25",
    data_source: "events table",
    source_url: "https://undocs.org/en/S/RES/2100(2013)",
  },
  own_outlet: false,
  verdict: "matches",
  explanation: "Fixture.",
  explanation_fr: "Fixture.",
  alternatives: [],
};

describe("the source a verdict rests on", () => {
  it("names the one table its value was read in, with that row's source, not every table the claim is tested against", () => {
    const text = renderedMarkdown(ledger([fixtureClaim], "en")).textContent!.replace(/\s+/g, " ");
    expect(text).toContain("The verdict rests on: events table, as read in undocs.org.");
    expect(text).not.toMatch(/rests on:[^.]*casualties/);
  });
});
