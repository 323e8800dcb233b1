/*
 * The copy desk's rules, run by the build on every page as readers get it: the house style and
 * typography of each edition (src/components/i18n/house-style.ts) and spelling, with a Hunspell
 * checker (nspell) and each edition's dictionary, plus the report's own word list for names and
 * acronyms (src/components/i18n/words/<locale>.txt). Each passage is read in the language it is
 * marked in, so an English note on a French page is held to English; a word French does not know
 * and English does, outside such a passage, is English left unmarked.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import nspell from "nspell";
import { editions, locales, type DeskLanguage, type Locale } from "../../src/components/i18n/editions.js";
import { houseStyle } from "../../src/components/i18n/house-style.js";
import { curatedLanguage } from "../../src/components/i18n/curated-text.js";
import { readCsv } from "../../data-loaders/csv.js";
import { loadMissionNamesFr } from "../../data-loaders/mission-names-fr.js";
import { textUnits, type TextUnit } from "./edition-numbers.js";
import { filesUnder } from "../files.js";
import { editionOf } from "../../src/components/i18n/editions.js";

/** Kinds of text unit that are running prose; table cells and chart labels may print raw values. */
const proseKinds = new Set(["title", "heading", "paragraph", "list item", "summary", "quotation", "footer", "figure caption"]);
/** Kinds of text unit written in sentences, read whole: headings, chart texts and tables are telegraphic. */
const sentenceKinds = new Set(["paragraph", "list item"]);

/** What one page gives the desk: its units, read once. */
export interface PageText {
  path: string;
  locale: Locale;
  units: TextUnit[];
}

export function pageTexts(pages: ReadonlyMap<string, string>): PageText[] {
  return [...pages].map(([path, html]) => {
    const locale = editionOf(path);
    const units = textUnits(html, locale, { all: true }).map((unit) => ({ ...unit, parts: passages(unit.parts) }));
    return { path, locale, units };
  });
}

/**
 * A unit's text as passages, one per run of the same language: the DOM splits text at elements and
 * references. Names and values of the files (in code) are no language's prose, and a source's
 * title is its publisher's words, not the report's: they stand as a mark that is no word, which
 * keeps the words on either side apart ("le `casualty_id` a" is not "le a").
 */
function passages(parts: TextUnit["parts"]): TextUnit["parts"] {
  const joined: TextUnit["parts"] = [];
  for (const part of parts) {
    const text = part.code || part.citation ? " \u25e6 " : part.text;
    const last = joined.at(-1);
    if (last?.lang === part.lang) last.text += text;
    else joined.push({ text, lang: part.lang });
  }
  // Addresses are not prose: "https://…" keeps its colon, its slashes and its words.
  const withoutAddresses = (text: string) => text.replace(/\b(?:https?:\/\/|www\.)\S+/g, (address) => " ".repeat(address.length));
  return joined.map((part) => ({ ...part, text: withoutAddresses(part.text.replace(/[ \t\r\n]+/g, " ")) }));
}

const excerptAround = (text: string, index: number, length: number) =>
  `…${text.slice(Math.max(0, index - 30), index + length + 30)}…`.replace(/[\u00a0\u202f]/g, (space) => (space === "\u00a0" ? "⍽" : "ˬ"));

/** A quotation, in either edition's marks: its words are its source's. */
const quotations = /«[^»]*»|“[^”]*”/g;

/** A place a page breaks a desk rule: what is wrong (the same words wherever it recurs), where, and the text around it. */
export interface DeskFault {
  what: string;
  page: string;
  unit: string;
  excerpt: string;
}

/** A part of a unit as a rule reads it: a text node, or (`whole`) the unit's sentences in one language. */
type ReadPart = TextUnit["parts"][number] & { whole?: true };

/**
 * A unit in sentences, read whole once per language it holds (its bold figure and the words around
 * it together), with what is in another language or in code blanked out.
 */
function sentencesOf(unit: TextUnit): ReadPart[] {
  if (!sentenceKinds.has(unit.kind)) return [];
  return [...new Set(unit.parts.map((part) => part.lang))].map((lang) => ({
    lang,
    whole: true as const,
    text: unit.parts.map((part) => (part.lang === lang && !part.code ? part.text : " ".repeat(part.text.length))).join(""),
  }));
}

/** Each place a page breaks its edition's house style. */
export function styleFaults(texts: readonly PageText[]): DeskFault[] {
  const faults: DeskFault[] = [];
  for (const { path, units } of texts)
    for (const unit of units)
      for (const part of [...unit.parts, ...sentencesOf(unit)] as ReadPart[]) {
        for (const rule of houseStyle[editions[part.lang].desk]) {
          if ((rule.in === "sentences") !== (part.whole === true)) continue;
          if (rule.in === "prose" && !proseKinds.has(unit.kind)) continue;
          const text = rule.term ? part.text.replace(quotations, (quoted) => " ".repeat(quoted.length)) : part.text;
          const match = rule.refuse.exec(text);
          if (match)
            faults.push({
              what: `"${match[0].trim() || match[0]}": write ${rule.write}`,
              page: path,
              unit: unit.kind,
              excerpt: excerptAround(text, match.index, match[0].length),
            });
        }
      }
  return faults;
}

/**
 * Letters, with the apostrophes and hyphens inside a word: "aujourd’hui", "c’est-à-dire",
 * "d’Ivoire". Not a word: letters glued to digits ("1er", "2nd", "v2.3") or to the slashes and
 * dots of a document symbol or an address ("S/RES/2690", "news.un.org").
 */
const wordPattern = /(?<![\p{L}\p{N}/.@_-])\p{L}[\p{L}\p{M}]*(?:[’'-]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{N}/@_-]|\.\p{L})/gu;

/** The words of a text, as the spelling reads them. */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(wordPattern)].map(([word]) => word);
}

/**
 * Names that come with the data, as the published tables give them: the UN file's missions and
 * nationalities, the missions' names and headquarters, the places and countries of the deployment
 * maps, the sites and contributing countries. Names, not words to spell; the curated tables'
 * notes and sentences are not among them.
 */
const nameColumns: Record<string, readonly string[]> = {
  casualties: ["mission", "nationality"],
  mission_reference: ["acronym", "name", "headquarters", "area"],
  deployments: ["country", "location"],
  deployment_contributors: ["country", "location"],
  sites: ["site", "site_fr", "geo_pko_location"],
  contingents: ["country"],
};

/** The words of the names the published tables hold (`tables`: each table's CSV text by its name). */
export function dataVocabulary(tables: ReadonlyMap<string, string>): Set<string> {
  const words = new Set<string>();
  for (const [table, columns] of Object.entries(nameColumns)) {
    const csv = tables.get(table);
    if (csv === undefined) throw new Error(`the spelling check needs the published table ${table}.csv for its names`);
    const { records } = readCsv(csv, { source: "published tables", file: `${table}.csv`, requiredColumns: columns });
    for (const { values } of records) for (const column of columns) for (const word of wordsOf(values[column] ?? "")) words.add(word);
  }
  return words;
}
/** French elided forms before a word: "l’", "d’", "qu’"… */
const elided = /^(?:[ldnmtsjc]|qu|jusqu|lorsqu|puisqu)’/i;

export interface Speller {
  correct(word: string): boolean;
}

const dictionaryLoaders: Record<DeskLanguage, () => Promise<{ aff: Uint8Array; dic: Uint8Array }>> = {
  en: async () => (await import("dictionary-en")).default,
  fr: async () => (await import("dictionary-fr")).default,
};

const wordListPath = (locale: Locale) =>
  join(import.meta.dirname, "..", "..", "src", "components", "i18n", "words", `${editions[locale].desk}.txt`);

/** The report's own words for an edition: names and acronyms no dictionary has, one per line. */
export function projectWords(locale: Locale): string[] {
  return readFileSync(wordListPath(locale), "utf-8")
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

/** A Hunspell checker for an edition, with its dictionary and the report's word list. */
export async function speller(locale: Locale): Promise<Speller> {
  const { aff, dic } = await dictionaryLoaders[editions[locale].desk]();
  const checker = nspell({ aff: Buffer.from(aff), dic: Buffer.from(dic) });
  for (const word of projectWords(locale)) checker.add(word);
  return checker;
}

/** Whether `speller` knows `word`, as a whole, as its parts around hyphens, or past an elided article or a possessive. */
export function knownTo(speller: Speller, word: string): boolean {
  const typeset = word.replace(/'/g, "’");
  if (speller.correct(typeset) || speller.correct(typeset.replace(/’/g, "'"))) return true;
  // An English possessive: "MINUSMA’s", "Le Monde’s".
  if (/’s$/.test(typeset)) return knownTo(speller, typeset.slice(0, -2));
  const rest = typeset.replace(elided, "");
  if (rest !== typeset) return knownTo(speller, rest);
  const pieces = typeset.split("-");
  return pieces.length > 1 && pieces.every((piece) => knownTo(speller, piece));
}

/** Whether a word is known in a language: what the spelling check asks, answered once per word. */
export type WordCheck = (locale: Locale, word: string) => boolean;

/**
 * The answers for every word of `texts`, from a cache of earlier answers where it has them: a
 * dictionary takes seconds to load (French, about 6 s), and most builds print no word the last
 * one did not. The cache is keyed by the dictionaries' versions and the word lists, so a change
 * to either asks again. A French or other word no dictionary knows is also asked of English, to
 * tell English left unmarked from a misspelling.
 */
export async function wordCheck(texts: readonly PageText[], vocabulary: ReadonlySet<string>, cacheDir?: string): Promise<WordCheck> {
  const key = createHash("sha256")
    .update(
      JSON.stringify(
        locales.map((locale) => [locale, dictionaryVersions[editions[locale].desk](), readFileSync(wordListPath(locale), "utf-8")]),
      ),
    )
    .digest("hex");
  // One file per key: builds with other word lists (a test's copy) keep their own answers.
  const cacheFile = cacheDir && join(cacheDir, `${key.slice(0, 16)}.json`);
  let cached: Record<string, boolean> = {};
  if (cacheFile && existsSync(cacheFile))
    cached = (JSON.parse(readFileSync(cacheFile, "utf-8")) as { answers: Record<string, boolean> }).answers;
  const loaded = new Map<Locale, Speller>();
  const answers = new Map(Object.entries(cached));
  const ask = async (locale: Locale, word: string) => {
    const id = `${locale}:${word}`;
    if (!answers.has(id)) {
      if (!loaded.has(locale)) loaded.set(locale, await speller(locale));
      answers.set(id, knownTo(loaded.get(locale)!, word));
    }
    return answers.get(id)!;
  };
  for (const { units } of texts)
    for (const unit of units)
      for (const part of unit.parts)
        for (const word of wordsOf(part.text)) {
          if (vocabularyHas(vocabulary, word)) continue;
          if (!(await ask(part.lang, word)) && part.lang !== curatedLanguage) await ask(curatedLanguage, word);
        }
  if (cacheFile && loaded.size) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written whole, then moved in place: a build reading the cache never sees half of it.
    const incoming = `${cacheFile}.${process.pid}`;
    writeFileSync(incoming, JSON.stringify({ key, answers: Object.fromEntries(answers) }));
    renameSync(incoming, cacheFile);
  }
  return (locale, word) => answers.get(`${locale}:${word}`) ?? false;
}

const dictionaryVersions: Record<DeskLanguage, () => string> = {
  en: () => packageVersion("dictionary-en"),
  fr: () => packageVersion("dictionary-fr"),
};

function packageVersion(name: string): string {
  const file = join(import.meta.dirname, "..", "..", "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf-8")) as { version: string }).version;
}

/** A name of the data, as written or with an elided article or a possessive: "l’ONUC", "MINUSMA’s". */
function vocabularyHas(vocabulary: ReadonlySet<string>, word: string): boolean {
  const typeset = word.replace(/'/g, "’");
  return vocabulary.has(typeset) || vocabulary.has(typeset.replace(/’s$/, "")) || vocabulary.has(typeset.replace(elided, ""));
}

/**
 * Each word of a page its passage's language does not know, as "page, unit: word (…context…)";
 * a word of a French passage that English knows is named as English left unmarked. `vocabulary`
 * holds the names that come with the data (dataVocabulary).
 */
export function spellingFaults(texts: readonly PageText[], isKnown: WordCheck, vocabulary: ReadonlySet<string> = new Set()): DeskFault[] {
  const faults: DeskFault[] = [];
  const seen = new Set<string>();
  for (const { path, locale, units } of texts)
    for (const unit of units)
      for (const part of unit.parts)
        for (const match of part.text.matchAll(wordPattern)) {
          const word = match[0];
          const key = `${path}\u0000${part.lang}\u0000${word}`;
          if (seen.has(key) || vocabularyHas(vocabulary, word) || isKnown(part.lang, word)) continue;
          seen.add(key);
          const english = part.lang !== curatedLanguage && isKnown(curatedLanguage, word);
          faults.push({
            what: english
              ? `"${word}" is English, not marked as such on a ${editions[locale].language} page`
              : `"${word}" is unknown in ${editions[part.lang].language} (its dictionary and the report's word list)`,
            page: path,
            unit: unit.kind,
            excerpt: excerptAround(part.text, match.index, word.length),
          });
        }
  return faults;
}

/** Where the answers of earlier spelling checks are kept between builds, a file per dictionaries and word lists. */
export const spellingCache = process.env.SPELLING_CACHE ?? join(import.meta.dirname, "..", "..", ".cache", "spelling");

/**
 * Every place the published pages break the desk's rules, style first: `pages` by Framework's
 * path with their HTML, `site` the folder whose published tables give the data's names.
 */
export async function deskFaults(pages: ReadonlyMap<string, string>, site: string, cacheDir = spellingCache): Promise<DeskFault[]> {
  const texts = pageTexts(pages);
  const tables = new Map(
    filesUnder(site)
      .filter((file) => /^_file\/data\/tables\/[^/]+\.csv$/.test(file))
      .map((file) => [basename(file).split(".")[0], readFileSync(join(site, file), "utf-8")] as const),
  );
  const vocabulary = dataVocabulary(tables);
  // The French names of the missions are names too, from their own curated table.
  for (const row of loadMissionNamesFr()) for (const word of wordsOf(`${row.acronym_fr} ${row.name_fr}`)) vocabulary.add(word);
  return [...styleFaults(texts), ...spellingFaults(texts, await wordCheck(texts, vocabulary, cacheDir), vocabulary)];
}

/** The faults as the analyst reads them: one line per fault, however many pages repeat it, with where and the text around it. */
export function describeFaults(faults: readonly DeskFault[]): string[] {
  const byWhat = new Map<string, DeskFault[]>();
  for (const fault of faults) byWhat.set(fault.what, [...(byWhat.get(fault.what) ?? []), fault]);
  return [...byWhat].map(([what, found]) => {
    const pages = [...new Set(found.map((fault) => fault.page))];
    const where = pages.length > 3 ? `${pages.slice(0, 3).join(", ")} and ${pages.length - 3} more pages` : pages.join(", ");
    return `${what}, on ${where} (${found[0].unit}: "${found[0].excerpt}")`;
  });
}
