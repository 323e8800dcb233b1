import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as aq from "arquero";
import { upstreamFolders } from "../../data-loaders/fetch.js";
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../data-loaders/casualties.js";
import { contingentsTable } from "../../data-loaders/contingents.js";
import { parseCuratedTable, type AnyCuratedSchema, type CuratedTableSpec } from "../../data-loaders/curated.js";
import { eventsTable } from "../../data-loaders/events.js";
import { flightsTable } from "../../data-loaders/flights.js";
import { strengthTable } from "../../data-loaders/strength.js";
import { tollStatementsTable } from "../../data-loaders/toll-statements.js";
import { evaluateClaims, statedByClaimant, type LedgerTables } from "../../src/components/claims/catalogue.js";
import { gapFromClaim, judge, verdictFor, type ClaimEntry } from "../../src/components/claims/verdicts.js";
import { describeChange, reviewedFrom, unreviewedChanges, type Ledger } from "../../src/components/render/review.js";
import { readFixture } from "../helpers.js";

const TODAY = "2026-01-01";
const curated = (name: string, spec: CuratedTableSpec<AnyCuratedSchema>) =>
  aq.from(parseCuratedTable(readFixture("claims", `${name}.csv`), spec, `${name}.csv`) as object[]);

function fixtureTables(): LedgerTables {
  return {
    casualties: aq.from(
      parseCasualties(readFixture("claims", "fatalities.csv"), { source: "fixture", file: "fatalities.csv", today: TODAY }).rows,
    ),
    flights: curated("flights", flightsTable(TODAY)),
    strength: curated("strength", strengthTable(TODAY)),
    contingents: curated("contingents", contingentsTable(TODAY)),
    events: curated("events", eventsTable(TODAY)),
    tollStatements: curated("toll_statements", tollStatementsTable(TODAY)),
  };
}

const claims = new Map(evaluateClaims(fixtureTables()).map((claim) => [claim.id, claim]));
const claim = (id: string): ClaimEntry => {
  const found = claims.get(id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};
const alternative = (id: string, definition: string) => claim(id).alternatives.find((a) => a.definition === definition)?.value;

describe("verdictFor", () => {
  it("compares exact, approximate, lower-bound and date claims", () => {
    const number = (value: number, qualifier: "exactly" | "about" | "at least") => ({
      kind: "number" as const,
      value,
      qualifier,
      unit: "people",
    });
    expect(verdictFor(number(187, "exactly"), 187)).toBe("matches");
    expect(verdictFor(number(187, "exactly"), 186)).toBe("differs");
    expect(verdictFor(number(100, "about"), 105)).toBe("matches");
    expect(verdictFor(number(100, "about"), 94)).toBe("differs");
    expect(verdictFor(number(303, "at least"), 303)).toBe("matches");
    expect(verdictFor(number(303, "at least"), 302)).toBe("differs");
    expect(verdictFor({ kind: "date", value: "2022-08" }, "2022-08-15")).toBe("matches");
    expect(verdictFor({ kind: "date", value: "2022-08" }, "2022-09-01")).toBe("differs");
  });

  it("writes a measured value with the qualifier its source gave it, in the verdict and in the closest definition", () => {
    const stated = { kind: "number" as const, value: 12000, qualifier: "about" as const, unit: "people" };
    const floor = {
      definition: "a floor",
      definition_fr: "un minimum",
      computation: "fixture",
      value: 13000,
      qualifier: "more than" as const,
    };
    const { explanation, explanation_fr } = judge(stated, floor, [{ ...floor, difference: 1000, relative: 1000 / 12000 }], () => "");
    expect(explanation).toMatch(/^The tables give more than 13,000, more than 1,000 more than claimed\./);
    // The gap from a floor is a bound too, and says so.
    expect(explanation).toContain("the closest is a floor (more than 13,000, more than 1,000 above)");
    // Below a floor, the gap is an upper bound: "less than 2,000 below", never "more than −2,000".
    expect(gapFromClaim({ kind: "number", value: 15000, qualifier: "about", unit: "people" }, -2000, "more than", "en")).toBe(
      "less than 2,000 below",
    );
    expect(gapFromClaim({ kind: "number", value: 15000, qualifier: "about", unit: "people" }, -2000, "more than", "fr")).toBe(
      "moins de 2\u202f000 en deçà",
    );
    expect(explanation).toContain("The figure is a floor, so the gap is only a bound.");
    expect(explanation_fr).toMatch(/^Les tableaux donnent plus de 13\u202f000/);
    // A floor at the claimed figure does not give it "exactly".
    const atFloor = judge({ ...stated, qualifier: "exactly" }, { ...floor, value: 12000 }, [], () => "");
    expect(atFloor.explanation).not.toContain("exactly");
  });

  it("writes a share from rough sizes and a floor, and its gap, with their words", () => {
    const stated = { kind: "number" as const, value: 17, qualifier: "exactly" as const, unit: "%" };
    const share = {
      definition: "a share",
      definition_fr: "une part",
      computation: "fixture",
      // Unrounded (3,613 of 15,209): the share and its gap are printed to one decimal, as shares are.
      value: (100 * 3613) / 15209,
      qualifier: "about or more" as const,
    };
    const difference = share.value - 17;
    const { explanation, explanation_fr } = judge(stated, null, [{ ...share, difference, relative: difference / 17 }], () => "");
    expect(explanation).toContain("(about 23.8% or more, about 6.8 points or more above)");
    expect(explanation_fr).toContain("environ 23,8\u202f% ou davantage");
  });
});

// Expected values counted by hand from tests/fixtures/claims/ (rows numbered by their id column).
describe("claims on the fixture", () => {
  it("tests the deployed total against the latest total before the withdrawal request", () => {
    expect(claim("deployed-15000").primary?.value).toBe(16000);
    expect(claim("deployed-15000").verdict).toBe("differs");
    expect(alternative("deployed-15000", "uniformed personnel, February 2023")).toBe(15100);
  });

  it("ranks MINUSMA by deaths from malicious acts (7 against UNIFIL's 1)", () => {
    expect(claim("deadliest-mission").primary?.value).toBe(1);
    expect(claim("deadliest-mission").verdict).toBe("matches");
  });

  it("counts soldiers killed in malicious acts up to the request: rows 1, 2, 7, 10", () => {
    expect(claim("soldiers-killed-187").primary?.value).toBe(4);
    expect(alternative("soldiers-killed-187", "all personnel, all causes")).toBe(11);
    expect(alternative("soldiers-killed-187", "all personnel, malicious acts")).toBe(6);
    expect(alternative("soldiers-killed-187", "all personnel, malicious acts or cause still to be determined")).toBe(7);
    expect(alternative("soldiers-killed-187", "military personnel, all causes")).toBe(7);
    expect(alternative("soldiers-killed-187", "uniformed personnel (military and police), all causes")).toBe(9);
    expect(alternative("soldiers-killed-187", "uniformed personnel (military and police), malicious acts")).toBe(5);
  });

  it("sets the statements of the toll from the three months before the article beside the 187, with the file's counts for their days", () => {
    const statements = claim("soldiers-killed-187").alternatives.filter((a) => a.computation.startsWith("toll_statements"));
    expect(statements.map((a) => [a.computation, a.value, a.difference, a.source_url])).toEqual([
      ["toll_statements table, row fix-2023-05-06", 8, 8 - 187, "https://example.org/statement-2023-05-06"],
      ["toll_statements table, row fix-2023-05-29", 9, 9 - 187, "https://example.org/statement-2023-05-29"],
    ]);
    expect(statements[0].definition).toBe(
      "the toll as stated (a fixture agency) on 6 May 2023: members who died in hostile acts since the mission began",
    );
    // The fixture file counts 6 deaths from malicious acts by both days (rows 1, 2, 3, 7, 9 and 10).
    expect(claim("soldiers-killed-187").explanation).toContain(
      "The toll of members killed in hostile acts as stated at the time was: 8 (a fixture agency) on 6 May 2023; 9 (a fixture radio) on 29 May 2023. The UN file as it stands (an April 2025 edition) counts 6 deaths from malicious acts by each of those days (the statements stand +2 and +3 against it)",
    );
    // The fixture's statements (8, 9) are nowhere near 187: the explanation does not say they are.
    expect(claim("soldiers-killed-187").explanation).not.toContain("close to the article's");
    expect(claim("soldiers-killed-187").explanation).not.toContain("sits with the toll");
    // The verdict stays with the primary definition.
    expect(claim("soldiers-killed-187").verdict).toBe("differs");
  });

  it("reads the flights of 1 April–11 May 2023 from the flights table", () => {
    expect(claim("flights-requested-565").primary?.value).toBe(500);
    expect(claim("flights-not-obtained-167").primary?.value).toBe(100);
    expect(claim("flights-not-obtained-167").verdict).toBe("differs");
  });

  it("leaves what the tables cannot measure unchecked, with the nearest definitions where there are any", () => {
    for (const id of ["human-rights-investigations", "workforce-drop-17", "moura-500"]) {
      expect(claim(id).verdict).toBe("not checkable with the data at hand");
      expect(claim(id).primary).toBeNull();
    }
    // 400 departing uniformed personnel of the 16,000 of all kinds in February 2023, and of the 15,209 of the ceilings.
    const [ofTotal, ofCeilings] = claim("workforce-drop-17").alternatives.map((a) => Number(a.value));
    expect(ofTotal).toBeCloseTo((100 * 400) / 16000, 10);
    expect(ofCeilings).toBeCloseTo((100 * 400) / 15209, 10);
    // The gap is taken from the share itself, not from the share rounded for print.
    expect(claim("workforce-drop-17").alternatives[1].difference).toBeCloseTo((100 * 400) / 15209 - 17, 10);
    expect(claim("moura-500").explanation).toContain("(27 March 2022)");
  });

  it("dates Barkhane's exit and the mission's start from the timeline", () => {
    expect(claim("barkhane-left-2022-08").primary?.value).toBe("2022-08-15");
    expect(claim("barkhane-left-2022-08").verdict).toBe("matches");
    expect(claim("deployed-since-2013").primary?.value).toBe("2013-04-25");
    expect(alternative("deployed-since-2013", "date of the mission's first recorded fatality")).toBe("2013-08-22");
  });

  it("finds events by their id, and stops when one is missing rather than leave its claim unchecked", () => {
    const tables = fixtureTables();
    const withoutBarkhane = { ...tables, events: tables.events.filter((d: { id: string }) => d.id !== "barkhane-leaves-mali") };
    expect(() => evaluateClaims(withoutBarkhane)).toThrow('the claims ledger needs the event "barkhane-leaves-mali"');
  });

  it("tests Reuters' toll and strength, never with Reuters' own figure", () => {
    expect(claim("reuters-303-killed").primary?.value).toBe(11);
    expect(claim("reuters-303-killed").verdict).toBe("differs");
    expect(claim("reuters-12000-peacekeepers").primary?.value).toBe(12400);
    expect(claim("reuters-12000-peacekeepers").verdict).toBe("matches");
    expect(claim("reuters-12000-peacekeepers").alternatives.map((a) => a.value)).toEqual([15100, 13000, 12400]);
  });

  it("counts the 2021 toll and the toll to 14 November 2022", () => {
    expect(claim("ap-19-killed-2021").primary?.value).toBe(2);
    expect(alternative("ap-19-killed-2021", "military personnel, malicious acts")).toBe(1);
    expect(claim("military-africa-288").primary?.value).toBe(6);
    expect(alternative("military-africa-288", "all personnel, all causes")).toBe(10);
  });

  it("says how far the closest definition is when none reproduces the claim", () => {
    expect(claim("soldiers-killed-187").explanation).toContain(
      "No definition tried reproduces 187; the closest is all personnel, all causes (11, -176)",
    );
  });
});

describe("the ledger in French", () => {
  const nbsp = "\u00a0";
  const nnbsp = "\u202f";

  it("says how far the closest definition is in French, with French numbers and the definition's French words", () => {
    expect(claim("soldiers-killed-187").explanation_fr).toContain(
      `Aucune des définitions essayées ne reproduit 187${nbsp}; la plus proche \u2013 tout le personnel, toutes causes \u2013 donne 11 (-176)`,
    );
    expect(claim("soldiers-killed-187").explanation_fr).toContain(
      // Each statement with its number, its noun and who made it; the file's count said once where it is the same on every day.
      "8 morts dans des actes hostiles selon une agence de fixture, le 6 mai 2023\u202f; 9 morts dans des actes hostiles selon une radio de fixture, le 29 mai 2023. Le fichier de l'ONU dans son état actuel (une édition d'avril 2025) compte 6 morts par actes malveillants à chacune de ces dates",
    );
  });

  it("writes the gap of a differing claim with a French share, and a lower bound with its French qualifier", () => {
    // 16,000 against about 15,000: 1,000 more, 6.7%.
    expect(claim("deployed-15000").explanation_fr).toContain(
      `Les tableaux donnent 16${nnbsp}000, soit 1${nnbsp}000 au-dessus du chiffre affirmé (+1${nnbsp}000, 6,7${nnbsp}%).`,
    );
    // More than 12,400 against about 12,000 fits, the floor compared as its stated value and printed with its qualifier.
    expect(claim("reuters-12000-peacekeepers").explanation_fr).toContain(
      `Les tableaux donnent plus de 12${nnbsp}400, ce qui s’accorde avec «${nbsp}environ 12${nnbsp}000${nbsp}»`,
    );
  });

  it("keeps each definition's French beside its English, and the Reuters claims in the dispatch's own French", () => {
    const all = [...claims.values()].flatMap((c) => [...(c.primary ? [c.primary] : []), ...c.alternatives]);
    for (const measure of all) expect(measure.definition_fr, measure.definition).not.toBe("");
    expect(claim("reuters-303-killed").wording_fr).toBe("quoted");
    expect(claim("soldiers-killed-187").wording_fr).toBe("translated");
  });
});

describe("[attribution] a verdict rests on a source independent of the claim", () => {
  it("leaves a claim unchecked when the only figure the tables hold was stated by the claim's own outlet", () => {
    const tables = fixtureTables();
    // The fixture's April–May 2023 row as the real table holds it: the figure read in the article itself.
    const fromTheArticle = tables.flights.derive({ stated_by: () => "Le Monde, citing a fixture report" });
    const judged = new Map(evaluateClaims({ ...tables, flights: fromTheArticle }).map((c) => [c.id, c]));
    for (const id of ["flights-requested-565", "flights-not-obtained-167"]) {
      expect(judged.get(id)!.verdict, id).toBe("not checkable with the data at hand");
      expect(judged.get(id)!.primary, id).toBeNull();
      expect(judged.get(id)!.own_outlet, id).toBe(true);
    }
    // A claim the tables cannot measure at all is not said to rest on its own outlet.
    expect(claim("human-rights-investigations").own_outlet).toBe(false);
    // Stated by anyone else, the same row checks the claim.
    expect(claim("flights-requested-565").verdict).toBe("differs");
    expect(claim("flights-requested-565").primary?.stated_by).toBe("a fixture source");
  });

  it("never calls a measure independent when its stated_by names the claimant", () => {
    const measure = { definition: "", definition_fr: "", computation: "", value: 1 };
    expect(statedByClaimant({ ...measure, stated_by: "Le Monde, citing S/2023/402" }, "Le Monde")).toBe(true);
    expect(statedByClaimant({ ...measure, stated_by: "AFP, carried by LaPresse" }, "Le Monde")).toBe(false);
    expect(statedByClaimant(measure, "Le Monde")).toBe(false);
    expect(statedByClaimant(null, "Le Monde")).toBe(false);
  });
});

describe("[attribution] the article is quoted, word for word, and cited as a newspaper", () => {
  // The article's English text lies beside the upstream data (../shared/data/article/); the
  // report quotes from it and never republishes it, so it is read here and not copied.
  const articleFile = resolve(upstreamFolders()[0].dir, "../article/le-monde-english-2023-06.txt");

  it("finds every quoted Le Monde claim in the article's text", () => {
    if (!existsSync(articleFile)) throw new Error(`the article's text is missing: ${articleFile} (set UPSTREAM_DIR beside it)`);
    const article = readFileSync(articleFile, "utf-8");
    const quoted = [...claims.values()].filter((c) => c.claimant === "Le Monde");
    expect(quoted.length).toBeGreaterThan(5);
    for (const c of quoted) {
      expect(c.wording, c.id).toBe("quoted");
      expect(article, c.id).toContain(c.claim);
      expect(c.source_note, c.id).toMatch(/^Le Monde, English edition, June 2023\./);
    }
  });

  it("says nothing of how the report was made in any note a reader sees", () => {
    for (const c of claims.values())
      for (const text of [c.source_note, c.source_note_fr, c.explanation, c.explanation_fr])
        expect(text, c.id).not.toMatch(/\bbrief\b|offline|could not be read here|commande du projet|consulté pour ce rapport/i);
  });
});

describe("the review guard", () => {
  it("reports nothing when the values are as reviewed, and names each moved value otherwise", () => {
    // The story figures are the pages' (tested with the pages); here, two stand for them.
    const ledger: Ledger = {
      claims: evaluateClaims(fixtureTables()),
      figures: { "toll.all": 12, "toll.lastDate": "2023-06-30", "toll.maliciousShare": 0.5, "flights.latest.share": 0.25 },
    };
    const reviewed = reviewedFrom(ledger);
    expect(unreviewedChanges(ledger, reviewed)).toEqual([]);

    const moved = structuredClone(reviewed);
    moved.claims["soldiers-killed-187"] = { value: 5, verdict: "differs" };
    moved.figures["toll.all"] = 13;
    moved.figures["toll.lastDate"] = "2023-06-29";
    moved.figures["toll.maliciousShare"] = 0.55;
    delete moved.figures["flights.latest.share"];
    expect(unreviewedChanges(ledger, moved)).toEqual([
      {
        figure: "soldiers-killed-187",
        page: "claims",
        what: 'claim "soldiers-killed-187" (with 187 soldiers killed in ten years)',
        old: "5, differs",
        new: "4, differs",
        difference: "−1",
      },
      { figure: "toll.all", page: "index", what: 'story figure "toll.all"', old: "13", new: "12", difference: "−1" },
      // A date moves without a difference; a share reads as a percentage and moves in points.
      { figure: "toll.lastDate", page: "index", what: 'story figure "toll.lastDate"', old: '"2023-06-29"', new: '"2023-06-30"' },
      {
        figure: "toll.maliciousShare",
        page: "index",
        what: 'story figure "toll.maliciousShare"',
        old: "55.0%",
        new: "50.0%",
        difference: "−5.0 points",
      },
      // New to the ledger: not a correction of anything published.
      {
        figure: "flights.latest.share",
        page: "flights",
        what: 'story figure "flights.latest.share"',
        old: "(not in the ledger)",
        new: "25.0%",
      },
    ]);
    expect(describeChange(unreviewedChanges(ledger, moved)[1])).toBe('story figure "toll.all": 13 → 12 (−1)');
  });
});
