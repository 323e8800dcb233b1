/*
 * The house style each edition is held to, as the copy desk would mark it: words and spellings
 * the report uses one way only, elision, no machine dates in prose, and the typography that must
 * reach the reader (src/components/i18n/typography.ts sets it; these say what must never be left).
 * The build reads every page as published against them (scripts/build/desk-rules.ts).
 */
import type { DeskLanguage } from "./editions.js";

export interface StyleRule {
  /** What the desk refuses, in text as readers get it. */
  refuse: RegExp;
  /** What to write instead. */
  write: string;
  /**
   * Where the rule holds: everywhere, only in running prose (tables may show raw values), or only in
   * sentences (paragraphs and list items, read whole; not headings, chart texts or tables).
   */
  in?: "prose" | "sentences";
  /** A word of the house style, not typography: a quotation keeps its source's words ("la Minusma", "casques bleus"). */
  term?: true;
}

/** Vowels a French article or preposition elides before (h is left to the reader: "le Hezbollah"). */
const vowel = "[AEIOUÀÂÉÈÊËÎÏÔÛÙaeiouàâéèêëîïôûù]";
/**
 * A count of one to nine set in figures inside a sentence: "avec 4 morts", "2 of the 8"; not a day,
 * an ordinal, a share, a range of days or the value after a label ("Chad: 6 rows").
 */
const smallCountInFigures = (months: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}\u202f\u00a0,.:/–\\-+−~≥>≤<#])(?<!:\\s)[1-9](?!\\p{N}|[,.\u202f\u00a0]\\p{N}|\\s?[%°]|\\p{L})(?=\\s+(?!(?:${months})(?!\\p{L})|(?:au|et|à|to|and)\\s+\\p{N})\\p{Ll})`,
    "u",
  );
/** A sentence that opens with a figure other than a date: "174 of them…", "9 déclarations…". */
const figureOpening = (months: string) =>
  new RegExp(`(?:^\\s*|[.!?]\\s+)\\p{N}[\\p{N}\u202f\u00a0,.]*\\s+(?!(?:${months})(?!\\p{L}))[\\p{L}(]`, "u");
/**
 * A place from first to ninth set in figures inside a sentence ("au 2e rang", "ranks 2nd"); not a
 * day ("le 1er avril", "du 1er au 11 mai", "on the 4th").
 */
const smallOrdinalInFigures = (suffixes: string, months: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\b(?:the|le)\\s)[1-9](?:${suffixes})(?!\\p{L})(?!\\s+(?:(?:${months})(?!\\p{L})|au\\s|et\\s))`, "u");
const frenchMonths =
  "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv\\.|févr\\.|avr\\.|juill\\.|sept\\.|oct\\.|nov\\.|déc\\.";
const englishMonths =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

/** Words before which French does not elide: numbers spoken as words, "oui", "ouest" as a point of the compass. */
const noElision = "(?!(?:onze|onzième|un|une|huit|huitième|oui|ouest)\\b)";

export const houseStyle: Record<DeskLanguage, StyleRule[]> = {
  en: [
    { refuse: /'/, write: "’ (a typographic apostrophe) or “ ” (quotation marks)" },
    { refuse: /"/, write: "“ ” (quotation marks)" },
    { refuse: /\b(1[89]\d\d|20\d\d)-(1[89]\d\d|20\d\d)\b/, write: "an en dash between the years of a range (2013–2023)" },
    { refuse: /(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/, write: "the date in words (30 June 2023)", in: "prose" },
    // Counts in sentences as the desks write them: one to nine in words, and no sentence opening on a figure.
    { refuse: smallCountInFigures(englishMonths), write: "one to nine in words in a sentence (two of the eight)", in: "sentences" },
    { refuse: figureOpening(englishMonths), write: "a sentence that does not open on a figure (Of them, 174…)", in: "sentences" },
    {
      refuse: smallOrdinalInFigures("st|nd|rd|th", englishMonths),
      write: "first to ninth in words in a sentence (ranks second)",
      in: "sentences",
    },
  ],
  fr: [
    { refuse: /'/, write: "’ (l’apostrophe typographique)" },
    // “ ” only for a quotation inside a quotation, within « ».
    { refuse: /"|(?<!«[^»]*)“/, write: "« » (les guillemets français, avec leurs espaces insécables)" },
    { refuse: /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/, write: "une espace insécable à l’intérieur des guillemets" },
    { refuse: /(?<![\u202f\s])[;!?](?=\s|$)|[ \u00a0][;!?](?=\s|$)/, write: "une espace fine insécable avant ; ! ?" },
    { refuse: /(?<![\u00a0\u202f\s]):(?=\s|$)|(?<=\S) :(?=\s|$)/, write: "une espace insécable avant le deux-points" },
    { refuse: /\b(1[89]\d\d|20\d\d)-(1[89]\d\d|20\d\d)\b/, write: "un tiret demi-cadratin entre les années d’une période (2013–2023)" },
    { refuse: /(?<![\w-])\d{4}-\d{2}(?:-\d{2})?(?![\w-])/, write: "la date en toutes lettres (30 juin 2023)", in: "prose" },
    {
      refuse: new RegExp(`(?<![\\p{L}’])(?:[Ll][ea]|[Dd]e|[Qq]ue|[Nn]e|[Jj]usque|[Ll]orsque|[Pp]uisque) ${noElision}${vowel}\\p{L}*`, "u"),
      write: "l’élision (d’Ogossagou, l’ONUC, qu’elle)",
    },
    { refuse: /\bMinusma\b/, write: "MINUSMA (le sigle officiel, en capitales)", term: true },
    { refuse: /\bMisma\b/, write: "MISMA (le sigle, en capitales)", term: true },
    { refuse: /\bNations Unies\b/, write: "Nations unies", term: true },
    { refuse: /\b(?:casques bleus|Casques Bleus|casques Bleus)\b/, write: "Casques bleus", term: true },
    { refuse: /\btables?\b/, write: "tableau, tableaux (une table est un meuble)", term: true },
    // "Peace operations" is the UN department's name (département des opérations de paix); the
    // operations the file counts are peacekeeping ones.
    {
      refuse: /(?<!département des |Département des )\bopérations de paix\b/,
      write: "opérations de maintien de la paix (« opérations de paix » n’est que le nom du département)",
      term: true,
    },
    {
      refuse: /Mission multidimensionnelle intégrée pour/,
      write: "Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (le nom officiel, entier)",
      term: true,
    },
    // A military operation's name between guillemets, as the desk sets it: l’opération « Barkhane ».
    {
      refuse: /(?<![«“][\u00a0\u202f ]?)\b(?:Serval|Barkhane)\b/,
      write: "le nom de l’opération entre guillemets (« Barkhane »)",
      term: true,
    },
    // "1 d’entre elles", "plus de 1 mort": a pronoun or "plusieurs", which a count of one is not.
    { refuse: /(?<![\d\u202f,])\b1 d’entre (?:eux|elles)\b/, write: "l’un d’eux, l’une d’elles", term: true },
    { refuse: /\bplus de 1 (?=\p{L})/u, write: "plusieurs (plus de 1 mort : plusieurs morts)", term: true },
    // A span from a day to a month: "du 17 décembre 1999 jusqu’en février 2001", not "… à février 2001".
    {
      refuse:
        /\bdu (?:1er|\d{1,2}) \p{L}+(?: \d{4})? à (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/u,
      write: "du … jusqu’en … (du 17 décembre 1999 jusqu’en février 2001)",
    },
    // A death is due to its cause: "dû à un acte malveillant", not "par un acte malveillant".
    {
      refuse: /(?:\baucun|\bdont [\d\u202f]+|\btous|,) par (?:un |des )?actes? malveillants?\b/,
      write: "dû à un acte malveillant, dus à des actes malveillants",
    },
    // "X is read as Y", word for word, is a calque: "par « X », on entend Y", "« X » s’entend de Y".
    { refuse: /»\s+est\s+(?:compris|lu)\s+comme\b/, write: "par « X », on entend … ; « X » s’entend de …" },
    // "X has been an operation since …", word for word, is a calque: the operation is deployed, in place or open since.
    {
      refuse: /\best\s+une?\s+(?:opération|mission|bureau)\b(?:(?!\b(?:déployée?|en place|ouverte?)\b)[^.;])*?\bdepuis\b/,
      write: "est une opération déployée depuis …, une mission en place depuis …, un bureau ouvert depuis …",
    },
    // Counts in sentences as the desk writes them: one to nine in words ("deux des huit"), and no sentence opening on a figure.
    { refuse: smallCountInFigures(frenchMonths), write: "un à neuf en toutes lettres dans une phrase (deux des huit)", in: "sentences" },
    { refuse: figureOpening(frenchMonths), write: "une phrase qui ne commence pas par un chiffre (Parmi eux, 174…)", in: "sentences" },
    {
      refuse: smallOrdinalInFigures("er|re|e", frenchMonths),
      write: "premier à neuvième en toutes lettres dans une phrase (au deuxième rang)",
      in: "sentences",
    },
    // Soldiers beside police are the UN's military component: one word for it on every page.
    { refuse: /\bsoldats\b(?=[^.]*\bpoliciers\b)/, write: "militaires (à côté des policiers, comme l’ONU les compte)", term: true },
  ],
};

/**
 * The newspapers, agencies' papers and journals the report cites, set in italics wherever a page
 * names them ("les chiffres du *Monde*", "*Le Monde*, édition anglaise"): the desk's rule for a
 * publication's title, in every edition.
 */
export const publicationTitles = [
  "Le Monde",
  "20 minutes",
  "Le Média Afrique",
  "Le Nouvelliste",
  "L'Avenir",
  "Le Radar",
  "Le Combat",
  "L'Expression",
  "Afrique Renouveau",
  "Journal of Peace Research",
  "Proto Thema",
  // News sites and aggregators, named as the press is named.
  "PressAfrik",
  "Maliactu",
  "Maliweb",
  "Libre Info",
  "Agence Afrique",
  "AllAfrica",
  "aBamako",
  "SpaceWar",
  "Zawya",
  "defenceWeb",
  "Boursier.com",
] as const;
