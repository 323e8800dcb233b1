/*
 * The verdict engine of the claims ledger: how a stated figure compares with a computed one
 * ("about" within 5%, "at least", exact, or a date prefix), how far each other definition lands,
 * and the sentence that says so. It knows nothing of the claims themselves (catalogue.ts).
 */
import { message } from "../i18n/messages.js";
import { textIn } from "../i18n/curated-text.js";
import { formatter, type Locale } from "../format.js";
import { ABOUT_TOLERANCE, type SumQualifier } from "../../../data-loaders/figure-fields.js";
import { qualified, statedNumber, statedPercent } from "../i18n/figure-words.js";

export type Verdict = "matches" | "differs" | "not checkable with the data at hand";

/** What the claim said, as a number (with how loosely) or as a date (YYYY or YYYY-MM). */
export type Stated =
  { kind: "number"; value: number; qualifier: "exactly" | "about" | "at least"; unit: string } | { kind: "date"; value: string };

export interface Measure {
  /** The definition in plain words. */
  definition: string;
  /** The same definition in the French edition's words. */
  definition_fr: string;
  /** Which table, filter and dates. */
  computation: string;
  value: number | string;
  /** The one table the value was read in, where the claim is tested against several: the verdict rests on it alone. */
  data_source?: string;
  /** Where the value's figures come from, when a curated row carries them (empty for an article cited by its title). */
  source_url?: string;
  source_title?: string;
  /** Who stated those figures, when a curated row says (its stated_by): a verdict rests on it. */
  stated_by?: string;
  /** The same, in the French edition's words, where the row gives them. */
  stated_by_fr?: string;
  /** How the source qualified the value, when a curated row gives it ("more than 13,000"). */
  qualifier?: SumQualifier;
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
  /** The claim: the source's own words (`wording` "quoted"), or the ledger's summary of them ("paraphrased"). */
  claim: string;
  wording: "quoted" | "paraphrased";
  /**
   * The claim in French: the source's own words where it wrote in French (`wording_fr` "quoted"),
   * a translation of its English words ("translated"), or the ledger's summary ("paraphrased").
   */
  claim_fr: string;
  wording_fr: "quoted" | "translated" | "paraphrased";
  source_url: string | null;
  source_note: string;
  source_note_fr: string;
  stated: Stated;
  /** The report's tables the claim is tested against. */
  data_sources: string[];
}

export interface ClaimEntry extends ClaimMeta {
  primary: Measure | null;
  /** The tables hold the claim's figure only as the claim's own outlet stated it: it cannot check the claim. */
  own_outlet: boolean;
  verdict: Verdict;
  explanation: string;
  explanation_fr: string;
  alternatives: Alternative[];
}

/** A figure "about" a value matches within this relative distance (defined with the qualifiers). */
export { ABOUT_TOLERANCE };

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

/** The words of the verdicts' sentences in each edition. */
const verdictWords: Record<
  Locale,
  {
    qualifiers: Record<"about" | "at least", string>;
    percent: string;
    points: string;
    dated(value: string, stated: string, matches: boolean): string;
    exactly(value: string): string;
    fits(value: string, stated: string, gap: string): string;
    off(value: string, gap: string, more: boolean, signed: string, share: string): string;
    exact(definitions: string[]): string;
    closest(stated: string, definition: string, value: string, gap: string): string;
    /** Said after the gap when the measure is not exact. */
    caveat: Record<"floor" | "rough", string>;
  }
> = {
  en: {
    qualifiers: { about: "about", "at least": "at least" },
    percent: "%",
    points: "points",
    dated: (value, stated, matches) =>
      `The tables date it ${value}; the claim says ${stated}, so it ${matches ? "matches" : "does not match"}.`,
    exactly: (value) => `The tables give exactly ${value}.`,
    fits: (value, stated, gap) => `The tables give ${value}, which fits "${stated}" (${gap}).`,
    off: (value, gap, more, signed, share) =>
      `The tables give ${value}, ${gap} ${more ? "more" : "fewer"} than claimed (${signed}, ${share}).`,
    exact: (definitions) =>
      ` ${message("en", "claims.exactDefinitions", { count: definitions.length, definitions: definitions.join("; ") })}`,
    closest: (stated, definition, value, gap) =>
      ` No definition tried reproduces ${stated}; the closest is ${definition} (${value}, ${gap}).`,
    caveat: { floor: " The figure is a floor, so the gap is only a bound.", rough: " The figure is approximate, and so is the gap." },
  },
  fr: {
    qualifiers: { about: "environ", "at least": "au moins" },
    // French sets "%" off with a narrow no-break space, as the formatter does.
    percent: "\u202f%",
    points: "points",
    dated: (value, stated, matches) =>
      `Les tableaux datent ce fait ${value}\u00a0; l'affirmation dit ${stated}, ce qui ${matches ? "concorde" : "ne concorde pas"}.`,
    exactly: (value) => `Les tableaux donnent exactement ${value}.`,
    fits: (value, stated, gap) => `Les tableaux donnent ${value}, ce qui s'accorde avec «\u00a0${stated}\u00a0» (${gap}).`,
    off: (value, gap, more, signed, share) =>
      `Les tableaux donnent ${value}, soit ${gap} de ${more ? "plus" : "moins"} que le chiffre affirmé (${signed}, ${share}).`,
    exact: (definitions) =>
      ` ${message("fr", "claims.exactDefinitions", { count: definitions.length, definitions: definitions.join("\u202f; ") })}`,
    closest: (stated, definition, value, gap) =>
      ` Aucune des définitions essayées ne reproduit ${stated}\u00a0; la plus proche \u2013 ${definition} \u2013 donne ${value} (${gap}).`,
    caveat: {
      floor: " Le chiffre est un minimum\u00a0: l'écart n'est qu'une borne.",
      rough: " Le chiffre est approximatif, l'écart aussi.",
    },
  },
};

/** A verdict as each edition names it. */
export const verdictText: Record<Locale, Record<Verdict, string>> = {
  en: { matches: "matches", differs: "differs", "not checkable with the data at hand": "not checkable with the data at hand" },
  fr: { matches: "concorde", differs: "diffère", "not checkable with the data at hand": "invérifiable avec ces données" },
};

const isPercent = (stated: Stated) => stated.kind === "number" && stated.unit === "%";

/** The numbers of a verdict's sentences as `locale` writes them. */
function writer(stated: Stated, locale: Locale) {
  const format = formatter(locale);
  const words = verdictWords[locale];
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : format.number(n));
  return {
    format,
    words,
    signed,
    /** A value in the claim's unit: "25.2%", "25,2 %" for percentages, "1,234", "1 234" otherwise. */
    inUnit: (n: number) => (isPercent(stated) ? `${format.number(n)}${words.percent}` : format.number(n)),
    /** A measured value with the qualifier its source gave it: "more than 13,000", "plus de 13 000". */
    measured: (n: number, qualifier: SumQualifier = "exact") =>
      isPercent(stated) ? statedPercent(n, qualifier, locale) : statedNumber(n, qualifier, locale),
    // Percentage points to one decimal, as the shares they separate are printed.
    gapInUnit: (n: number) => (isPercent(stated) ? `${signed(Math.round(n * 10) / 10)} ${words.points}` : signed(n)),
  };
}

/** The stated figure as the claim gives it: "about 15,000", "at least 303", "17%"; "environ 15 000". */
export function statedText(stated: Stated, locale: Locale): string {
  if (stated.kind === "date") return formatter(locale).date(stated.value);
  const { words, inUnit } = writer(stated, locale);
  const qualifier = stated.qualifier === "exactly" ? "" : `${words.qualifiers[stated.qualifier]} `;
  return `${qualifier}${inUnit(stated.value)}`;
}

/** One sentence on how the primary value compares with the claim. */
function comparison(stated: Stated, primary: Measure, verdict: Verdict, locale: Locale): string {
  const { format, words, signed, measured } = writer(stated, locale);
  if (stated.kind === "date") return words.dated(format.datedTo(String(primary.value)), format.date(stated.value), verdict === "matches");
  const value = Number(primary.value);
  const gap = value - stated.value;
  const written = measured(value, primary.qualifier);
  if (verdict === "matches") {
    return gap === 0 && (primary.qualifier ?? "exact") === "exact"
      ? words.exactly(written)
      : words.fits(written, statedText(stated, locale), signed(gap));
  }
  return words.off(written, format.number(Math.abs(gap)), gap > 0, signed(gap), format.share(gap / stated.value, { digits: 1 }));
}

/** What a measure's qualifier makes of the gap: a floor's gap is only a bound, an approximate figure's gap approximate. */
function gapCaveat(primary: Measure, locale: Locale): string {
  const qualifier = primary.qualifier ?? "exact";
  if (qualifier === "exact") return "";
  return verdictWords[locale].caveat[qualifier === "more than" || qualifier === "at least" ? "floor" : "rough"];
}

/** The closest alternative definitions, as a sentence. */
function closest(stated: Stated, alternatives: Alternative[], locale: Locale): string {
  if (stated.kind === "date" || alternatives.length === 0) return "";
  const { words, inUnit, gapInUnit, measured } = writer(stated, locale);
  const definitionOf = (alt: Alternative) => textIn(alt, "definition", locale);
  const ranked = [...alternatives].sort((a, b) => Math.abs(a.difference!) - Math.abs(b.difference!));
  const best = ranked[0];
  const exact = ranked.filter((alt) => alt.difference === 0 && (alt.qualifier ?? "exact") === "exact");
  if (exact.length) return words.exact(exact.map(definitionOf));
  return words.closest(
    inUnit(stated.value),
    definitionOf(best),
    measured(Number(best.value), best.qualifier),
    qualified(gapInUnit(best.difference!), best.qualifier ?? "exact", locale),
  );
}

/** The verdict on a claim and the sentence that explains it in each edition, from its primary measure and the others. */
export function judge(
  stated: Stated,
  primary: Measure | null,
  alternatives: Alternative[],
  context: Record<Locale, string>,
): { verdict: Verdict; explanation: string; explanation_fr: string } {
  const verdict: Verdict = primary ? verdictFor(stated, primary.value) : "not checkable with the data at hand";
  const explain = (locale: Locale) =>
    primary
      ? `${comparison(stated, primary, verdict, locale)}${gapCaveat(primary, locale)}${verdict === "differs" ? closest(stated, alternatives, locale) : ""}${
          context[locale] ? " " + context[locale] : ""
        }`
      : `${context[locale]}${alternatives.length ? closest(stated, alternatives, locale) : ""}`;
  return { verdict, explanation: explain("en"), explanation_fr: explain("fr") };
}
