import { describe, expect, it } from "vitest";
import en from "../../../src/components/i18n/messages/en.json" with { type: "json" };
import fr from "../../../src/components/i18n/messages/fr.json" with { type: "json" };
import { markupMessage, message, type Catalogue } from "../../../src/components/i18n/messages.js";
import { formatter } from "../../../src/components/i18n/format.js";

describe("the editions' catalogues", () => {
  it("hold the same keys", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it("refuse, at the type check, a catalogue that lacks a key or has one too many", () => {
    const lacking = { "site.title": "Titre" };
    // @ts-expect-error a catalogue without every key of the English one is refused
    const refusedLacking: Catalogue<typeof lacking> = lacking;
    const extra = { ...en, "page.unknown": "Inconnu" };
    // @ts-expect-error a catalogue with a key the English one lacks is refused
    const refusedExtra: Catalogue<typeof extra> = extra;
    expect([refusedLacking, refusedExtra]).toHaveLength(2);
  });

  it("writes plurals, ordinals and agreement from the messages, in each language's rules", () => {
    const [e, f] = [formatter("en"), formatter("fr")];
    expect([
      e.partOf(2, 2, "statement", "statements"),
      e.partOf(1, 1, "statement", "statements"),
      e.partOf(2, 8, "statement", "statements"),
    ]).toEqual(["both statements", "the only statement", "two of the eight statements"]);
    expect(f.partOf(1, 1, "déclaration", "déclarations", { of: "statement" })).toBe("la seule déclaration");
    expect([1, 2, 3, 11, 22].map((n) => e.ordinal(n))).toEqual(["1st", "2nd", "3rd", "11th", "22nd"]);
    expect([1, 2, 1003].map((n) => f.ordinal(n))).toEqual(["1er", "2e", "1\u202f003e"]);
    expect(f.fromTo("2023-08", "2023-08-13")).toBe("d’août au 13 août 2023");
    expect(message("fr", "page.contents")).toBe("Sommaire");
  });

  it("names another page as a page, never as a bare subject a sentence could misread ('le retrait les montre')", () => {
    const values = { countriesLast: 27, to: 2023, countriesFirst: 19, from: 2014, departing: "deux", drawnCount: 2 };
    expect(message("fr", "forcePage.maps", { ...values, withdrawalLink: "Le retrait" })).toContain(
      "(la page «\u00a0Le retrait\u00a0» les montre",
    );
    expect(message("en", "forcePage.maps", { ...values, withdrawalLink: "The withdrawal" })).toContain(
      "(the page “The withdrawal” shows them",
    );
  });

  it("keeps a message's own Markdown and escapes the values put in it", () => {
    const written = String(
      markupMessage("en", "mission.malicious", { all: 6, malicious: 2, everyone: "no", maliciousWritten: "*2*", share: "33%" }),
    );
    expect(written).toBe("Of them, **&#42;2&#42;** (33%) were killed in malicious acts.");
  });
});
