import { describe, expect, it } from "vitest";
import { parseCuratedTable } from "../../../data-loaders/curated.js";
import { eventsTable, type EventRow } from "../../../data-loaders/events.js";
import { attributedCitation, citation, sourceList, timeline, type Cited } from "../../../src/components/render/lists.js";
import { readFixture, renderedMarkdown } from "../../helpers.js";

const events = parseCuratedTable(readFixture("curated", "events-good.csv"), eventsTable("2026-01-01"), "events-good.csv") as EventRow[];

const links = (row: Cited) =>
  [...renderedMarkdown(citation(row)).querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]);

describe("timeline", () => {
  const list = renderedMarkdown(timeline([...events].reverse()));

  it("lists the events in date order, month-only dates written as months", () => {
    expect([...list.querySelectorAll("time")].map((time) => [time.getAttribute("datetime"), time.textContent])).toEqual([
      ["2013-04-25", "25 April 2013"],
      ["2022-03", "March 2022"],
    ]);
  });

  it("prints an event's date as precisely as its source gives it", () => {
    const [event] = events;
    const dates = (precision: EventRow["date_precision"], locale: "en" | "fr") =>
      renderedMarkdown(timeline([{ ...event, date_precision: precision }], locale)).querySelector("time")!.textContent;
    expect(dates("inferred", "en")).toBe("25 April 2013 (date inferred)");
    expect(dates("about", "fr")).toBe("vers le 25 avril 2013");
  });

  it("shows markup from a cell as text, never as elements", () => {
    expect(list.querySelectorAll("script, b, img")).toHaveLength(0);
    expect(list.textContent).toContain('<script>alert("fixture")</script> <b>bold</b> & more');
    expect(list.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("links each event to its source, labelled with the host it opens", () => {
    expect([...list.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["https://example.org/e", "example.org"],
      ["https://example.org/e", "example.org"],
    ]);
  });
});

describe("attributedCitation", () => {
  it("names who stated the figures before the page they were read on, in the edition's words", () => {
    const row = {
      report: "S/2023/402",
      source_url: "https://undocs.org/en/S/2023/402",
      source_kind: "other" as const,
      stated_by: "Le Monde, citing the report",
      stated_by_fr: "Le Monde, citant le rapport",
    };
    expect(renderedMarkdown(attributedCitation(row, "en")).textContent).toMatch(/^Le Monde, citing the report \(S\/2023\/402/);
    expect(renderedMarkdown(attributedCitation(row, "fr")).textContent).toMatch(/^Le Monde, citant le rapport \(/);
    const english = renderedMarkdown(attributedCitation({ ...row, stated_by_fr: undefined }, "fr"));
    expect(english.querySelector("span[lang='en']")?.textContent).toBe("Le Monde, citing the report");
    expect(renderedMarkdown(sourceList([row], "en")).textContent).toContain("Le Monde, citing the report");
  });
});

describe("citation", () => {
  it("says of a UN document known only as quoted that its own words were not found, in both editions", () => {
    const row: Cited = { report: "S/2023/402", source_url: "https://undocs.org/en/S/2023/402", source_kind: "other" };
    expect(renderedMarkdown(citation(row)).textContent).toContain(
      "S/2023/402, the document as quoted; its own words on this were not found",
    );
    expect(renderedMarkdown(citation(row, "fr")).textContent).toContain("le document tel que cité");
    expect(renderedMarkdown(citation({ ...row, source_kind: "primary" })).textContent!.trim()).toBe("S/2023/402");
  });

  it("links a UN symbol to the document itself, and the page the figure was read in separately", () => {
    const row: Cited = { report: "S/RES/2100 (2013)", source_url: "https://news.example.net/relay", source_kind: "other" };
    expect(links(row)).toEqual([
      ["https://undocs.org/en/S/RES/2100(2013)", "S/RES/2100 (2013)"],
      ["https://news.example.net/relay", "news.example.net"],
    ]);
    expect(renderedMarkdown(citation(row)).textContent?.trim()).toBe("S/RES/2100 (2013), read in news.example.net, other source");
  });

  it("gives one link when the row cites the document itself, and still says when the figure was not read in it", () => {
    expect(links({ report: "S/2023/402", source_url: "https://undocs.org/en/S/2023/402", source_kind: "primary" })).toEqual([
      ["https://undocs.org/en/S/2023/402", "S/2023/402"],
    ]);
    const unread: Cited = { report: "S/2023/402", source_url: "https://undocs.org/en/S/2023/402", source_kind: "other" };
    expect(renderedMarkdown(citation(unread)).textContent?.trim()).toBe(
      "S/2023/402, the document as quoted; its own words on this were not found",
    );
  });
});

describe("a source cited by its title", () => {
  const titled: Cited = { report: "", source_url: "", source_title: "Fixture Daily, March 2023", source_kind: "press" };

  it("prints the title as a newspaper is cited, with no link, in both editions", () => {
    const rendered = renderedMarkdown(citation(titled));
    expect(rendered.querySelectorAll("a")).toHaveLength(0);
    expect(rendered.querySelector("cite")?.textContent).toBe("Fixture Daily, March 2023");
    expect(rendered.textContent?.trim()).toBe("Fixture Daily, March 2023, press report");
    expect(renderedMarkdown(citation(titled, "fr")).textContent?.trim()).toBe("Fixture Daily, March 2023, article de presse");
    // Without the edition's words, the English title is marked as English on a French page.
    expect(renderedMarkdown(citation(titled, "fr")).querySelector('cite [lang="en"]')?.textContent).toBe("Fixture Daily, March 2023");
  });

  it("cites the title in the edition's words where the row gives them", () => {
    const french = { ...titled, source_title_fr: "Quotidien de test, mars 2023" };
    expect(renderedMarkdown(citation(french, "fr")).querySelector("cite")?.textContent).toBe("Quotidien de test, mars 2023");
    expect(renderedMarkdown(citation(french, "en")).querySelector("cite")?.textContent).toBe("Fixture Daily, March 2023");
  });

  it("labels a link with the source's title where the row gives one", () => {
    expect(links({ ...titled, source_url: "https://news.example.net/a" })).toEqual([
      ["https://news.example.net/a", "Fixture Daily, March 2023"],
    ]);
  });
});

describe("sourceList", () => {
  it("lists each source once, the symbol linked to its document and the page to its host", () => {
    const list = renderedMarkdown(
      sourceList([
        { source_url: "https://www.example.org/a", report: "S/2023/1", source_kind: "other" },
        { source_url: "https://www.example.org/a", report: "S/2023/1", source_kind: "other" },
        { source_url: "https://news.example.net/b", report: null, source_kind: "press" },
      ]),
    );
    expect(list.querySelectorAll("li")).toHaveLength(2);
    expect([...list.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["https://undocs.org/en/S/2023/1", "S/2023/1"],
      ["https://www.example.org/a", "example.org"],
      ["https://news.example.net/b", "news.example.net"],
    ]);
  });
});
