/**
 * Every page of the root edition, rendered with the pseudo-locale (tests/components/i18n/pseudo-locale.ts)
 * swapped in for the English catalogue, from the real tables: a word in plain letters that the
 * data does not hold did not come from the catalogue, so a third edition would print it in
 * English. The charts' own check is pseudo-locale.test.ts; this one reads the prose, headings,
 * lists, captions and tables of the pages.
 */
import { describe, expect, it, vi } from "vitest";
import { republisherHosts } from "../../../data-loaders/source-policy.js";
import { sources } from "../../../data-loaders/sources.js";
import { tableDocs } from "../../../data-loaders/table-docs.js";
import { rootEditionPagePaths } from "../../../scripts/build/page-paths.js";
import { renderPage } from "../../../scripts/build/pages.js";
import { PageContext } from "../../../src/components/render/page.js";
import { renderedMarkdown } from "../../helpers.js";
import { plainWord } from "./pseudo-locale.js";
import rootPlaces from "../../../src/components/i18n/places/en.json" with { type: "json" };

vi.mock("../../../src/components/i18n/messages/en.json", async (importOriginal) => {
  const { pseudoCatalogue } = await import("./pseudo-locale.js");
  const english = (await importOriginal()) as { default: Record<string, string> };
  return { default: pseudoCatalogue(english.default) };
});

const context = new PageContext();

/** Every word of every string the data gives the pages: tables, the claims ledger, the sources, the tables' descriptions. */
function dataWords(): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string") for (const word of value.match(plainWord) ?? []) words.add(word);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === "object") Object.values(value).forEach(add);
  };
  for (const table of Object.values(context.tables())) add(table.objects());
  add(context.events());
  add(context.ledger());
  add(context.corrections());
  add(context.referenceCuration());
  add(Object.values(sources));
  add(republisherHosts);
  add(tableDocs);
  // The root edition's own spelling of a town the data spells otherwise ("Diabaly" for Geo-PKO's "Dyabali").
  add(Object.values(rootPlaces));
  // What Intl writes for the root edition: months and the conjunction of its lists; the names of the
  // other editions' switch, each in its own language, and the report's files by name.
  for (let month = 0; month < 12; month++)
    for (const style of ["long", "short"] as const)
      add(new Intl.DateTimeFormat("en-US", { month: style, timeZone: "UTC" }).format(new Date(Date.UTC(2023, month, 15))));
  add(["and", "Version", "française", "csv", "json", "manifest"]);
  return words;
}

/** The words a reader meets outside what is marked as another language or set as code, and outside charts' images. */
function readerWords(markdown: string): string[] {
  // The front matter is Framework's but for the page's title, which the browser shows; a space
  // between elements keeps two labels two words.
  const title = /^title: (".*")$/m.exec(markdown)?.[1];
  const page = renderedMarkdown(markdown.replace(/^---\n[\s\S]*?\n---\n/, "").replaceAll("><", "> <"));
  if (title) page.prepend(`${JSON.parse(title) as string} `);
  for (const skipped of page.querySelectorAll("script, style, code, pre, img, svg, [lang]:not([lang='en'])")) skipped.remove();
  return (page.textContent ?? "").match(plainWord) ?? [];
}

describe("every page in the pseudo-locale", async () => {
  const paths = [...rootEditionPagePaths(), "/missions/minusma", "/missions/unsecretariat", "/missions/unowa", "/missions/unohci"];
  await context.prepare();
  const known = dataWords();
  for (const path of paths)
    it(`${path}: every word comes from the catalogue or the data`, async () => {
      const markdown = await renderPage(context, path);
      const stray = [...new Set(readerWords(markdown))].filter((word) => !known.has(word));
      expect(stray, `words of ${path} from neither the catalogue nor the data`).toEqual([]);
      // The pseudo-locale did reach the page: a test that found no words would prove nothing.
      expect(markdown).toMatch(/[áéíóú]{2}/);
    });
});
