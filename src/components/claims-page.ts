/*
 * The claims ledger as both editions print it: each claim with what was stated, the definition it
 * is tested with, the computed value, the verdict and its explanation, and the other definitions,
 * from the same ledger in the page's language. The prose is each edition's template's own
 * (src/claims.page.ts, src/fr/claims.page.ts). A computation names tables and filters, so it
 * stays in the tables' English.
 */
import type { Alternative, ClaimEntry, Verdict } from "./claims/verdicts.js";
import { statedText, verdictText } from "./claims/verdicts.js";
import { UN_FILE } from "./claims/measures.js";
import { formatter, type Locale } from "./format.js";
import { qualified, statedNumber, statedPercent } from "./i18n/figure-words.js";
import type { SumQualifier } from "../../data-loaders/figure-fields.js";
import { cite, hostOf, sourceLink } from "./lists.js";
import { block, englishIn, html, withCode, type Markup } from "./markup.js";
import { curatedLanguage, curatedText, textIn } from "./i18n/curated-text.js";
import { editions } from "./editions.js";
import { dataTable } from "./static-table.js";

const verdictClass: Record<Verdict, string> = {
  matches: "verdict-matches",
  differs: "verdict-differs",
  "not checkable with the data at hand": "verdict-unchecked",
};

const words: Record<
  Locale,
  {
    stated: string;
    definition: string;
    none: string;
    computation: string;
    computed: string;
    explanation: string;
    sources: string;
    restsOn: string;
    restsOnNothing: string;
    restsOnOwnOutlet: string;
    /** Between a table's name and the page its row was read on. */
    readIn: string;
    tables: string;
    others: string;
    value: string;
    against: string;
    points: string;
    units: Record<string, string>;
    tableNames: Record<string, string>;
    quoted(claim: string): string;
  }
> = {
  en: {
    stated: "Stated",
    definition: "Definition",
    none: "none: no definition the tables allow measures the claim as worded",
    computation: "Computation",
    computed: "Computed",
    explanation: "Explanation",
    sources: "Sources",
    restsOn: "The verdict rests on: ",
    readIn: ", as read in ",
    restsOnNothing: "No count in the tables measures it.",
    restsOnOwnOutlet: "No source independent of the claim holds this figure: the tables have it only as the claim's outlet reported it.",
    tables: "Tables: ",
    others: "Other definitions",
    value: "Value",
    against: "Against the claim",
    points: " points",
    units: { people: "people", deaths: "deaths", authorizations: "flight authorizations", requests: "requests", rank: "rank" },
    tableNames: {},
    quoted: (claim) => `“${claim}”`,
  },
  fr: {
    stated: "Affirmé",
    definition: "Définition",
    none: "aucune\u00a0: aucune définition que permettent les tableaux ne mesure l'affirmation telle qu'elle est formulée",
    computation: "Calcul (en anglais)",
    computed: "Résultat",
    explanation: "Explication",
    sources: "Sources",
    restsOn: "Le verdict repose sur\u00a0: ",
    readIn: ", d'après ",
    restsOnNothing: "Aucun décompte des tableaux ne la mesure.",
    restsOnOwnOutlet:
      "Aucune source indépendante de l'affirmation ne donne ce chiffre\u00a0: les tableaux ne l'ont que tel que le média qui l'affirme l'a rapporté.",
    tables: "Tableaux\u00a0: ",
    others: "Autres définitions",
    value: "Valeur",
    against: "Écart à l'affirmation",
    points: " points",
    units: { people: "personnes", deaths: "morts", authorizations: "autorisations de vol", requests: "demandes", rank: "(rang)" },
    tableNames: {
      "strength table": "effectifs (`strength`)",
      "flights table": "vols (`flights`)",
      "contingents table": "contingents (`contingents`)",
      "events table": "chronologie (`events`)",
      [UN_FILE]: "décès (`casualties`, fichier de l'ONU DPPADPOSS-FATALITIES)",
    },
    // A quotation inside the claim takes “ ”, the French marks for a quotation within a quotation.
    quoted: (claim) => `«\u00a0${claim.replace(/«[\s\u00a0\u202f]*/g, "“").replace(/[\s\u00a0\u202f]*»/g, "”")}\u00a0»`,
  },
};

/** A computed value as the page writes it: numbers per locale (a share with its "%"), dates as the tables give them. */
export function valueIn(value: number | string, locale: Locale, unit?: string, qualifier: SumQualifier = "exact"): string {
  // A date the tables give (2022-08-15, 2022-08) is written as the edition writes dates.
  if (typeof value !== "number") return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatter(locale).date(value) : value;
  return unit === "%" ? statedPercent(value, qualifier, locale) : statedNumber(value, qualifier, locale);
}

/** What the claim stated, with its unit: "about 15,000 people", "17%"; "environ 15 000 personnes". */
function stated(c: ClaimEntry, locale: Locale): string {
  if (c.stated.kind === "date" || c.stated.unit === "%") return statedText(c.stated, locale);
  const unit = words[locale].units[c.stated.unit];
  if (!unit) throw new Error(`the claims page has no word for the unit "${c.stated.unit}" of the claim ${c.id}`);
  return `${statedText(c.stated, locale)} ${unit}`;
}

/** The name of a table the claim is tested against, in the page's language; a file's own name `in code`. */
function tableName(name: string, locale: Locale): string {
  // The data's own language names the tables as they are.
  if (locale === curatedLanguage) return name;
  const named = words[locale].tableNames[name];
  if (!named) throw new Error(`the claims page has no ${editions[locale].language} name for the table "${name}"`);
  return named;
}

function details(c: ClaimEntry, locale: Locale): [string, Markup | string][] {
  const w = words[locale];
  return [
    [w.stated, stated(c, locale)],
    [w.definition, c.primary ? textIn(c.primary, "definition", locale) : w.none],
    ...(c.primary
      ? ([
          [w.computation, englishIn(c.primary.computation, locale)],
          [
            w.computed,
            html`<strong>${valueIn(c.primary.value, locale, c.stated.kind === "number" ? c.stated.unit : undefined, c.primary.qualifier)}</strong>`,
          ],
        ] as [string, Markup | string][])
      : []),
    [w.explanation, textIn(c, "explanation", locale)],
    [
      w.sources,
      html`${c.source_url ? html`${cite(c.source_url, `${c.claimant} (${hostOf(c.source_url)})`)}. ` : ""}${textIn(c, "source_note", locale)}${
        c.primary
          ? html` ${w.restsOn}${
              c.primary.stated_by
                ? curatedText(c.primary, "stated_by", locale)
                : withCode(
                    (c.primary.data_source ? [c.primary.data_source] : c.data_sources).map((name) => tableName(name, locale)).join("; "),
                  )
            }${
              c.primary.source_url || c.primary.source_title
                ? // A table's name already ends in its code name in brackets: the source follows it, not a second pair.
                  c.primary.stated_by
                  ? html` (${sourceLink(c.primary, locale)})`
                  : html`${w.readIn}${sourceLink(c.primary, locale)}`
                : ""
            }.`
          : ` ${c.own_outlet ? w.restsOnOwnOutlet : w.restsOnNothing}`
      }${c.data_sources.length ? html` ${w.tables}${withCode(c.data_sources.map((name) => tableName(name, locale)).join("; "))}.` : ""}`,
    ],
  ];
}

function alternativesTable(c: ClaimEntry, locale: Locale): Markup | string {
  if (!c.alternatives.length) return "";
  const w = words[locale];
  const format = formatter(locale);
  // A gap from a qualified value is only as firm as the value: "more than -2,000" from "more than 13,000".
  const against = (a: Alternative) =>
    a.difference === null || a.relative === null
      ? ""
      : qualified(
          c.stated.kind === "number" && c.stated.unit === "rank"
            ? `${a.difference > 0 ? "+" : ""}${format.number(a.difference)}`
            : c.stated.kind === "number" && c.stated.unit === "%"
              ? `${a.difference > 0 ? "+" : ""}${format.number(Math.round(a.difference * 10) / 10)}${w.points} (${format.share(a.relative, { digits: 1 })})`
              : `${a.difference > 0 ? "+" : ""}${format.number(a.difference)} (${format.share(a.relative, { digits: 1 })})`,
          a.qualifier ?? "exact",
          locale,
        );
  return dataTable(
    c.alternatives,
    [
      {
        header: w.definition,
        value: (a) =>
          html`${textIn(a, "definition", locale)}${a.source_url || a.source_title ? html`${w.readIn}${sourceLink(a, locale)}` : ""}`,
      },
      {
        header: w.value,
        value: (a) => valueIn(a.value, locale, c.stated.kind === "number" ? c.stated.unit : undefined, a.qualifier),
        numeric: true,
      },
      { header: w.against, value: against, numeric: true },
    ],
    { caption: w.others },
  );
}

function claimEntry(c: ClaimEntry, locale: Locale): Markup {
  const text = textIn(c, "claim", locale);
  const claim = textIn(c, "wording", locale) === "paraphrased" ? text : words[locale].quoted(text);
  return html`<details class="claim" id="claim-${c.id}">
<summary><span class="verdict ${verdictClass[c.verdict]}">${verdictText[locale][c.verdict]}</span> <span class="claimant">${c.claimant}, ${formatter(locale).date(c.date)}</span> <span class="claim-text">${claim}</span></summary>
<dl>${details(c, locale).map(([term, text]) => html`<div class="claim-row"><dt>${term}</dt><dd>${text}</dd></div>`)}</dl>
${alternativesTable(c, locale)}
</details>
`;
}

/** Every claim of the ledger, each folded under its verdict and wording. */
export function ledger(claims: readonly ClaimEntry[], locale: Locale): Markup {
  return block(html`<div class="ledger">\n${claims.map((c) => claimEntry(c, locale))}</div>`);
}

/** A toll of the Reuters claim's other definitions, by its English definition; a missing one is an error. */
export function tollVariant(claims: readonly ClaimEntry[], definition: string, locale: Locale): string {
  const found = claims.find((c) => c.id === "reuters-303-killed")?.alternatives.find((a) => a.definition === definition);
  if (!found) throw new Error(`the claims ledger has no toll "${definition}" for the claim reuters-303-killed`);
  return valueIn(found.value, locale);
}
