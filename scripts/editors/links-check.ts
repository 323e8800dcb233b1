/**
 * `npm run links:check`: checks every outbound link of the built site, for editors to run online
 * before publishing. For each address: the status, each redirect and the final address, how long
 * it took, and, for the sources of curated rows, whether a web archive copy is recorded
 * (`archive_url`). Exits 1 when a link is dead, unreachable or too slow, so that it can gate a
 * publication; moved links are listed for an editor to update, but do not fail the check.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseHTML } from "linkedom";
import { loadContingents } from "../../data-loaders/contingents.js";
import { loadCorrections } from "../../data-loaders/corrections.js";
import { loadEvents } from "../../data-loaders/events.js";
import { projectRoot } from "../../data-loaders/fetch.js";
import { loadFlights } from "../../data-loaders/flights.js";
import { loadStrength } from "../../data-loaders/strength.js";
import type { Citation } from "../../data-loaders/source-policy.js";
import { parseCli, wholeNumber } from "../cli.js";
import { networkFailure } from "./network.js";
import { filesUnder } from "../files.js";

export type LinkVerdict = "ok" | "redirected" | "moved" | "dead" | "unreachable" | "slow";

export interface LinkReport {
  url: string;
  verdict: LinkVerdict;
  /** The last HTTP status seen, or null when no answer came. */
  status: number | null;
  /** Each address the link led to after the first, in order. */
  redirects: string[];
  finalUrl: string;
  milliseconds: number;
  /** What went wrong, in words, for a link that is not ok. */
  problem: string | null;
}

const MAX_REDIRECTS = 5;

/**
 * Follows one link by hand, so that every hop is seen. HEAD first, as most servers answer it
 * without the body; GET where HEAD is refused.
 */
export async function checkLink(url: string, { timeoutMs = 15_000 } = {}): Promise<LinkReport> {
  const started = performance.now();
  const redirects: string[] = [];
  const elapsed = () => Math.round(performance.now() - started);
  let current = url;
  let permanent = false;
  const report = (verdict: LinkVerdict, status: number | null, problem: string | null): LinkReport => ({
    url,
    redirects,
    finalUrl: current,
    status,
    milliseconds: elapsed(),
    verdict,
    problem,
  });
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let response: Response;
    try {
      const signal = AbortSignal.timeout(Math.max(1, timeoutMs - elapsed()));
      response = await fetch(current, { method: "HEAD", redirect: "manual", signal });
      if (response.status === 405 || response.status === 501)
        response = await fetch(current, { method: "GET", redirect: "manual", signal });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      return report(timedOut ? "slow" : "unreachable", null, networkFailure(error, timeoutMs));
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      permanent ||= response.status === 301 || response.status === 308;
      current = new URL(location, current).href;
      redirects.push(current);
      continue;
    }
    if (!response.ok)
      return report("dead", response.status, `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    if (redirects.length === 0) return report("ok", response.status, null);
    return permanent ? report("moved", response.status, `moved permanently: cite ${current}`) : report("redirected", response.status, null);
  }
  return report("dead", null, `more than ${MAX_REDIRECTS} redirects`);
}

/** The http(s) links of a built site that leave it, each with the pages that carry it. */
export function outboundLinks(site: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const page of filesUnder(site).filter((file) => file.endsWith(".html"))) {
    const { document } = parseHTML(readFileSync(join(site, page), "utf-8"));
    for (const anchor of document.querySelectorAll("a[href]")) {
      const href = anchor.getAttribute("href") ?? "";
      if (!/^https?:\/\//i.test(href)) continue;
      const pages = links.get(href) ?? [];
      if (!pages.includes(page)) pages.push(page);
      links.set(href, pages);
    }
  }
  return links;
}

/** Checks many links, a few at a time so as not to hammer one host. */
export async function checkLinks(
  urls: string[],
  { timeoutMs = 15_000, concurrency = 4, onResult = (_: LinkReport) => {} } = {},
): Promise<LinkReport[]> {
  const results: LinkReport[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkLink(urls[index], { timeoutMs });
      onResult(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}

/** The curated rows' sources, with the archive copy each row records (empty when none). */
export function archiveCopies(): Map<string, string> {
  const rows: Citation[] = [...loadEvents(), ...loadFlights(), ...loadStrength(), ...loadContingents(), ...loadCorrections()];
  const copies = new Map<string, string>();
  for (const row of rows) if (!copies.get(row.source_url)) copies.set(row.source_url, row.archive_url);
  return copies;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseCli({
    usage: "npm run links:check -- [options]",
    summary:
      "Checks every outbound link of the built site (needs the network): status, redirects, final address, time, and whether the curated row recording the source has a web archive copy. Exits 1 if a link is dead, unreachable or slower than --timeout.",
    options: {
      site: { type: "string", default: "dist" },
      timeout: { type: "string", default: "15000" },
      concurrency: { type: "string", default: "4" },
    },
    describe: {
      site: "The built site whose links are checked.",
      timeout: "Milliseconds a link may take, redirects included.",
      concurrency: "Links checked at once.",
    },
  });
  const site = resolve(projectRoot, values.site);
  const links = outboundLinks(site);
  if (links.size === 0) {
    console.error(`links:check: no outbound link found in ${site}; run npm run build first`);
    process.exit(2);
  }
  const copies = archiveCopies();
  console.log(`links:check: ${links.size} outbound links in ${values.site}/`);
  const results = await checkLinks([...links.keys()], {
    timeoutMs: wholeNumber("timeout", values.timeout, { min: 1 }),
    concurrency: wholeNumber("concurrency", values.concurrency, { min: 1 }),
    onResult: (r) => {
      const archive = copies.has(r.url)
        ? copies.get(r.url)
          ? "archive copy recorded"
          : "no archive copy recorded"
        : "not a curated source";
      const hops = r.redirects.length ? ` → ${r.redirects.join(" → ")}` : "";
      console.log(
        `${r.verdict.padEnd(11)} ${String(r.status ?? "—").padEnd(4)} ${String(r.milliseconds).padStart(6)} ms  ${r.url}${hops}${r.problem ? `  (${r.problem})` : ""}  [${archive}; on ${links.get(r.url)!.join(", ")}]`,
      );
    },
  });
  const count = (verdict: LinkVerdict) => results.filter((r) => r.verdict === verdict).length;
  const failed = count("dead") + count("unreachable") + count("slow");
  console.log(
    `\n${count("ok")} ok, ${count("redirected")} redirected, ${count("moved")} moved, ${count("dead")} dead, ${count("unreachable")} unreachable, ${count("slow")} slow; ` +
      `${[...copies.values()].filter(Boolean).length} of ${copies.size} curated sources have an archive copy recorded`,
  );
  process.exit(failed ? 1 : 0);
}
