import { z } from "zod";

/*
 * Field rules shared by the curated tables. Each takes the raw CSV string and either returns the
 * typed value or an issue whose message ends up, with line and column, in the build error.
 */

export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * The longest value each kind of cell may hold: far above any real one, so that a runaway value
 * is refused at its cell by the validator, not later by the file system or a page layout.
 */
export const maxLength = { acronym: 20, id: 64, name: 120, text: 2000, url: 2048 } as const;

/**
 * The earliest date each source can hold. No UN mission existed before the Charter came into
 * force on 24 October 1945; the curated tables cover Mali from the rebellion of January 2012 on.
 */
export const earliestDate = { unMissions: "1945-10-24", mali: "2012-01-01" } as const;

const tooLong = (what: string, longest: number) => `longer than ${longest} characters, which no ${what} is`;

/** A calendar day, YYYY-MM-DD, from `earliest` to `today`. */
export const isoDay = (today: string, earliest: string) =>
  z.iso
    .date("not a date of the form YYYY-MM-DD")
    .refine((date) => date >= earliest, `a date before ${earliest}, earlier than anything this table covers`)
    .refine((date) => date <= today, `a date after today (${today})`);

/**
 * A day or, where the source gives only the month, YYYY-MM, from `earliest` to `today`. Kept as
 * written, so that a month never turns into an invented day.
 */
export const isoDayOrMonth = (today: string, earliest: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => (/^\d{4}-\d{2}$/.test(value) ? z.iso.date().safeParse(`${value}-01`).success : z.iso.date().safeParse(value).success),
      "not a date of the form YYYY-MM-DD or YYYY-MM",
    )
    .refine((value) => value >= earliest.slice(0, value.length), `a date before ${earliest}, earlier than anything this table covers`)
    .refine((value) => value.slice(0, 7) <= today.slice(0, 7) && (value.length === 7 || value <= today), `a date after today (${today})`);

/**
 * A day, a month or, where the source gives only the year, YYYY: isoDayOrMonth with a bare year
 * allowed, for dates the sources give loosely (when an office was set up).
 */
export const isoDayMonthOrYear = (today: string, earliest: string) =>
  z.union(
    [
      z
        .string()
        .trim()
        .regex(/^\d{4}$/)
        .refine(
          (year) => year >= earliest.slice(0, 4) && year <= today.slice(0, 4),
          `a year outside ${earliest.slice(0, 4)} to ${today.slice(0, 4)}`,
        ),
      isoDayOrMonth(today, earliest),
    ],
    "not a date of the form YYYY-MM-DD, YYYY-MM or YYYY",
  );

/**
 * Names a mission's page cannot take: its page is missions/<acronym in lower case>, and these are
 * the folder's other pages. A mission so named would silently lose its page to the index.
 */
export const reservedMissionPageNames = ["index"] as const;

/** The rule that keeps a mission's page from taking another page's name, for every acronym field. */
export const notAReservedPageName = [
  (acronym: string) => !(reservedMissionPageNames as readonly string[]).includes(acronym.toLowerCase()),
  `a mission acronym that is the name of another page of the site (missions/${reservedMissionPageNames.join(", missions/")}): its page would be lost`,
] as const;

/** A mission acronym as the UN's files and Geo-PKO write it: capitals and letters, and a phase in Roman numerals ("UNAVEM II"). */
export const missionAcronym = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Za-z]*( [IVX]+)?$/, "not a mission acronym (letters, and a phase in Roman numerals)")
  .max(maxLength.acronym, `longer than ${maxLength.acronym} characters, which no mission acronym is`)
  .refine(...notAReservedPageName);

/**
 * A longitude (limit 180) or latitude (90) in decimal degrees. `decimalComma` also reads the
 * UN list's "15,9833".
 */
export const degrees = (limit: number, what: string, { decimalComma = false } = {}) =>
  z
    .string()
    .trim()
    .regex(decimalComma ? /^-?\d{1,3}([.,]\d+)?$/ : /^-?\d{1,3}(\.\d+)?$/, `not a ${what} in decimal degrees`)
    .transform((value) => Number(value.replace(",", ".")))
    .refine((value) => Math.abs(value) <= limit, `a ${what} beyond ±${limit}°`);

/** A rule for a cell that may be left empty (null) when the source does not give the value. */
export const optional = <Out>(rule: z.ZodType<Out, string>) =>
  z.string().transform((value, ctx): Out | null => {
    if (value.trim() === "") return null;
    const parsed = rule.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });

/** A bound on any count of people in one mission, far above the strength any UN operation has had. */
export const maxMissionPersonnel = 100_000;

/**
 * A whole number of people or flights, at most `max`: a count beyond what the column can mean
 * (a slip of the keyboard, a number too long to be held exactly) is refused, never rounded.
 */
export const count = (max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "not a whole number of zero or more")
    .transform(Number)
    .refine((value) => value <= max, `more than ${max.toLocaleString("en")} ${what}, beyond what this column can mean`);

/**
 * A web address a reader may open: http or https, no user name or password in it (a link that
 * carries credentials would publish them), no longer than any real address.
 */
export const webAddress = z
  .url({ protocol: /^https?$/, error: "not an http(s) address" })
  .max(maxLength.url, tooLong("web address", maxLength.url))
  .refine((url) => {
    if (!URL.canParse(url)) return true; // already refused as not an address
    const { username, password } = new URL(url);
    return username === "" && password === "";
  }, "the address carries a user name or password; cite the public address without them");

/**
 * A source's address, or empty where the row cites a printed article by its title instead
 * (data-loaders/source-policy.ts says when that is allowed).
 */
export const sourceUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (value === "") return;
    for (const issue of webAddress.safeParse(value).error?.issues ?? []) ctx.addIssue({ code: "custom", message: issue.message });
  });

/** A UN document symbol, such as S/2023/402 or S/RES/2690 (2023). */
export const reportSymbol = z
  .string()
  .trim()
  .regex(/^(S\/\d{4}\/\d+|S\/RES\/\d+ \(\d{4}\))?$/, "not a UN document symbol such as S/2023/402 or S/RES/2690 (2023)");

/** Text that must be given: an event, a reason, a country's name. */
export const requiredText = (what: string, longest: number = maxLength.text) =>
  z
    .string()
    .trim()
    .min(1, `empty ${what}`)
    .max(longest, tooLong(what.split(":")[0], longest));

/** Text that may be empty: a note. */
export const optionalText = (what: string) => z.string().trim().max(maxLength.text, tooLong(what, maxLength.text));

const ISO3 = /^[A-Z]{3}$/;
const notIso3 = "not an ISO 3166 alpha-3 code";
export const iso3 = z.string().trim().regex(ISO3, notIso3);
/** An ISO 3166 alpha-3 code, or empty where the source records no country. */
export const iso3OrEmpty = z
  .string()
  .trim()
  .refine((code) => code === "" || ISO3.test(code), notIso3);
