/**
 * Which pages the site has, from its page loaders (`src/**\/*.md.sh`): the root edition's own
 * pages, and the same pages in every other edition, which Framework renders from the loaders of
 * `src/[edition]/` and so must be told of (observablehq.config.ts, `dynamicPaths`).
 */
import { join } from "node:path";
import { projectRoot } from "../../data-loaders/fetch.js";
import { editionOf, editions, inEdition, locales, rootEdition } from "../../src/components/i18n/editions.js";
import { filesUnder } from "../files.js";

const loaderSuffix = ".md.sh";

/** Framework's path of each page loader of the root edition that takes no parameter ("/index", "/missions/index"). */
export function rootEditionPagePaths(root = join(projectRoot, "src")): string[] {
  return filesUnder(root)
    .filter((file) => file.endsWith(loaderSuffix) && !/\[\w+\]/.test(file) && !file.startsWith(".observablehq"))
    .map((file) => `/${file.slice(0, -loaderSuffix.length)}`)
    .filter((path) => editionOf(path) === rootEdition);
}

/** The root edition's pages in every other edition: "/flights" → "/fr/flights". */
export function otherEditionPagePaths(root = join(projectRoot, "src")): string[] {
  const pages = rootEditionPagePaths(root);
  return locales.filter((locale) => editions[locale].prefix !== "").flatMap((locale) => pages.map((path) => inEdition(path, locale)));
}
