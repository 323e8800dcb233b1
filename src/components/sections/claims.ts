/*
 * The claims ledger as both editions print it: each claim with what was stated, the definition it
 * is tested with, the computed value, the verdict and its explanation, and the other definitions,
 * from the same ledger in the page's language (src/claims.page.ts). A computation names tables
 * and filters, so it stays in the tables' English.
 */
import type { Alternative, ClaimEntry, Verdict } from "../claims/verdicts.js";
import type { DefinitionKey } from "../claims/measures.js";
import { gapFromClaim, statedText, verdictText } from "../claims/verdicts.js";
import { formatter, quoted, type Locale } from "../i18n/format.js";
import { statedNumber, statedPercent } from "../i18n/figure-words.js";
import type { SumQualifier } from "../../../data-loaders/figure-fields.js";
import { cite, hostOf, sourceLink } from "../render/lists.js";
import { block, englishIn, html, withCode, type Markup } from "../render/markup.js";
import { curatedText, textIn } from "../i18n/curated-text.js";
import { byEdition } from "../i18n/editions.js";
import { isMessageKey, message, type KeysUnder } from "../i18n/messages.js";
import { dataTable } from "../render/static-table.js";

const verdictClass: Record<Verdict, string> = {
  matches: "verdict-matches",
  differs: "verdict-differs",
  "not checkable with the data at hand": "verdict-unchecked",
};

/** The ledger's words in each edition, from its catalogue (claimsPage.ledger.*). */
const words = byEdition((locale) => {
  const w = (key: KeysUnder<"claimsPage.ledger">) => message(locale, `claimsPage.ledger.${key}`);
  return {
    stated: w("stated"),
    definition: w("definition"),
    none: w("none"),
    computation: w("computation"),
    computed: w("computed"),
    explanation: w("explanation"),
    sources: w("sources"),
    restsOn: w("restsOn"),
    restsOnNothing: w("restsOnNothing"),
    restsOnOwnOutlet: w("restsOnOwnOutlet"),
    /** Between a table's name and the page its row was read on. */
    readIn: w("readIn"),
    tables: w("tables"),
    others: w("others"),
    value: w("value"),
    against: w("against"),
  };
});

/** A computed value as the page writes it: numbers per locale (a share with its "%"), dates as the tables give them. */
export function valueIn(value: number | string, locale: Locale, unit?: string, qualifier: SumQualifier = "exact"): string {
  // A date the tables give (2022-08-15, 2022-08) is written as the edition writes dates.
  if (typeof value !== "number") return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? formatter(locale).date(value) : value;
  return unit === "%" ? statedPercent(value, qualifier, locale) : statedNumber(value, qualifier, locale);
}

/** What the claim stated, with its unit: "about 15,000 people", "17%"; "environ 15 000 personnes". */
function stated(c: ClaimEntry, locale: Locale): string {
  if (c.stated.kind === "date" || c.stated.unit === "%") return statedText(c.stated, locale);
  const key = `claimsPage.unit.${c.stated.unit}`;
  if (!isMessageKey(key)) throw new Error(`the catalogues have no word (${key}) for the unit "${c.stated.unit}" of the claim ${c.id}`);
  const unit = message(locale, key);
  return `${statedText(c.stated, locale)} ${unit}`;
}

/** The name of a table the claim is tested against, in the page's language; a file's own name `in code`. */
function tableName(name: string, locale: Locale): string {
  const key = `claimsPage.tableName.${name}`;
  if (!isMessageKey(key)) throw new Error(`the catalogues have no name (${key}) for the table "${name}"`);
  return message(locale, key);
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
  const against = (a: Alternative) =>
    a.difference === null || a.relative === null || c.stated.kind !== "number"
      ? ""
      : gapFromClaim(c.stated, a.difference, a.qualifier ?? "exact", locale, c.stated.unit === "rank" ? undefined : a.relative);
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
  const claim = textIn(c, "wording", locale) === "paraphrased" ? text : quoted(text, locale);
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

/** A toll of the Reuters claim's other definitions, by its definition's key in the catalogues; a missing one is an error. */
export function tollVariant(claims: readonly ClaimEntry[], definition: DefinitionKey, locale: Locale): string {
  const found = claims.find((c) => c.id === "reuters-303-killed")?.alternatives.find((a) => a.definition_key === definition);
  if (!found) throw new Error(`the claims ledger has no toll "${definition}" for the claim reuters-303-killed`);
  return valueIn(found.value, locale);
}
