/*
 * The copy desk's typography, applied to everything a reader gets: the page's Markdown (prose,
 * tables, headings, attributes read aloud), its title and the words drawn inside charts. Typograf
 * does what it knows (quotes, apostrophes, ellipses, attributes); what it lacks for French and for
 * ranges is added through its own rule interface below, nothing else is written by hand.
 *
 * The page's Markdown carries character references that are not typography but escapes
 * (src/components/render/markup.ts: `&#42;` keeps a star from opening emphasis, `&#36;` keeps `${` from
 * being code): Typograf would decode them, so they are set aside before it runs and put back
 * after, as are Markdown link targets. A passage marked as being in another language (`lang="en"`
 * on a French page) is set in that language's typography.
 */
import Typograf from "typograf";
import { publicationTitles } from "./house-style.js";
import { editions, type DeskLanguage, type Locale } from "./editions.js";

/** French spacing (Lexique des règles typographiques de l'Imprimerie nationale): which space goes where. */
const frenchSpaces = { colon: "\u00a0", guillemet: "\u00a0", thin: "\u202f" } as const;

// Typograf's rules run on text with tags and escapes hidden; a character reference left in it
// (`&amp;`) must not be read as a word followed by a semicolon.
const notInReference = "(?<!&[#a-zA-Z0-9]+)";

Typograf.addRules([
  {
    name: "fr/nbsp/highPunctuation",
    htmlAttrs: true,
    handler: (text) =>
      text
        .replace(
          new RegExp(`(?<=[^\\s\\u00a0\\u202f(\\ue002])[ \\u00a0\\u202f]?${notInReference}([;!?])(?=[\\s)\\ue003»<]|$)`, "g"),
          `${frenchSpaces.thin}$1`,
        )
        .replace(/(?<=[^\s\u00a0\u202f(\ue002])[ \u00a0\u202f]?:(?=[\s<]|$)/g, `${frenchSpaces.colon}:`)
        .replace(/(?<=\d)[ \u00a0]?%/g, `${frenchSpaces.thin}%`),
  },
  {
    name: "en-US/punctuation/pluralPossessive",
    htmlAttrs: true,
    // Typograf's apostrophe rule sees none after a plural: "the soldiers' departure", "Reuters' service".
    handler: (text) => text.replace(/(?<=\p{L}s)'(?=[\s\p{P}]|$)/gu, "\u2019"),
  },
  {
    name: "common/number/minus",
    htmlAttrs: true,
    // A negative figure ("-183", "(-97.9%)") takes the minus sign, not a hyphen.
    handler: (text) => text.replace(/(?<![\p{L}\p{N}])-(?=\d)/gu, "\u2212"),
  },
  {
    name: "common/dash/spacedHyphen",
    htmlAttrs: true,
    // A hyphen or two set between spaces in a title ("Liban - FINUL - Mandat") stands for a dash.
    handler: (text) => text.replace(/(?<=[\p{L}\p{N}).»”’])[ \u00a0]--? (?=[\p{L}\p{N}(«“])/gu, " \u2013 "),
  },
  {
    name: "common/dash/yearRange",
    htmlAttrs: true,
    // "2013-2023" is a range, set with an en dash; a date (2023-06-30) never matches.
    handler: (text) => text.replace(/(?<![\d-])(1[89]\d\d|20\d\d)-(1[89]\d\d|20\d\d)(?![\d-])/g, "$1\u2013$2"),
  },
]);

/** The rules each edition is set with: Typograf's own that keep a page's words and numbers as written. */
const rules = [
  "common/punctuation/quote",
  "common/punctuation/apostrophe",
  "common/punctuation/hellip",
  "common/html/processingAttrs",
  "common/dash/yearRange",
  "common/dash/spacedHyphen",
  "common/number/minus",
];
const typografLocales: Record<DeskLanguage, { locale: string; rules: string[]; quotes?: { left: string; right: string } }> = {
  en: { locale: "en-US", rules: [...rules, "en-US/punctuation/pluralPossessive"] },
  // A quotation inside a quotation: “ ” within « », as the French press sets it (Typograf's are ‹ ›).
  fr: { locale: "fr", rules: [...rules, "fr/nbsp/highPunctuation"], quotes: { left: "«“", right: "»”" } },
};

/** Attributes a reader meets: read aloud, shown on hover, shown for a missing image. */
const readAttributes = ["alt", "title", "aria-label", "aria-description", "placeholder"];

const typografs = new Map<Locale, Typograf>();
function typografOf(locale: Locale): Typograf {
  let typograf = typografs.get(locale);
  if (!typograf) {
    const { locale: typografLocale, rules: enabled, quotes } = typografLocales[editions[locale].desk];
    typograf = new Typograf({ locale: [typografLocale], htmlEntity: { type: "default" } });
    typograf.disableRule("*");
    typograf.enableRule(enabled);
    typograf.setSetting("common/html/processingAttrs", "attrs", readAttributes);
    if (quotes) typograf.setSetting("common/punctuation/quote", typografLocale, quotes);
    typografs.set(locale, typograf);
  }
  return typograf;
}

/**
 * Typograf's work on a text. Guillemets already there are the writer's, in place: Typograf would
 * pair them again with the straight quotes around them and could turn a pair round, so it does not
 * see them; the spaces inside every pair, the writer's and Typograf's, are set after.
 */
function execute(text: string, locale: Locale): string {
  const hidden = text.replace(/«/g, "\ue002").replace(/»/g, "\ue003");
  const typeset = typografOf(locale)
    .execute(hidden)
    .replace(/\ue002/g, "«")
    .replace(/\ue003/g, "»");
  return guillemetSpaces[editions[locale].desk](typeset);
}

/**
 * A quotation inside a quotation takes “ ”, not a second pair of guillemets: « … “ont été refusées”
 * … ». Only a pair closed inside a pair that closes too: a guillemet left open is left as written.
 */
function nestedQuotes(text: string): string {
  const nested = /(«[^«»]*)«[ \u00a0\u202f]*([^«»]*?)[ \u00a0\u202f]*»([^«»]*»)/;
  let result = text;
  for (let match = nested.exec(result); match; match = nested.exec(result))
    result = result.replace(nested, (_, before: string, inner: string, after: string) => `${before}“${inner}”${after}`);
  return result;
}

/** The space inside guillemets: a no-break space in French; English has none to set. */
const guillemetSpaces: Record<DeskLanguage, (text: string) => string> = {
  en: (text) => text,
  fr: (text) =>
    nestedQuotes(text)
      .replace(/«[ \u00a0\u202f]*/g, `«${frenchSpaces.guillemet}`)
      .replace(/[ \u00a0\u202f]*»/g, `${frenchSpaces.guillemet}»`),
};

/** Plain text in `locale`'s typography: a chart's label, a page's title. */
export function typesetText(text: string, locale: Locale): string {
  return execute(text, locale);
}

/**
 * What must reach Markdown as it is: code (a fenced block, which Framework runs in the reader's
 * browser, a code span, a `${…}` expression), every character reference but those that are
 * typography (an apostrophe, a quotation mark, a no-break space, a colon that ends a phrase), and
 * every link target.
 */
const setAside =
  /^```[^\n]*\n[\s\S]*?^```$|`[^`\n]+`|\$\{[^}]*\}|&(?!#39;|quot;|#34;|nbsp;|#160;|#58;(?=\s))[#a-zA-Z0-9]+;|\]\([^)\s]*\)/gm;

/** Markdown with HTML, as a page template prints it, in `locale`'s typography. */
export function typesetMarkdown(source: string, locale: Locale): string {
  const kept: string[] = [];
  const keep = (text: string) => `\ue000${kept.push(text) - 1}\ue001`;
  const passages = source.replace(
    /<(span|a|q|cite|em|i|p|li|td|th|blockquote)\b([^>]*\slang="([a-z]{2})"[^>]*)>([\s\S]*?)<\/\1>/g,
    (whole, tag: string, attributes: string, lang: string, inner: string) =>
      lang === locale || !(lang in typografLocales)
        ? whole
        : keep(`<${tag}${attributes}>${typesetMarkdown(inner, lang as Locale)}</${tag}>`),
  );
  // Typograf leaves a quotation mark written as a reference alone; in text (not inside a tag) it is one.
  const typeset = execute(
    passages.replace(setAside, keep).replace(/(<[^>]*>)|&quot;|&#34;/g, (reference, tag: string | undefined) => tag ?? '"'),
    locale,
  );
  const ordinals = superscriptOrdinals[editions[locale].desk];
  return inText(typeset, (text) => ordinals(italicTitles(text))).replace(/\ue000(\d+)\ue001/g, (_, index: string) => kept[Number(index)]);
}

/** A title's pattern: its apostrophe written either way, and "du Monde", "au Monde" after French contraction. */
const titlePatterns = publicationTitles.map((title) => {
  const words = title.replace(/'/g, "['’]").replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "[" || c === "]" ? c : `\\${c}`));
  const contracted = title.startsWith("Le ") ? `|(?<=\\b(?:du|au) )${words.slice(3)}` : "";
  return new RegExp(`(?<![\\p{L}*_])(?:${words}${contracted})(?![\\p{L}*_])`, "gu");
});

/**
 * `transform` applied to a page's text only: never inside a tag's attributes, in a script or style,
 * or where the text is already set apart (Markdown's `*…*`, `<i>`, `<em>`, `<sup>`).
 */
function inText(markdown: string, transform: (text: string) => string): string {
  let skipped = 0;
  return markdown
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)(i|em|sup|code|pre|svg|script|style)\b/i.exec(part);
      if (tag) skipped += tag[1] ? -1 : 1;
      if (part.startsWith("<") || skipped > 0) return part;
      return transform(part);
    })
    .join("");
}

/** The publications' titles in italics. */
function italicTitles(text: string): string {
  return titlePatterns.reduce((written, pattern) => written.replace(pattern, (title) => `<i>${title}</i>`), text);
}

/** Ordinals as each desk language sets them: French raises the ending (1<sup>er</sup>, 2<sup>e</sup>); English leaves "1st" on the line. */
const superscriptOrdinals: Record<DeskLanguage, (text: string) => string> = {
  en: (text) => text,
  fr: (text) => text.replace(/(?<![\p{L}\d.,/])(\d+)(er|re|e)(?![\p{L}\d])/gu, "$1<sup>$2</sup>"),
};
