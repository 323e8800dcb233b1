/*
 * Curated tables give a day (YYYY-MM-DD) or, where the source names only the month, YYYY-MM.
 * These helpers keep that distinction visible to readers.
 */

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function isMonthOnly(date: string): boolean {
  return /^\d{4}-\d{2}$/.test(date);
}

/** "27 March 2022", or "March 2022" for a month-only date; "27 Mar 2022" when short. */
export function formatDate(date: string, { short = false }: { short?: boolean } = {}): string {
  const [year, month, day] = date.split("-").map(Number);
  const name = monthNames[month - 1];
  const monthYear = `${short ? name.slice(0, 3) : name} ${year}`;
  return day ? `${day} ${monthYear}` : monthYear;
}

/** A point on a time axis: the day itself, or the middle of the month when only the month is known. */
export function toTime(date: string): Date {
  return new Date(isMonthOnly(date) ? `${date}-15T00:00:00Z` : `${date}T00:00:00Z`);
}

/** "1 April–11 May 2023" (or "1 Apr–11 May 2023" when short), for a reporting period. */
export function formatPeriod(start: string, end: string, { short = false }: { short?: boolean } = {}): string {
  const [startYear] = start.split("-");
  const [endYear] = end.split("-");
  const from = formatDate(start, { short });
  return `${startYear === endYear ? from.replace(` ${startYear}`, "") : from}–${formatDate(end, { short })}`;
}

/** "from 1 April to 11 May 2023", for prose. */
export function formatFromTo(start: string, end: string): string {
  const [startYear] = start.split("-");
  const [endYear] = end.split("-");
  const from = formatDate(start);
  return `from ${startYear === endYear ? from.replace(` ${startYear}`, "") : from} to ${formatDate(end)}`;
}
