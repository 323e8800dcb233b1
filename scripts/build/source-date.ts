/**
 * The one time a build may write into the site, taken from the inputs rather than the clock so
 * that two builds of the same sources are the same bytes: SOURCE_DATE_EPOCH when it is set (the
 * reproducible-builds convention), otherwise the day the newest pinned upstream file was
 * retrieved, which is when the data is from.
 */
import { sources } from "../../data-loaders/sources.js";

export function sourceDateEpoch(
  env: NodeJS.ProcessEnv = process.env,
  pinned: readonly { retrieved: string }[] = Object.values(sources),
): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined) {
    if (!/^\d+$/.test(fromEnv)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${fromEnv}"`);
    return Number(fromEnv);
  }
  const newest = pinned
    .map((source) => source.retrieved)
    .sort()
    .at(-1)!;
  return Date.parse(`${newest}T00:00:00Z`) / 1000;
}
