import { z } from "zod";
import { maxLength, reportSymbol, sourceUrl, webAddress } from "./fields.js";

/*
 * The sourcing policy, as rules every curated row passes when the report is built. The prose
 * version is on the methodology page and in docs/analysts-guide.md; the two say the same thing.
 *
 * - primary: the UN document itself, or the mission's, the UN's or a government's own statement;
 * - agency: a wire agency's dispatch (AFP, Reuters, AP, dpa…), wherever it is carried;
 * - press: a newspaper or broadcaster's own reporting;
 * - republished: a page of a site that republishes other publishers' reports (AllAfrica, Zawya,
 *   SpaceWar…), kept only with a note that names the original publisher;
 * - other: anything else, kept only with a note that says why nothing better was found.
 * Mirrors, wiki forks and content farms are refused whatever the kind.
 */

export const sourceKinds = ["primary", "agency", "press", "republished", "other"] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * Sites that publish primary sources: the UN system and governments. A row of kind "primary"
 * must cite one of them (or a subdomain); a government added here is a reviewed change.
 */
export const primaryHosts = [
  "un.org",
  "undocs.org",
  "unmissions.org",
  "unmas.org",
  "ohchr.org",
  "reliefweb.int",
  // UN Radio's French service, and IRIN while it was the UN humanitarian office's news service.
  "unmultimedia.org",
  "irinnews.org",
  "parliament.uk",
  "gov.uk",
  "gouv.fr",
  "elysee.fr",
  "bundeswehr.de",
  "bundestag.de",
  "regeringen.se",
  "forsvarsmakten.se",
  // Canada's defence ministry, whose pages on past operations give the missions' French names.
  "canada.ca",
  "forces.gc.ca",
] as const;

/** Sites that copy other people's documents or pages: never a source, cite the original. */
export const refusedHosts: Record<string, string> = {
  "docslib.org": "a document mirror",
  "pdfslide.us": "a document mirror",
  "scribd.com": "a document-sharing site",
  "huggingface.co": "a dataset viewer copying documents",
  "infogalactic.com": "a Wikipedia fork",
  "wikimili.com": "a Wikipedia fork",
  "kiddle.co": "a Wikipedia fork",
  "wikipedia.org": "an encyclopedia, not a source: cite what it cites",
  "myshopify.com": "a shop's blog",
  "tellerreport.com": "a content farm",
  "exbulletin.com": "a content farm",
  "prideseotools.com": "an indexing proxy",
};

/**
 * Sites whose pages republish other publishers' reports: a row citing one is of kind
 * "republished", and its note names who first published the report.
 */
export const republisherHosts: Record<string, string> = {
  "allafrica.com": "AllAfrica",
  "zawya.com": "Zawya",
  "spacewar.com": "SpaceWar",
  "abamako.com": "aBamako",
  "maliactu.net": "Maliactu",
  "bamada.net": "bamada.net",
  "maliweb.net": "Maliweb",
};

/** The words by which a note says whose report a republisher carries. */
const namesTheOriginal = /\b(republished|carried|distributed|relay|relayed|published by|as published)\b/i;

/**
 * Query parameters that only track a reader or pick a page's variant (AMP), never which document
 * is cited: a source address carrying one is refused, so that one document has one address.
 */
export const trackingParameters = [/^utm_/i, /^fbclid$/i, /^gclid$/i, /^mc_(cid|eid)$/i, /^amp$/i, /^noamp$/i, /^outputType$/i, /^show$/i];

/**
 * The address as a source should be cited: no tracking or AMP parameters, no doubled slashes in
 * the path, no "/amp" ending. Null when it is already so.
 */
export function normalisedAddress(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()])
    if (trackingParameters.some((pattern) => pattern.test(key))) parsed.searchParams.delete(key);
  parsed.pathname = parsed.pathname.replace(/\/{2,}/g, "/").replace(/\/amp\/?$/, "/");
  const normal = parsed.toString().replace(/\?$/, "");
  return normal === url ? null : normal;
}

/** Web archives whose copy of a page an editor may record beside the live address. */
export const archiveHosts = ["web.archive.org", "archive.org", "archive.ph", "archive.today", "webarchive.unesco.org"] as const;

const onHost = (hostname: string, domain: string): boolean => hostname === domain || hostname.endsWith(`.${domain}`);

export const hostname = (url: string): string => new URL(url).hostname.toLowerCase();

export const isPrimaryHost = (url: string): boolean => primaryHosts.some((domain) => onHost(hostname(url), domain));

/** Why a source address is refused, or null when it may be cited. */
export function refusal(url: string): string | null {
  const host = hostname(url);
  const refused = Object.keys(refusedHosts).find((domain) => onHost(host, domain));
  return refused ? `${refused} is ${refusedHosts[refused]}; cite the original publisher` : null;
}

/**
 * The UN's own address of a document, built from its symbol: "S/RES/2100 (2013)" →
 * https://undocs.org/en/S/RES/2100(2013). undocs.org is the UN's permanent link service; it
 * forwards to the Official Document System.
 */
export function unDocumentUrl(symbol: string): string {
  return `https://undocs.org/en/${symbol.replace(/\s+/g, "")}`;
}

/** The columns every curated row carries to say where its facts come from. */
export const citationColumns = ["report", "source_url", "source_title", "source_kind", "archive_url"] as const;

/** The kinds of source a row may cite by title alone, as a newspaper is cited, when no address for it is known. */
export const citableByTitle: readonly SourceKind[] = ["agency", "press"];

export const citationFields = {
  report: reportSymbol,
  source_url: sourceUrl,
  source_title: z.string().trim().max(maxLength.name, `longer than ${maxLength.name} characters, which no source's title is`),
  source_kind: z.enum(sourceKinds, `unknown kind of source; known: ${sourceKinds.join(", ")}`),
  archive_url: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (value === "") return;
      const address = webAddress.safeParse(value);
      if (!address.success) ctx.addIssue({ code: "custom", message: address.error.issues[0].message });
      else if (!archiveHosts.some((host) => onHost(hostname(value), host)))
        ctx.addIssue({
          code: "custom",
          message: `not a web archive address (${archiveHosts.join(", ")}); leave empty when no copy is recorded`,
        });
    }),
};

export interface Citation {
  report: string;
  /** Empty only where the source is a printed article cited by its title. */
  source_url: string;
  source_title: string;
  source_kind: SourceKind;
  archive_url: string;
}

/**
 * The rules between a row's citation cells, reported on the column they name. `explanation` is
 * the column where a row says why its source is of kind "other" (its note, or a correction's
 * reason).
 */
export function checkCitation<Row extends Citation>(
  row: Row,
  ctx: z.RefinementCtx,
  explanation: keyof Row & string = "note" as keyof Row & string,
): void {
  if (row.source_url === "") {
    checkCitationByTitle(row, ctx);
    return;
  }
  // A cell that failed its own rule has already been reported; the rules between cells need a URL.
  if (!URL.canParse(row.source_url)) return;
  const refused = refusal(row.source_url);
  if (refused) ctx.addIssue({ code: "custom", path: ["source_url"], message: `refused source: ${refused}` });
  if (row.source_kind === "primary" && !isPrimaryHost(row.source_url)) {
    ctx.addIssue({
      code: "custom",
      path: ["source_kind"],
      message: `"primary" but ${hostname(row.source_url)} is not a UN or government site (data-loaders/source-policy.ts lists them); cite the document itself or choose the kind of the page cited`,
    });
  }
  const normal = normalisedAddress(row.source_url);
  if (normal)
    ctx.addIssue({
      code: "custom",
      path: ["source_url"],
      message: `cite the page's plain address, ${normal} (no tracking or AMP parameters, no doubled slashes)`,
    });
  const republisher = Object.keys(republisherHosts).find((domain) => onHost(hostname(row.source_url), domain));
  if (republisher && row.source_kind !== "republished")
    ctx.addIssue({
      code: "custom",
      path: ["source_kind"],
      message: `${republisherHosts[republisher]} republishes other publishers' reports: the kind is "republished", with a ${explanation} naming the original publisher`,
    });
  if (row.source_kind === "republished" && !namesTheOriginal.test(String(row[explanation] ?? "")))
    ctx.addIssue({
      code: "custom",
      path: [explanation],
      message: `a "republished" source needs a ${explanation} naming the original publisher ("AFP's dispatch as republished by…", "carried by…")`,
    });
  if (row.source_kind === "other" && String(row[explanation] ?? "").trim() === "") {
    ctx.addIssue({
      code: "custom",
      path: [explanation],
      message: `a source of kind "other" needs a ${explanation} saying why no primary, agency or press source was found`,
    });
  }
}

/**
 * A source without an address: only an article or a dispatch whose address is not known, cited as
 * a newspaper is, by its title ("Le Monde, English edition, June 2023"); never a UN document,
 * which always has one.
 */
function checkCitationByTitle(row: Citation, ctx: z.RefinementCtx): void {
  if (row.source_title === "")
    ctx.addIssue({
      code: "custom",
      path: ["source_url"],
      message:
        "missing source: every row cites the published source of its facts, by its address, or by its source_title where it is an article whose address is not known",
    });
  else if (!citableByTitle.includes(row.source_kind))
    ctx.addIssue({
      code: "custom",
      path: ["source_url"],
      message: `only a source of kind ${citableByTitle.map((kind) => `"${kind}"`).join(" or ")} may be cited by its title alone; a ${row.source_kind} source needs its address`,
    });
  if (row.archive_url !== "")
    ctx.addIssue({ code: "custom", path: ["archive_url"], message: "an archive copy is of an address: give source_url too" });
}
