import { describe, expect, it } from "vitest";
import { sources } from "../../../data-loaders/sources.js";
import { publisherIn, sourceTitleIn } from "../../../src/components/sections/methodology.js";

const text = (markup: { source: string }) => markup.source.replace(/<[^>]+>/g, "");

describe("a pinned source's publisher in each edition", () => {
  it("says in English what the source registry records, so the catalogue and the registry cannot drift apart", () => {
    for (const source of Object.values(sources)) expect(text(publisherIn(source, "en"))).toBe(source.publisher);
    for (const source of Object.values(sources)) expect(sourceTitleIn(source, "en")).toBe(source.title);
  });

  it("describes each dataset in French, keeping its code (DPPADPOSS-PKO, FrontMap) as its owner writes it", () => {
    for (const source of Object.values(sources)) {
      const french = sourceTitleIn(source, "fr");
      expect(french, source.id).not.toBe(source.title);
      expect(french, source.id).toContain(/\(([^)]+)\)$/.exec(source.title)![1]);
    }
    expect(sourceTitleIn(sources.unFatalities, "fr")).toMatch(/^Décès de membres des opérations de maintien de la paix/);
  });

  it("names the publisher in French, keeping the hub's and the journal's own names marked as English", () => {
    const fatalities = publisherIn(sources.unFatalities, "fr").source;
    expect(fatalities).toContain("Nations unies, département des opérations de paix");
    expect(fatalities).toContain('<span lang="en">UN Peace and Security Data Hub</span>');
    expect(text(publisherIn(sources.geoPkoFront, "fr"))).toContain("université d’Uppsala (Cil, Fjelde, Hultman et Nilsson");
  });
});
