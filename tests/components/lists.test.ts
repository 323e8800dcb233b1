import { describe, expect, it } from "vitest";
import { parseCuratedTable } from "../../data-loaders/curated.js";
import { eventsTable, type EventRow } from "../../data-loaders/events.js";
import { sourceList, timeline } from "../../src/components/lists.js";
import { readFixture, renderedMarkdown } from "../helpers.js";

const events = parseCuratedTable(readFixture("curated", "events-good.csv"), eventsTable("2026-01-01"), "events-good.csv") as EventRow[];

describe("timeline", () => {
  const list = renderedMarkdown(timeline([...events].reverse()));

  it("lists the events in date order, month-only dates written as months", () => {
    expect([...list.querySelectorAll("time")].map((time) => [time.getAttribute("datetime"), time.textContent])).toEqual([
      ["2013-04-25", "25 April 2013"],
      ["2022-03", "March 2022"],
    ]);
  });

  it("shows markup from a cell as text, never as elements", () => {
    expect(list.querySelectorAll("script, b, img")).toHaveLength(0);
    expect(list.textContent).toContain('<script>alert("fixture")</script> <b>bold</b> & more');
    expect(list.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("links each event to its source", () => {
    expect([...list.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://example.org/e", "https://example.org/e"]);
  });
});

describe("sourceList", () => {
  it("lists each source once, labelled with its report symbol where there is one", () => {
    const list = renderedMarkdown(
      sourceList([
        { source_url: "https://www.example.org/a", report: "S/2023/1" },
        { source_url: "https://www.example.org/a", report: "S/2023/1" },
        { source_url: "https://news.example.net/b", report: null },
      ]),
    );
    expect([...list.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent])).toEqual([
      ["https://www.example.org/a", "S/2023/1 (example.org)"],
      ["https://news.example.net/b", "news.example.net"],
    ]);
  });
});
