import { z } from "zod";
import { maxLength, requiredText } from "./fields.js";
import { translatedFields } from "./edition-columns.js";

/*
 * The words a curated figure carries from its source: how the source qualified it, how closely it
 * dated it, and who stated it. Every table that holds a published number has these columns, and
 * every sentence, label and table cell prints them through one function (src/components/i18n/
 * figure-words.ts), so that a figure never gains or loses its "about" on its way to the reader.
 * No cell is left empty to mean "exact" or "day": an empty cell would read the same as a cell
 * someone forgot.
 */

/**
 * How the source qualified a figure: "exact" where it gave the number as a count; "almost" where
 * the true figure is just under the one given ("almost 6,000"), which "about" would misstate.
 */
export const figureQualifiers = ["exact", "about", "almost", "more than", "at least"] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

/**
 * How far either way an "about" figure may stand from the true one: the claims ledger matches an
 * "about" claim within it, and a count given "about" shows it was under a ceiling only by more.
 */
export const ABOUT_TOLERANCE = 0.05;

export const figureQualifier = z.enum(
  figureQualifiers,
  `qualifier must be one of ${figureQualifiers.map((q) => `"${q}"`).join(", ")}: the word the source put before the number ("exact" where it put none)`,
);

/**
 * How closely the source dated the figure: "day" as given, "about" for a day the sources give
 * roughly (or disagree on), "month" where only the month is given (the date is then YYYY-MM),
 * "inferred" for a day the table reads from the source's context rather than from a stated date.
 */
export const datePrecisions = ["day", "about", "month", "inferred"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** A day the reader must be told is not a date the source stated exactly: "about" it, or inferred. */
export const isRoughDay = (precision: DatePrecision | ""): precision is "about" | "inferred" =>
  precision === "about" || precision === "inferred";

export const datePrecision = z.enum(datePrecisions, `date_precision must be one of ${datePrecisions.map((p) => `"${p}"`).join(", ")}`);

/** Who stated the figure (a person, an office, an outlet), which need not be where it was read. */
export const statedBy = requiredText(
  "stated_by: who stated the figure (the mission, a minister, an agency), which the source address does not say",
  maxLength.name,
);
/** The same, in each other edition's words: pages never put the English attribution inside a French sentence. */
export const statedByTranslations = translatedFields("stated_by", (name, language) =>
  requiredText(`${name}: who stated the figure, in the ${language} edition's words`, maxLength.name),
);

export const figureColumns = ["qualifier", "date_precision", "stated_by"] as const;

/**
 * The rule between a date and its precision: a month alone is "month", a day is never "month".
 * An empty date (a figure the source does not date) must have an empty precision, and only then.
 */
export function checkDatePrecision(date: string | null, precision: DatePrecision | "", ctx: z.RefinementCtx, dateColumn: string): void {
  const path = ["date_precision"];
  if (date === null) {
    if (precision !== "") ctx.addIssue({ code: "custom", path, message: `a precision for a ${dateColumn} that is not given` });
    return;
  }
  if (precision === "")
    ctx.addIssue({ code: "custom", path, message: `the precision of the ${dateColumn} is missing (day, about, month or inferred)` });
  else if (date.length === 7 && precision !== "month")
    ctx.addIssue({ code: "custom", path, message: `"${precision}" for a ${dateColumn} given as a month (${date}): write "month"` });
  else if (date.length === 10 && precision === "month")
    ctx.addIssue({ code: "custom", path, message: `"month" for a ${dateColumn} given as a day (${date}): write the month alone, YYYY-MM` });
}

/** A precision that may be empty, for tables whose date may be missing; checkDatePrecision then holds them together. */
export const optionalDatePrecision = z.enum(
  ["", ...datePrecisions],
  `date_precision must be empty (no date) or one of ${datePrecisions.map((p) => `"${p}"`).join(", ")}`,
);

/**
 * How a sum of qualified figures reads: one of the qualifiers, or "about or more" where rough parts
 * ("about", "almost") meet a floor ("more than 600"): the sum is then near its figure on one side
 * and unbounded on the other, which no single qualifier says.
 */
export const sumQualifiers = [...figureQualifiers, "about or more"] as const;
export type SumQualifier = (typeof sumQualifiers)[number];

/**
 * The qualifier of a sum of qualified figures: "about or more" if rough parts and floors meet;
 * "about" if any part is about; "almost" if the only loose parts are just under; else a floor if
 * any part is a floor ("more than" over "at least": one strict part makes the sum strictly
 * above); else exact.
 */
/**
 * How a share reads from the qualifiers of its part and its whole: the part's over an exact
 * whole; "about" where a rough or exact part meets a rough whole. A floor over a rough whole, or
 * anything over a floor, has no words (the share could be anywhere below a bound): refused.
 */
export function shareQualifier(part: SumQualifier, whole: SumQualifier): SumQualifier {
  if (whole === "exact") return part;
  const rough = (q: SumQualifier) => q === "exact" || q === "about" || q === "almost";
  if ((whole === "about" || whole === "almost") && rough(part)) return "about";
  throw new Error(`a share of a figure given as "${part}" in a whole given as "${whole}" cannot be put in words`);
}

export function sumQualifier(qualifiers: readonly SumQualifier[]): SumQualifier {
  const floor = qualifiers.includes("more than") || qualifiers.includes("at least");
  const rough = qualifiers.includes("about") || qualifiers.includes("almost");
  if (qualifiers.includes("about or more") || (rough && floor)) return "about or more";
  if (qualifiers.includes("about")) return "about";
  if (qualifiers.includes("almost")) return "almost";
  if (qualifiers.includes("more than")) return "more than";
  if (qualifiers.includes("at least")) return "at least";
  return "exact";
}
