/**
 * Sentences of the story's pages where the twentieth French reading found a desk error, rendered
 * from the real tables as a reader gets them: each test holds one class.
 */
import { describe, expect, it } from "vitest";
import { renderPage } from "../scripts/build/pages.js";
import { PageContext } from "../src/components/render/page.js";
import { renderedMarkdown } from "./helpers.js";

const context = new PageContext();
await context.prepare();
const textOf = async (path: string) => (renderedMarkdown(await renderPage(context, path)).textContent ?? "").replace(/\s+/g, " ");

describe("the story's sentences in French", () => {
  it("writes the other causes' counts of one to nine in words, and a gap from one with its elision", async () => {
    const toll = await textOf("/fr/index");
    const causes = /Les autres sont morts [^.]*\./.exec(toll)?.[0];
    expect(causes, "the sentence on the other causes").toBeDefined();
    expect(causes).not.toMatch(/\([1-9]\)/);
    expect(causes).toMatch(/\((?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)\)/);
    expect(toll).not.toMatch(/\bde 1 à\b|\bde un à\b/);
  });

  it("names the file, not the ledger, as what gives another figure, and the deployments dataset as its owner describes it", async () => {
    const toll = await textOf("/fr/index");
    expect(toll).toContain("montre ce que le fichier donne à la place");
    expect(toll).toContain("Geo-PKO v2.3, déploiements par lieu et par carte (FrontMap)");
  });
});
