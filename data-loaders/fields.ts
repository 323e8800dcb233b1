import { z } from "zod";

/*
 * Field rules shared by the curated tables. Each takes the raw CSV string and either returns the
 * typed value or an issue whose message ends up, with line and column, in the build error.
 */

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** A calendar day, YYYY-MM-DD, no later than `today`. */
export const isoDay = (today: string) =>
  z.iso.date("not a date of the form YYYY-MM-DD").refine((date) => date <= today, `a date after today (${today})`);

/**
 * A day or, where the source gives only the month, YYYY-MM. Kept as written, so that a month
 * never turns into an invented day.
 */
export const isoDayOrMonth = (today: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => (/^\d{4}-\d{2}$/.test(value) ? z.iso.date().safeParse(`${value}-01`).success : z.iso.date().safeParse(value).success),
      "not a date of the form YYYY-MM-DD or YYYY-MM",
    )
    .refine((value) => value.slice(0, 7) <= today.slice(0, 7) && (value.length === 7 || value <= today), `a date after today (${today})`);

/** A rule for a cell that may be left empty (null) when the source does not give the value. */
export const optional = <Out>(rule: z.ZodType<Out, string>) =>
  z.string().transform((value, ctx): Out | null => {
    if (value.trim() === "") return null;
    const parsed = rule.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });

/** A whole number of people or flights. */
export const count = z.string().trim().regex(/^\d+$/, "not a whole number of zero or more").transform(Number);

export const sourceUrl = z
  .string()
  .trim()
  .min(1, "missing source: every row cites the published source of its facts")
  .pipe(z.url({ protocol: /^https?$/, error: "not an http(s) address" }));

/** A UN document symbol, such as S/2023/402 or S/RES/2690 (2023). */
export const reportSymbol = z
  .string()
  .trim()
  .regex(/^(S\/\d{4}\/\d+|S\/RES\/\d+ \(\d{4}\))?$/, "not a UN document symbol such as S/2023/402 or S/RES/2690 (2023)");

export const requiredText = (what: string) => z.string().trim().min(1, `empty ${what}`);

const ISO3 = /^[A-Z]{3}$/;
const notIso3 = "not an ISO 3166 alpha-3 code";
export const iso3 = z.string().trim().regex(ISO3, notIso3);
/** An ISO 3166 alpha-3 code, or empty where the source records no country. */
export const iso3OrEmpty = z
  .string()
  .trim()
  .refine((code) => code === "" || ISO3.test(code), notIso3);

/** Wording of a figure that the source gives loosely: "about 300", "more than 13,000". */
export const qualifier = z.enum(["", "about", "more than"], 'qualifier must be empty, "about" or "more than"');
