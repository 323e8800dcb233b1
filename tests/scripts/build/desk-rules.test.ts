import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  describeFaults,
  pageTexts,
  speller,
  spellingFaults,
  styleFaults,
  wordCheck,
  wordsOf,
  type WordCheck,
} from "../../../scripts/build/desk-rules.js";

const nbsp = "\u00a0";
const thin = "\u202f";
const page = (body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><title>${lang === "fr" ? "Une page" : "A page"}</title></head><body><main>${body}</main></body></html>`;
const faultsOf = (path: string, body: string) =>
  styleFaults(pageTexts(new Map([[path, page(body, path.startsWith("/fr") ? "fr" : "en")]])));

describe("[desk: typography] what typesetting must leave on no page", () => {
  it("stops a French sentence without its spaces, its apostrophe or its guillemets", () => {
    const faults = faultsOf("/fr/index", `<p>Le bilan: 311 morts; c'est "le plus".</p>`);
    expect(faults.map((fault) => fault.what)).toEqual([
      `"'": write ’ (l’apostrophe typographique)`,
      `""": write « » (les guillemets français, avec leurs espaces insécables)`,
      `";": write une espace fine insécable avant ; ! ?`,
      `":": write une espace insécable avant le deux-points`,
    ]);
  });

  it("passes the same sentence typeset, and “ ” for a quotation inside a quotation only", () => {
    expect(faultsOf("/fr/index", `<p>Le bilan${nbsp}: 311 morts${thin}; c’est «${nbsp}le plus “meurtrier”${nbsp}».</p>`)).toEqual([]);
    expect(faultsOf("/fr/index", `<p>C’est “le plus”.</p>`).map((fault) => fault.what)).toEqual([
      `"“": write « » (les guillemets français, avec leurs espaces insécables)`,
    ]);
  });

  it("stops straight quotes and a hyphen between years in English, and an ISO date in prose but not in a table", () => {
    const faults = faultsOf("/index", `<p>The "toll" of 2013-2023, on 2023-06-30.</p><table><tr><td>2023-06-30</td></tr></table>`);
    expect(faults.map((fault) => fault.what)).toEqual([
      `""": write “ ” (quotation marks)`,
      `"2013-2023": write an en dash between the years of a range (2013–2023)`,
      `"2023-06-30": write the date in words (30 June 2023)`,
    ]);
  });
});

describe("[desk: terms] the house style's words", () => {
  it("stops a data table called a table, a missing elision and the acronym written as a word", () => {
    const faults = faultsOf("/fr/index", `<p>La table des sites${nbsp}: la Minusma quitte son camp de Ansongo.</p>`);
    expect(faults.map((fault) => fault.what)).toEqual([
      `"de Ansongo": write l’élision (d’Ogossagou, l’ONUC, qu’elle)`,
      `"Minusma": write MINUSMA (le sigle officiel, en capitales)`,
      `"table": write tableau, tableaux (une table est un meuble)`,
    ]);
  });

  it("stops the mission's official name cut short, and a count of one where French wants a pronoun", () => {
    const faults = faultsOf(
      "/fr/missions/unef",
      `<p>Le personnel de la Mission multidimensionnelle intégrée pour la stabilisation au Mali. La nationalité de 1 d’entre elles n’est pas connue. Aucune nationalité ne compte plus de 1 mort, ni plus de 1${"\u202f"}000.</p>`,
    );
    expect(faults.map((fault) => fault.what)).toEqual([
      `"Mission multidimensionnelle intégrée pour": write Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (le nom officiel, entier)`,
      `"1 d’entre elles": write l’un d’eux, l’une d’elles`,
      `"plus de 1": write plusieurs (plus de 1 mort : plusieurs morts)`,
      // The figure is also a count of one set in figures in a sentence.
      `"1": write un à neuf en toutes lettres dans une phrase (deux des huit)`,
    ]);
  });

  it("stops a military operation's name set without guillemets, and passes it set with them", () => {
    expect(faultsOf("/fr/index", `<p>La France retire l’opération Barkhane du Mali.</p>`).map((fault) => fault.what)).toEqual([
      `"Barkhane": write le nom de l’opération entre guillemets (« Barkhane »)`,
    ]);
    expect(faultsOf("/fr/index", `<p>La France retire l’opération «${nbsp}Barkhane${nbsp}» du Mali.</p>`)).toEqual([]);
  });

  it("stops a span from a day to a month with 'à', a death 'par' its cause, and soldiers beside police", () => {
    const faults = faultsOf(
      "/fr/missions/micah",
      `<p>La mission a duré du 17 décembre 1999 à février 2001. 1 décès enregistré en 2000, par un acte malveillant. Les plafonds étaient de 13${"\u202f"}289 soldats et 1${"\u202f"}920 policiers.</p>`,
    );
    expect(faults.map((fault) => fault.what)).toEqual([
      `"du 17 décembre 1999 à février": write du … jusqu’en … (du 17 décembre 1999 jusqu’en février 2001)`,
      `", par un acte malveillant": write dû à un acte malveillant, dus à des actes malveillants`,
      `"soldats": write militaires (à côté des policiers, comme l’ONU les compte)`,
      // "1 décès" opens its sentence on a count of one in figures: two faults of counting as well.
      `"1": write un à neuf en toutes lettres dans une phrase (deux des huit)`,
      `". 1 d": write une phrase qui ne commence pas par un chiffre (Parmi eux, 174…)`,
    ]);
    expect(
      faultsOf(
        "/fr/missions/micah",
        `<p>Du 17 décembre 1999 jusqu’en février 2001, un décès, dû à un acte malveillant. Le plafond était de 13 militaires et deux policiers.</p>`,
      ),
    ).toEqual([]);
  });

  it("stops 'X est compris comme Y', a calque of 'X is read as Y'", () => {
    expect(
      faultsOf("/fr/claims", `<p>«${nbsp}Soldats${nbsp}» est compris comme le personnel militaire.</p>`).map((fault) => fault.what),
    ).toEqual([`"» est compris comme": write par « X », on entend … ; « X » s’entend de …`]);
    expect(faultsOf("/fr/claims", `<p>Par «${nbsp}soldats${nbsp}», on entend le personnel militaire.</p>`)).toEqual([]);
  });

  it("stops 'opérations de paix' for peacekeeping, and leaves the department its own name", () => {
    expect(faultsOf("/fr/index", `<p>Nations unies, décès de membres des opérations de paix.</p>`)).toHaveLength(1);
    expect(faultsOf("/fr/index", `<p>Nations unies, décès de membres des opérations de maintien de la paix.</p>`)).toEqual([]);
    expect(faultsOf("/fr/index", `<p>Nations unies, département des opérations de paix.</p>`)).toEqual([]);
  });

  it("stops 'est une opération … depuis', a calque of 'has been an operation since'", () => {
    expect(faultsOf("/fr/missions/fixm", `<p>La FIXM est une opération de maintien de la paix depuis le 31 mai 1974.</p>`)).toHaveLength(1);
    expect(
      faultsOf("/fr/missions/fixm", `<p>La FIXM est une opération de maintien de la paix déployée depuis le 31 mai 1974.</p>`),
    ).toEqual([]);
    expect(
      faultsOf(
        "/fr/missions/fixm",
        `<p>Le FIXB est un bureau ouvert depuis 2000${"\u202f"}; la FIXP est une mission politique en place depuis 2001.</p>`,
      ),
    ).toEqual([]);
  });

  it("wants one to nine in words in a sentence, and no sentence opening on a figure, in both editions", () => {
    const what = (path: string, body: string) => faultsOf(path, body).map((fault) => fault.what);
    expect(what("/fr/missions/fixm", `<p>Les victimes venaient de 2 pays.</p>`)).toEqual([
      `"2": write un à neuf en toutes lettres dans une phrase (deux des huit)`,
    ]);
    expect(what("/fr/missions/fixm", `<p>Les victimes venaient de deux pays.</p>`)).toEqual([]);
    // A bold figure is read with the words around it.
    expect(what("/fr/missions/fixm", `<p>Le fichier compte 59 morts. <strong>174</strong> (56${thin}%) ont été tués.</p>`)).toHaveLength(1);
    expect(what("/fr/missions/fixm", `<p>Parmi eux, <strong>174</strong> (56${thin}%) ont été tués.</p>`)).toEqual([]);
    // Days, ranges of days, shares, ordinals and the value after a label keep their figures.
    expect(
      what(
        "/fr/claims",
        `<p>Le 6 mai, puis du 6 au 29 mai 2023, soit 4${thin}% de plus, au 12<sup>e</sup> rang${thin}; TUR${nbsp}: 6 lignes.</p>`,
      ),
    ).toEqual([]);
    expect(what("/claims", `<p>Up to 2018, 2 of the 8 statements agree.</p>`)).toEqual([
      `"2": write one to nine in words in a sentence (two of the eight)`,
    ]);
    expect(what("/claims", `<p>9 statements are set here, on 3 August 2023.</p>`)).toHaveLength(2);
    // A place from first to ninth is a word too; a day keeps its figure.
    expect(what("/fr/index", `<p>Elle se classe au 2<sup>e</sup> rang, au 19<sup>e</sup> toutes causes.</p>`)).toEqual([
      `"2e": write premier à neuvième en toutes lettres dans une phrase (au deuxième rang)`,
    ]);
    expect(what("/fr/index", `<p>Elle se classe au deuxième rang, du 1<sup>er</sup> au 11 mai et le 1<sup>er</sup> avril.</p>`)).toEqual(
      [],
    );
    expect(what("/index", `<p>It ranks 2nd, and 19th for all causes.</p>`)).toEqual([
      `"2nd": write first to ninth in words in a sentence (ranks second)`,
    ]);
    expect(what("/index", `<p>The last peacekeepers left on the 4th.</p>`)).toEqual([]);
    // Chart texts and table cells are telegraphic: their figures stay.
    expect(what("/claims", `<table><tr><td>2 of 8</td></tr></table><h3>6 deaths, 2013</h3>`)).toEqual([]);
  });

  it("leaves a quotation its source's words, and a number spoken as a word its article", () => {
    expect(faultsOf("/fr/claims", `<p>Reuters écrit «${nbsp}les casques bleus de la Minusma${nbsp}», le onze juin.</p>`)).toEqual([]);
  });

  it("leaves the names and values of the files alone, in code", () => {
    expect(faultsOf("/fr/methodology", `<p>Le tableau <code>events</code> a une colonne <code>2023-06</code>.</p>`)).toEqual([]);
    // The words on either side of a code name are not read as one phrase: "le a" here is no missing elision.
    expect(faultsOf("/fr/methodology", `<p>Une ligne dont le <code>casualty_id</code> a déjà été vu.</p>`)).toEqual([]);
  });
});

describe("[desk: spelling] every word known to its passage's language", () => {
  const known: WordCheck = (locale, word) =>
    ({ en: ["a", "page", "the", "toll", "count", "was", "counted"], fr: ["une", "page", "le", "bilan", "du", "fichier", "est"] })[
      locale
    ].includes(word.toLowerCase());
  const texts = pageTexts(
    new Map([
      ["/index", page("<p>The toll was countted.</p>")],
      ["/fr/index", page(`<p>Le bilan est counted du fichier <span lang="en">the count</span> <code>deployments</code> ONUFIX.</p>`, "fr")],
    ]),
  );

  it("names an unknown word, and English left unmarked on a French page, but not English marked as such, code or a name of the data", () => {
    const faults = spellingFaults(texts, known, new Set(["ONUFIX"]));
    expect(faults.map((fault) => `${fault.page}: ${fault.what}`)).toEqual([
      `/index: "countted" is unknown in English (its dictionary and the report's word list)`,
      `/fr/index: "counted" is English, not marked as such on a French page`,
    ]);
  });

  it("says each fault once, with the pages it is on and the text around it", () => {
    const faults = [
      { what: `"countted" is wrong`, page: "/a", unit: "paragraph", excerpt: "…was countted…" },
      { what: `"countted" is wrong`, page: "/b", unit: "paragraph", excerpt: "…was countted…" },
    ];
    expect(describeFaults(faults)).toEqual([`"countted" is wrong, on /a, /b (paragraph: "…was countted…")`]);
  });

  it("reads words as a reader does: elided, hyphenated, possessive, not glued to digits or in a symbol", () => {
    expect(wordsOf("l’ONU, c’est-à-dire MINUSMA’s 1er S/RES/2690 news.un.org")).toEqual(["l’ONU", "c’est-à-dire", "MINUSMA’s"]);
  });

  it("knows English and French words from the dictionaries and the report's word lists", async () => {
    const english = await speller("en");
    expect(english.correct("authorizations")).toBe(true);
    expect(english.correct("recieved")).toBe(false);
    // From the report's own list: a name no dictionary has.
    expect(english.correct("Barkhane")).toBe(true);
  });

  const cacheDir = mkdtempSync(join(tmpdir(), "desk-"));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it("answers from the French dictionary once, then from its cache", async () => {
    const french = pageTexts(new Map([["/fr/index", page("<p>Les effectifs de la mission ont décru.</p>", "fr")]]));
    const first = await wordCheck(french, new Set(), cacheDir);
    expect(first("fr", "effectifs")).toBe(true);
    expect(first("fr", "décru")).toBe(true);
    const [kept] = readdirSync(cacheDir);
    expect(JSON.parse(readFileSync(join(cacheDir, kept), "utf-8")).answers).toMatchObject({ "fr:effectifs": true, "fr:décru": true });
    const again = await wordCheck(french, new Set(), cacheDir);
    expect(again("fr", "effectifs")).toBe(true);
  }, 60_000);
});
