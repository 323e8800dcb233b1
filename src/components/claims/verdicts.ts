/*
 * The verdict engine of the claims ledger: how a stated figure compares with a computed one
 * ("about" within 5%, "at least", exact, or a date prefix), how far each other definition lands,
 * and the sentence that says so. It knows nothing of the claims themselves (catalogue.ts).
 */
import { formatNumber, formatShare } from "../format.js";

export type Verdict = "matches" | "differs" | "not checkable with the data at hand";

/** What the claim said, as a number (with how loosely) or as a date (YYYY or YYYY-MM). */
export type Stated =
  { kind: "number"; value: number; qualifier: "exactly" | "about" | "at least"; unit: string } | { kind: "date"; value: string };

export interface Measure {
  /** The definition in plain words. */
  definition: string;
  /** Which table, filter and dates. */
  computation: string;
  value: number | string;
  /** Where the value's figures come from, when a curated row carries them. */
  source_url?: string;
}

export interface Alternative extends Measure {
  /** value − stated, and the same relative to the stated value; null for dates. */
  difference: number | null;
  relative: number | null;
}

/** Who said what, when, and where it was read. */
export interface ClaimMeta {
  id: string;
  claimant: string;
  date: string;
  /** The claim paraphrased. */
  claim: string;
  source_url: string | null;
  source_note: string;
  stated: Stated;
  /** The report's tables the claim is tested against. */
  data_sources: string[];
}

export interface ClaimEntry extends ClaimMeta {
  primary: Measure | null;
  verdict: Verdict;
  explanation: string;
  alternatives: Alternative[];
}

/** A figure "about" a value matches within this relative distance. */
export const ABOUT_TOLERANCE = 0.05;

export function verdictFor(stated: Stated, value: number | string): Verdict {
  if (stated.kind === "date") return String(value).startsWith(stated.value) ? "matches" : "differs";
  const computed = Number(value);
  switch (stated.qualifier) {
    case "exactly":
      return computed === stated.value ? "matches" : "differs";
    case "about":
      return Math.abs(computed - stated.value) / stated.value <= ABOUT_TOLERANCE ? "matches" : "differs";
    case "at least":
      return computed >= stated.value ? "matches" : "differs";
  }
}

export function distance(stated: Stated, measure: Measure): Alternative {
  if (stated.kind === "date") return { ...measure, difference: null, relative: null };
  const difference = Number(measure.value) - stated.value;
  return { ...measure, difference, relative: difference / stated.value };
}

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));
/** A value in the claim's unit: "25.2%" for percentages, "1,234" otherwise. */
const inUnit = (stated: Stated, n: number) => (stated.kind === "number" && stated.unit === "%" ? `${formatNumber(n)}%` : formatNumber(n));
const gapInUnit = (stated: Stated, n: number) => (stated.kind === "number" && stated.unit === "%" ? `${signed(n)} points` : signed(n));

function statedText(stated: Stated): string {
  if (stated.kind === "date") return stated.value;
  const qualifier = stated.qualifier === "exactly" ? "" : `${stated.qualifier} `;
  return `${qualifier}${formatNumber(stated.value)}${stated.unit === "%" ? "%" : ""}`;
}

/** One sentence on how the primary value compares with the claim. */
function comparison(stated: Stated, primary: Measure, verdict: Verdict): string {
  if (stated.kind === "date") {
    return `The tables date it ${primary.value}; the claim says ${stated.value}, so it ${verdict === "matches" ? "matches" : "does not match"}.`;
  }
  const value = Number(primary.value);
  const gap = value - stated.value;
  if (verdict === "matches") {
    return gap === 0
      ? `The tables give exactly ${formatNumber(value)}.`
      : `The tables give ${formatNumber(value)}, which fits "${statedText(stated)}" (${signed(gap)}).`;
  }
  return `The tables give ${formatNumber(value)}, ${formatNumber(Math.abs(gap))} ${gap > 0 ? "more" : "fewer"} than claimed (${signed(gap)}, ${formatShare(gap / stated.value, { digits: 1 })}).`;
}

/** The closest alternative definitions, as a sentence. */
function closest(stated: Stated, alternatives: Alternative[]): string {
  if (stated.kind === "date" || alternatives.length === 0) return "";
  const ranked = [...alternatives].sort((a, b) => Math.abs(a.difference!) - Math.abs(b.difference!));
  const best = ranked[0];
  const exact = ranked.filter((alt) => alt.difference === 0);
  if (exact.length) {
    return ` Another definition gives exactly the claimed figure: ${exact.map((alt) => alt.definition).join("; ")}.`;
  }
  return ` No definition tried reproduces ${inUnit(stated, stated.value)}; the closest is ${best.definition} (${inUnit(stated, Number(best.value))}, ${gapInUnit(stated, best.difference!)}).`;
}

/** The verdict on a claim and the sentence that explains it, from its primary measure and the others. */
export function judge(
  stated: Stated,
  primary: Measure | null,
  alternatives: Alternative[],
  context: string,
): { verdict: Verdict; explanation: string } {
  const verdict: Verdict = primary ? verdictFor(stated, primary.value) : "not checkable with the data at hand";
  const explanation = primary
    ? `${comparison(stated, primary, verdict)}${verdict === "differs" ? closest(stated, alternatives) : ""}${context ? " " + context : ""}`
    : `${context}${alternatives.length ? closest(stated, alternatives) : ""}`;
  return { verdict, explanation };
}
