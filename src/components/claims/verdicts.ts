/*
 * The verdict engine of the claims ledger: how a stated figure compares with a computed one
 * ("about" within 5%, "at least", exact, or a date prefix), how far each other definition lands,
 * and the sentence that says so. It knows nothing of the claims themselves (catalogue.ts).
 */
import { message } from "../i18n/messages.js";
import { byEdition } from "../i18n/editions.js";
import { columnsIn, textIn, type ColumnsIn } from "../i18n/curated-text.js";
import { capitalize, formatter, type Locale } from "../i18n/format.js";
import { ABOUT_TOLERANCE, type SumQualifier } from "../../../data-loaders/figure-fields.js";
import { statedNumber, statedPercent } from "../i18n/figure-words.js";

export type Verdict = "matches" | "differs" | "not checkable with the data at hand";

/** What the claim said, as a number (with how loosely) or as a date (YYYY or YYYY-MM). */
export type Stated =
  { kind: "number"; value: number; qualifier: "exactly" | "about" | "at least"; unit: string } | { kind: "date"; value: string };

/** A measure: what it counts in plain words, in every edition (`definition`, `definition_fr`), and how it is computed. */
export type Measure = ColumnsIn<"definition"> &
  Partial<ColumnsIn<"stated_by">> & {
    /** The key of its definition in the catalogues (claims.definition.*), for a page that names one measure. */
    definition_key?: string;
    /** Which table, filter and dates. */
    computation: string;
    value: number | string;
    /** The one table the value was read in, where the claim is tested against several: the verdict rests on it alone. */
    data_source?: string;
    /** Where the value's figures come from, when a curated row carries them (empty for an article cited by its title). */
    source_url?: string;
    source_title?: string;
    /** How the source qualified the value, when a curated row gives it ("more than 13,000"). */
    qualifier?: SumQualifier;
  };
// stated_by: who stated the figures, when a curated row says; a verdict rests on it.

export type Alternative = Measure & {
  /** value − stated, and the same relative to the stated value; null for dates. */
  difference: number | null;
  relative: number | null;
};

/** How a claim's words in an edition relate to its source's: its own words, a translation of them, or the ledger's summary. */
export type Wording = "quoted" | "translated" | "paraphrased";

/**
 * Who said what, when, and where it was read. The claim and the note on its source are curated
 * text, written for every edition in the row (`claim`, `claim_fr`), each with its `wording`.
 */
export type ClaimMeta = ColumnsIn<"claim"> &
  ColumnsIn<"wording", Wording> &
  ColumnsIn<"source_note"> & {
    id: string;
    claimant: string;
    date: string;
    source_url: string | null;
    stated: Stated;
    /** The report's tables the claim is tested against. */
    data_sources: string[];
  };

/** The verdict's explanation in every edition, in the curated columns' names: `explanation`, `explanation_fr`. */
export type Explanations = ColumnsIn<"explanation">;

export type ClaimEntry = ClaimMeta &
  Explanations & {
    primary: Measure | null;
    /** The tables hold the claim's figure only as the claim's own outlet stated it: it cannot check the claim. */
    own_outlet: boolean;
    verdict: Verdict;
    alternatives: Alternative[];
  };

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

/** The words of the verdicts' sentences in each edition, from its catalogue (claims.verdict.*). */
const verdictWords = byEdition((locale) => ({
  qualifiers: {
    about: message(locale, "claims.verdict.about"),
    "at least": message(locale, "claims.verdict.atLeast"),
  } satisfies Record<"about" | "at least", string>,
  inPercent: (n: string) => message(locale, "claims.verdict.inPercent", { n }),
  points: message(locale, "claims.verdict.points"),
  dated: (value: string, stated: string, matches: boolean) =>
    message(locale, "claims.verdict.dated", { value, stated, matches: matches ? "yes" : "no" }),
  exactly: (value: string) => message(locale, "claims.verdict.exactly", { value }),
  exactlyRanked: (ordinal: string) => message(locale, "claims.verdict.exactlyRanked", { ordinal }),
  fits: (value: string, stated: string, gap: string) => message(locale, "claims.verdict.fits", { value, stated, gap }),
  off: (value: string, gap: string, more: boolean, detail: string) =>
    message(locale, "claims.verdict.off", { value, gap, more: more ? "yes" : "no", detail }),
  exact: (definitions: string[]) =>
    ` ${message(locale, "claims.exactDefinitions", {
      count: definitions.length,
      countWords: capitalize(formatter(locale).cardinal(definitions.length, { of: "definition" })),
      definitions: definitions.join(formatter(locale).semicolon),
    })}`,
  closest: (stated: string, definition: string, value: string, gap: string) =>
    message(locale, "claims.verdict.closest", { stated, definition, value, gap }),
  /** Said after the gap when the measure is not exact. */
  caveat: {
    floor: message(locale, "claims.verdict.caveat.floor"),
    rough: message(locale, "claims.verdict.caveat.rough"),
  },
}));

/** A verdict as each edition names it. */
export const verdictText: Record<Locale, Record<Verdict, string>> = byEdition((locale) => ({
  matches: message(locale, "claims.verdict.matches"),
  differs: message(locale, "claims.verdict.differs"),
  "not checkable with the data at hand": message(locale, "claims.verdict.notCheckable"),
}));

/**
 * How far a measure lands from the claim, in words, when the measure is itself a bound or a round
 * figure: 2,000 below a floor of 13,000 is "less than 2,000" below, never "more than −2,000".
 * `magnitude` is the gap without its sign, as written.
 */
export function boundedGap(magnitude: string, above: boolean, qualifier: SumQualifier, locale: Locale): string {
  const bounds: Record<SumQualifier, [above: string, below: string]> = {
    exact: ["exact", "exact"],
    about: ["about", "about"],
    almost: ["about", "about"],
    "more than": ["moreThan", "lessThan"],
    "at least": ["atLeast", "atMost"],
    // A rough floor: the gap above is rough and open upwards; below, rough and open towards the claim.
    "about or more": ["aboutOrMore", "aboutOrLess"],
  };
  const bound = bounds[qualifier][above ? 0 : 1];
  return message(locale, "claims.bound", { bound, n: magnitude });
}

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
    inUnit: (n: number) => (isPercent(stated) ? words.inPercent(format.number(n)) : format.number(n)),
    /** A measured value with the qualifier its source gave it: "more than 13,000", "plus de 13 000". */
    measured: (n: number, qualifier: SumQualifier = "exact") =>
      isPercent(stated) ? statedPercent(n, qualifier, locale) : statedNumber(n, qualifier, locale),
  };
}

/**
 * A gap from the claim as the ledger prints it: signed where the measure is exact ("+1,000 (8.3%)",
 * "+3.7 points (21.9%)"), in words where the measure is a bound or a round figure ("less than 2,000
 * below"), whose sign and share would claim more than the figure holds.
 */
export function gapFromClaim(stated: Stated, difference: number, qualifier: SumQualifier, locale: Locale, share?: number): string {
  const { format, words, signed } = writer(stated, locale);
  const percent = isPercent(stated);
  // Percentage points to one decimal, as the shares they separate are printed.
  const rounded = (n: number) => (percent ? Math.round(n * 10) / 10 : n);
  const inUnit = (written: string) => (percent ? `${written} ${words.points}` : written);
  if (qualifier === "exact")
    return `${inUnit(signed(rounded(difference)))}${share === undefined ? "" : ` (${format.share(share, { digits: 1 })})`}`;
  const magnitude = inUnit(format.number(rounded(Math.abs(difference))));
  return message(locale, "claims.gapAgainst", {
    gap: boundedGap(magnitude, difference > 0, qualifier, locale),
    above: difference > 0 ? "yes" : "no",
  });
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
      ? stated.unit === "rank"
        ? words.exactlyRanked(format.rank(value))
        : words.exactly(written)
      : words.fits(written, statedText(stated, locale), signed(gap));
  }
  const qualifier = primary.qualifier ?? "exact";
  // A bound's gap is a bound too: its sign and share would state more than the figure holds.
  const detail = qualifier === "exact" ? ` (${signed(gap)}, ${format.share(gap / stated.value, { digits: 1 })})` : "";
  return words.off(written, boundedGap(format.number(Math.abs(gap)), gap > 0, qualifier, locale), gap > 0, detail);
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
  const { words, inUnit, measured } = writer(stated, locale);
  const definitionOf = (alt: Alternative) => textIn(alt, "definition", locale);
  const ranked = [...alternatives].sort((a, b) => Math.abs(a.difference!) - Math.abs(b.difference!));
  const best = ranked[0];
  const exact = ranked.filter((alt) => alt.difference === 0 && (alt.qualifier ?? "exact") === "exact");
  if (exact.length) return words.exact(exact.map(definitionOf));
  return words.closest(
    inUnit(stated.value),
    definitionOf(best),
    measured(Number(best.value), best.qualifier),
    gapFromClaim(stated, best.difference!, best.qualifier ?? "exact", locale),
  );
}

/** The verdict on a claim and the sentence that explains it in each edition, from its primary measure and the others. */
export function judge(
  stated: Stated,
  primary: Measure | null,
  alternatives: Alternative[],
  context: (locale: Locale) => string,
): { verdict: Verdict } & Explanations {
  const verdict: Verdict = primary ? verdictFor(stated, primary.value) : "not checkable with the data at hand";
  const explain = (locale: Locale) => {
    const said = context(locale);
    return primary
      ? `${comparison(stated, primary, verdict, locale)}${gapCaveat(primary, locale)}${verdict === "differs" ? closest(stated, alternatives, locale) : ""}${
          said ? " " + said : ""
        }`
      : `${said}${alternatives.length ? closest(stated, alternatives, locale) : ""}`;
  };
  return { verdict, ...columnsIn("explanation", explain) };
}
