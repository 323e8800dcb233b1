/*
 * Building the Markdown that page loaders print. Every value that comes from data (a mission's
 * name, a curated note, a source address) is escaped so that it reads as the text it is:
 *
 * - HTML: `& < > " '` become character references, so markup in a cell stays text;
 * - Framework: `$` becomes `&#36;`, since `${…}` anywhere in a page is code that runs in the
 *   reader's browser, and a backslash before `$` is dropped by Framework's parser;
 * - Markdown: the characters of inline syntax (`* _ ` [ ] \ ~ |`) become references too, `:` so
 *   that an address in a value is not turned into a link, and a value that starts a line cannot
 *   open a heading, a list or a quote.
 *
 * Character references are decoded by Markdown and by HTML alike, so one escaping serves prose
 * and HTML blocks. Only `Markup` values, made by the `html` tag or by `trusted`, go in as they are.
 */

import type { Locale } from "../i18n/format.js";

export class Markup {
  constructor(readonly source: string) {}
  toString(): string {
    return this.source;
  }
}

const references: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  $: "&#36;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  "|": "&#124;",
  ":": "&#58;",
};

/** Text as it must appear in a page: inert in HTML, in Markdown and to Framework. */
export function escapeText(text: string): string {
  return text.replace(/[&<>"'$`*_[\]\\~|:]/g, (character) => references[character]);
}

/**
 * Characters that open a block when they start a line: a heading (#), a list (- + or "1."),
 * a setext underline (= -). Escaped only where an interpolated value begins a line.
 */
function escapeLineStart(escaped: string): string {
  return escaped
    .replace(/^([#=+-])/, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/^(\d+)([.)])/, (_, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
}

/** Markup already made safe elsewhere: a chart serialized from its DOM, a fragment of this module. */
export function trusted(source: string): Markup {
  return new Markup(source);
}

type Interpolated = Markup | string | number | null | undefined | false | readonly Interpolated[];

function interpolate(value: Interpolated, startsLine: boolean): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.source;
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, startsLine && i === 0)).join("");
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`a page was about to print ${value}`);
  const escaped = escapeText(String(value));
  return startsLine ? escapeLineStart(escaped) : escaped;
}

/**
 * Tagged template for Markdown and HTML: the literal parts are the page's own words and markup;
 * every interpolated value is escaped unless it is `Markup`. Arrays are joined; null, undefined
 * and false print nothing (for optional parts), and a value that is not a finite number is an
 * error rather than "NaN" on a page.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => {
    out += interpolate(value, /(^|\n)[ \t]*$/.test(out)) + strings[i + 1];
  });
  return new Markup(out);
}

/** A link target, escaped for an attribute value; only http(s) and relative addresses are published. */
export function href(url: string): Markup {
  if (!/^(https?:\/\/|\.{0,2}\/|#)/.test(url))
    throw new Error(`refusing to link to "${url}": only http(s) and relative addresses are published`);
  return new Markup(url.replace(/[&<>"'$]/g, (character) => references[character]));
}

/**
 * An HTML block as Markdown must see it to leave it alone: started on a line of its own, with no
 * blank line inside (a blank line would end the block and hand the rest to the Markdown parser).
 */
export function block(markup: Markup): Markup {
  return new Markup(`\n${markup.source.replace(/\n[ \t]*(?=\n)/g, "").trim()}\n`);
}

/** Text whose `backticked` parts are names and values of the files, set as code; the rest escaped as any text. */
export function withCode(text: string): Markup {
  return new Markup(
    text
      .split(/`([^`]+)`/)
      .map((piece, i) => (i % 2 ? `<code>${escapeText(piece)}</code>` : escapeText(piece)))
      .join(""),
  );
}

/** Text written in `written`, as printed on a page of `page`'s edition: marked with its language where they differ. */
export function inLanguage(text: string, written: Locale, page: Locale): Markup | string {
  return written === page || !text ? text : html`<span lang="${written}">${text}</span>`;
}

/** ` lang="en"` for text written in `written` on a page of `page`'s edition; nothing when they agree. */
export function langAttribute(written: Locale, page: Locale): Markup | string {
  return written === page ? "" : html` lang="${written}"`;
}

/** Curated text that exists in English only: as it is in the English edition, marked as English in another. */
export function englishIn(text: string, locale: Locale): Markup | string {
  return inLanguage(text, "en", locale);
}
