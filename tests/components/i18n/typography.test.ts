import { describe, expect, it } from "vitest";
import { typesetMarkdown, typesetText } from "../../../src/components/i18n/typography.js";

const nbsp = "\u00a0";
const thin = "\u202f";

describe("French typography", () => {
  it("sets the spaces before high punctuation and inside guillemets, the apostrophe and the quotes", () => {
    expect(typesetText(`Les chiffres: 2013: 6; 2014: 39! "Le bilan" de l'ONU`, "fr")).toBe(
      `Les chiffres${nbsp}: 2013${nbsp}: 6${thin}; 2014${nbsp}: 39${thin}! «${nbsp}Le bilan${nbsp}» de l’ONU`,
    );
  });

  it("keeps the writer's guillemets the way round they were written, whatever quotes come before", () => {
    expect(typesetText(`un "a, puis un chiffre («${nbsp}note l’ONU${nbsp}»), le`, "fr")).toBe(
      `un «${nbsp}a, puis un chiffre («${nbsp}note l’ONU${nbsp}»), le`,
    );
  });

  it("sets a quotation inside a quotation with “ ”, even where the writer used guillemets for both", () => {
    expect(typesetText(`«${nbsp}quatre demandes «${nbsp}ont été refusées${nbsp}» depuis janvier${nbsp}»`, "fr")).toBe(
      `«${nbsp}quatre demandes “ont été refusées” depuis janvier${nbsp}»`,
    );
    expect(typesetText(`"quatre demandes "ont été refusées" depuis janvier"`, "fr")).toBe(
      `«${nbsp}quatre demandes “ont été refusées” depuis janvier${nbsp}»`,
    );
  });

  it("raises the ending of an ordinal in the page's text, not in an attribute or code", () => {
    expect(typesetMarkdown(`au 1er rang, le 2e coup d’État, le 1er avril <img alt="le 2e"> <code>2e</code>`, "fr")).toBe(
      `au 1<sup>er</sup> rang, le 2<sup>e</sup> coup d’État, le 1<sup>er</sup> avril <img alt="le 2e"> <code>2e</code>`,
    );
    expect(typesetMarkdown("ranks 1st and 2nd", "en")).toBe("ranks 1st and 2nd");
  });

  it("keeps an hour, an address and a reference whole", () => {
    expect(typesetText("à 12:30, sur https://example.org/a?b=1", "fr")).toBe("à 12:30, sur https://example.org/a?b=1");
    expect(typesetMarkdown("Tom &amp; Jerry; la suite", "fr")).toBe(`Tom &amp; Jerry${thin}; la suite`);
  });

  it("sets a range of years with an en dash, never a date, and a negative figure with the minus sign", () => {
    expect(typesetText("de 2013-2023, le 2023-06-30", "fr")).toBe("de 2013–2023, le 2023-06-30");
    expect(typesetText("(-183, -97,9 %)", "fr")).toBe("(\u2212183, \u221297,9\u202f%)");
  });

  it("sets a hyphen between spaces as a dash, and leaves a compound, a flag and a list marker alone", () => {
    expect(typesetText("Liban - FINUL - Mandat ; MIPONUH -- Profil", "fr")).toBe(
      "Liban \u2013 FINUL \u2013 Mandat\u202f; MIPONUH \u2013 Profil",
    );
    expect(typesetText("Mopti-Sévaré, npm run build -- --output", "fr")).toBe("Mopti-Sévaré, npm run build -- --output");
    expect(typesetMarkdown("- un\n  - deux\n", "fr")).toBe("- un\n  - deux\n");
  });
});

describe("English typography", () => {
  it("sets curly quotes and apostrophes, a plural's possessive included, and leaves the colon alone", () => {
    expect(typesetText(`The "toll": the soldiers' departure, MINUSMA's end`, "en")).toBe(
      "The “toll”: the soldiers’ departure, MINUSMA’s end",
    );
  });
});

describe("a page's Markdown", () => {
  it("keeps the escapes that Markdown and Framework need, and the link targets", () => {
    const source = "Un &#42;astérisque&#42;, un &#36;{code}, [un lien](./claims#why-187) : voir l&#39;ONU.";
    expect(typesetMarkdown(source, "fr")).toBe(`Un &#42;astérisque&#42;, un &#36;{code}, [un lien](./claims#why-187)${nbsp}: voir l’ONU.`);
  });

  it("sets the attributes read aloud, and a passage in another language in that language's typography", () => {
    const source = `<img alt="Carte : l&#39;ONU"> <span lang="en">the mission's "count": 3</span> et "le reste" : 4`;
    expect(typesetMarkdown(source, "fr")).toBe(
      `<img alt="Carte${nbsp}: l’ONU"> <span lang="en">the mission’s “count”: 3</span> et «${nbsp}le reste${nbsp}»${nbsp}: 4`,
    );
  });

  it("leaves code alone: a block Framework runs, a code span, an expression", () => {
    const source =
      '```js\nsearch(document.querySelector("#table"), { label: "Chercher : une mission" });\n```\n\nLe tableau `events` : ${x}';
    expect(typesetMarkdown(source, "fr")).toBe(
      `\`\`\`js\nsearch(document.querySelector("#table"), { label: "Chercher : une mission" });\n\`\`\`\n\nLe tableau \`events\`${nbsp}: \${x}`,
    );
    expect(typesetMarkdown('```js\nconst a = "it\'s";\n```', "en")).toBe('```js\nconst a = "it\'s";\n```');
  });

  it("leaves blank lines, list markers and headings as Markdown wrote them", () => {
    const source = "## Titre : deux\n\n- un\n- deux\n\n<p>x</p>\n";
    expect(typesetMarkdown(source, "fr")).toBe(`## Titre${nbsp}: deux\n\n- un\n- deux\n\n<p>x</p>\n`);
  });
});

describe("publications' titles", () => {
  it("sets a newspaper's title in italics in a page's text, after French contraction too", () => {
    expect(typesetMarkdown("Les chiffres du Monde, selon Le Monde et L'Avenir.", "fr")).toBe(
      "Les chiffres du <i>Monde</i>, selon <i>Le Monde</i> et <i>L’Avenir</i>.",
    );
    expect(typesetMarkdown("<cite>Le Monde, English edition</cite>", "en")).toBe("<cite><i>Le Monde</i>, English edition</cite>");
  });

  it("leaves a title alone where it is already italic, in an attribute, in code and in a common noun", () => {
    const source = '*Le Monde* <i>Le Monde</i> <img alt="Le Monde"> `Le Monde` le monde, le combat';
    expect(typesetMarkdown(source, "fr")).toBe(source);
  });
});
