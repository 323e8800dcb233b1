/**
 * The build's check that both editions print the same numbers, in the same places: every page and
 * its counterpart are cut into the text units a reader meets (the title, each heading, paragraph,
 * list item, table cell, caption, image description and the labels of each chart drawing), each
 * number read as its edition writes it ("1,231" and "1 231", "24.1%" and "24,1 %"), text marked
 * with another `lang` read in that language; a source's citation (its title, its symbol) names the
 * source and is not counted. The units holding numbers are paired in order, kind
 * by kind, and each pair must print the same numbers in the same order: an event whose French
 * swaps two figures stops the build as surely as a figure printed in one edition only.
 *
 * It runs on the pages as published, after the chart images are back in them, on every build
 * that publishes, so that nothing reused from an earlier build escapes it.
 */
import { parseHTML } from "linkedom";
import { counterpartOf, editionOf, editions, locales, type DeskLanguage } from "../../src/components/i18n/editions.js";
import type { Locale } from "../../src/components/i18n/format.js";

const numberPatterns: Record<DeskLanguage, { pattern: RegExp; read(text: string): number }> = {
  en: { pattern: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g, read: (text) => Number(text.replaceAll(",", "")) },
  fr: {
    pattern: /\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g,
    read: (text) => Number(text.replace(/[\u202f\u00a0]/g, "").replace(",", ".")),
  },
};

/** The numbers of a text as `locale` writes them, in order; version names ("v2.3") are names, not numbers. */
export function numbersIn(text: string, locale: Locale): number[] {
  const { pattern, read } = numberPatterns[editions[locale].desk];
  return [...text.replace(/\bv\d+(\.\d+)*/g, " ").matchAll(pattern)].map(([n]) => read(n));
}

export interface TextPart {
  text: string;
  lang: Locale;
  code?: true;
  /** Part of a source's citation (a title, a symbol): its numbers are the source's name, not the page's figures. */
  citation?: true;
}

/** A part of a page a reader reads as one piece, and the numbers it prints. */
export interface TextUnit {
  kind: string;
  /** The start of its text, to find it by. */
  excerpt: string;
  /** Its whole text, spaces collapsed. */
  text: string;
  numbers: number[];
  /**
   * Its text in pieces, each in the language it is marked in (a `lang="en"` passage on a French
   * page); `code` for the names and values of the files, which are not prose in any language.
   */
  parts: TextPart[];
}

const unitKinds: Record<string, string> = {
  TITLE: "title",
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
  P: "paragraph",
  LI: "list item",
  TD: "table cell",
  TH: "table header",
  CAPTION: "table caption",
  FIGCAPTION: "figure caption",
  SUMMARY: "summary",
  DT: "term",
  DD: "definition",
  BLOCKQUOTE: "quotation",
  FOOTER: "footer",
};

/** Plot's axis tick labels, as a group. */
const tickLabels = /<g\b[^>]*aria-label="[^"]*tick label"[^>]*>([\s\S]*?)<\/g>/g;
const svgDataPrefix = "data:image/svg+xml;base64,";
const labelElements = /<(text|title)\b[^>]*>([\s\S]*?)<\/\1>/g;

/**
 * The words of a chart drawing, in order: its text elements and hover titles. A tick label that is
 * only a number is the scale's, laid out per drawing (a longer label in one edition leaves room
 * for fewer ticks), not a figure the chart states; a tick label with words (a category, "All
 * others (22 nationalities)") is read like any label.
 */
function chartLabels(svg: string): string {
  const withoutScaleTicks = svg.replace(tickLabels, (group: string) =>
    group.replace(labelElements, (element: string, _: string, inner: string) => (/\p{L}/u.test(inner) ? element : "")),
  );
  return [...withoutScaleTicks.matchAll(labelElements)]
    .map(([, , inner]) => inner.replace(/<[^>]+>/g, " "))
    .join(" | ")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_, hex: string, code: string) => String.fromCodePoint(parseInt(code, hex ? 16 : 10)))
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
}

/**
 * The text units of a page (a whole document, or a fragment of one), in document order, with the
 * numbers each prints as `locale` writes them; only those that print a number, unless `all`. Only
 * the page's own content counts: `<main>` when there is one, and the `<title>`.
 */
export function textUnits(html: string, locale: Locale, { all = false } = {}): TextUnit[] {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`);
  /** A unit as it is read: its kind, and its text in pieces, each in the language it is marked in. */
  type Reading = { kind: string; parts: TextPart[] };
  const units: Reading[] = [];
  const chartUnits: Reading[] = [];
  const title = document.querySelector("title");
  if (title) units.push({ kind: "title", parts: [{ text: title.textContent ?? "", lang: locale }] });
  const langOf = (node: DomNode, inherited: Locale): Locale => {
    const lang = node.getAttribute?.("lang");
    return lang && lang in editions ? (lang as Locale) : inherited;
  };
  const walk = (node: DomNode, current: Reading | null, lang: Locale, code = false, citation = false) => {
    if (node.nodeType === 3) {
      current?.parts.push({
        text: node.textContent ?? "",
        lang,
        ...(code && { code: true as const }),
        ...(citation && { citation: true as const }),
      });
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "TEMPLATE") return;
    const here = langOf(node, lang);
    if (name === "IMG") {
      const alt = node.getAttribute?.("alt");
      if (alt) units.push({ kind: "image description", parts: [{ text: alt, lang: here }] });
      const src = node.getAttribute?.("src") ?? "";
      if (src.startsWith(svgDataPrefix)) {
        const drawing = node.getAttribute?.("class")?.match(/chart-(wide|narrow)/)?.[1];
        const svg = Buffer.from(src.slice(svgDataPrefix.length), "base64").toString("utf-8");
        chartUnits.push({ kind: `${drawing ? `${drawing} ` : ""}chart drawing's labels`, parts: [{ text: chartLabels(svg), lang: here }] });
      }
      return;
    }
    let unit = current;
    if (unitKinds[name]) {
      // A chart's text alternative lists its data, as a table would: it is read apart from the prose.
      const kind =
        name === "P" && /(^|\s)chart-description(\s|$)/.test(node.getAttribute?.("class") ?? "") ? "chart description" : unitKinds[name];
      unit = { kind, parts: [] };
      units.push(unit);
    }
    const cites = citation || name === "CITE" || /(^|\s)cite(\s|$)/.test(node.getAttribute?.("class") ?? "");
    for (const child of Array.from(node.childNodes)) walk(child, unit, here, code || name === "CODE", cites);
  };
  const root = (document.querySelector("main") ?? document.body) as unknown as DomNode | null;
  if (root) walk(root, null, locale);
  return [...units, ...chartUnits]
    .map(({ kind, parts }) => {
      const text = parts
        .map((part) => part.text)
        .join("")
        .replace(/[ \t\r\n]+/g, " ")
        .trim();
      return {
        kind,
        excerpt: text.length > 60 ? `${text.slice(0, 57)}…` : text,
        text,
        numbers: parts.filter((part) => !part.citation).flatMap((part) => numbersIn(part.text, part.lang)),
        parts,
      };
    })
    .filter((unit) => all || unit.numbers.length > 0);
}

const listed = (numbers: number[]) => numbers.join(", ");

/**
 * What differs between the text units of two editions of a page, one sentence each: a pair of
 * units (the nth of a kind holding numbers in each) printing other numbers or the same in another
 * order, or a unit one edition has and the other lacks.
 */
export function unitDifferences(english: TextUnit[], french: TextUnit[]): string[] {
  const differences: string[] = [];
  const kinds = [...new Set([...english, ...french].map((unit) => unit.kind))];
  for (const kind of kinds) {
    const en = english.filter((unit) => unit.kind === kind);
    const fr = french.filter((unit) => unit.kind === kind);
    for (let i = 0; i < Math.max(en.length, fr.length); i++) {
      const [a, b] = [en[i], fr[i]];
      const where = `${kind} ${i + 1}`;
      if (!a) differences.push(`${where} with figures is in French only: "${b.excerpt}" (${listed(b.numbers)})`);
      else if (!b) differences.push(`${where} with figures is in English only: "${a.excerpt}" (${listed(a.numbers)})`);
      else if (listed(a.numbers) !== listed(b.numbers))
        differences.push(
          `${where} prints ${listed(a.numbers)} in English ("${a.excerpt}") and ${listed(b.numbers)} in French ("${b.excerpt}")`,
        );
      // Past the first unit that is missing, every later pair of this kind is out of step: one sentence says it.
      if (!a || !b) break;
    }
  }
  return differences;
}

/**
 * One sentence per difference between a page and its counterpart (pages by Framework's path, with
 * their HTML), naming both pages and the unit; empty when every pair prints the same numbers in
 * the same places. A page without its counterpart is editionGaps' to report.
 */
export function numberGaps(pages: ReadonlyMap<string, string>, perPage = 5): string[] {
  const gaps: string[] = [];
  for (const [path, html] of pages) {
    const french = pages.get(counterpartOf(path));
    if (editionOf(path) !== locales[0] || french === undefined) continue;
    const differences = unitDifferences(textUnits(html, "en"), textUnits(french, "fr"));
    for (const difference of differences.slice(0, perPage)) gaps.push(`${path} and ${counterpartOf(path)}: ${difference}`);
    if (differences.length > perPage) gaps.push(`${path} and ${counterpartOf(path)}: and ${differences.length - perPage} more`);
  }
  return gaps;
}
