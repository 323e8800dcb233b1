/*
 * How numbers, shares, ordinals and dates are written, in one place for every page, chart and
 * table. Curated tables give a day (YYYY-MM-DD) or, where the source names only the month,
 * YYYY-MM; the date helpers keep that distinction visible to readers.
 */

const locale = "en-US";
const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1,231". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a number`);
  return value.toLocaleString(locale);
}

/** "1 person", "311 people": the count with the noun that agrees with it. */
export function formatCount(value: number, one: string, many: string): string {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** A share (0.241) as a percentage: "24%", or "24.1%" with one digit. */
export function formatShare(share: number, { digits = 0 }: { digits?: number } = {}): string {
  if (!Number.isFinite(share)) throw new Error(`cannot write ${share} as a percentage`);
  return `${(100 * share).toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
}

/** "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "111th". */
export function formatOrdinal(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new Error(`cannot write ${value} as an ordinal`);
  const lastTwo = value % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[value % 10] ?? "th");
  return `${formatNumber(value)}${suffix}`;
}

export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** "27 March 2022", or "March 2022" for a month-only date; "27 Mar 2022" when short. */
export function formatDate(date: string, { short = false }: { short?: boolean } = {}): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) throw new Error(`cannot write "${date}" as a date: expected YYYY-MM-DD, YYYY-MM or YYYY`);
  const [, year, month, day] = match;
  if (!month) return year;
  const name = monthNames[Number(month) - 1];
  const monthYear = `${short ? name.slice(0, 3) : name} ${year}`;
  return day ? `${Number(day)} ${monthYear}` : monthYear;
}

/** "1 April–11 May 2023" (or "1 Apr–11 May 2023" when short), for a reporting period. */
export function formatPeriod(start: string, end: string, { short = false }: { short?: boolean } = {}): string {
  return `${withoutSharedYear(start, end, formatDate(start, { short }))}–${formatDate(end, { short })}`;
}

/** "from 1 April to 11 May 2023", for prose. */
export function formatFromTo(start: string, end: string): string {
  return `from ${withoutSharedYear(start, end, formatDate(start))} to ${formatDate(end)}`;
}

function withoutSharedYear(start: string, end: string, written: string): string {
  const year = start.slice(0, 4);
  return year === end.slice(0, 4) ? written.replace(` ${year}`, "") : written;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
