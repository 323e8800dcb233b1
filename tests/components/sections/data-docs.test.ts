import { describe, expect, it } from "vitest";
import { correctionsTable } from "../../../data-loaders/corrections.js";
import { parseCuratedTable } from "../../../data-loaders/curated.js";
import { tableDocs } from "../../../data-loaders/table-docs.js";
import { correctionsLog, tableDescription } from "../../../src/components/sections/data-docs.js";
import { readFixture, renderedMarkdown } from "../../helpers.js";

describe("a table's description", () => {
  const flights = tableDocs.find((d) => d.name === "flights")!;
  const element = renderedMarkdown(tableDescription({ ...flights, rows: 3, facts: ["A fact of this build."] }));

  it("says what a row is and how many there are", () => {
    expect(element.querySelector("p")?.textContent).toBe(
      "One row: one count of flight authorizations requested and not granted, for one period and one kind of flight, as one report gives it. This edition holds three rows.",
    );
  });

  it("lists every column with its type and meaning, and the cleaning with this build's facts", () => {
    const rows = [...element.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(rows.map((row) => row[0])).toEqual(flights.columns.map((c) => c.name));
    expect(rows.find((row) => row[0] === "denied")).toEqual([
      "denied",
      "whole number",
      "Authorizations not obtained: refused, or never answered, as the source counts them.",
    ]);
    // A name or value of the files, `backticked` in the docs, is set as code.
    const cleaning = flights.cleaning.map((item) => item.replaceAll("`", ""));
    expect([...element.querySelectorAll("li")].map((li) => li.textContent)).toEqual([...cleaning, "A fact of this build."]);
    expect([...element.querySelectorAll("li code")].map((code) => code.textContent)).toContain("http(s)");
  });
});

describe("the corrections log", () => {
  it("says so when nothing was corrected", () => {
    expect(renderedMarkdown(correctionsLog([])).textContent?.trim()).toBe("No published figure has been corrected so far.");
  });

  it("lists corrections newest first, with markup shown as text and the source linked", () => {
    const rows = parseCuratedTable(readFixture("curated", "corrections-good.csv"), correctionsTable("2026-01-01"), "corrections-good.csv");
    const log = renderedMarkdown(correctionsLog(rows));
    const cells = [...log.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(cells.map((row) => row[1])).toEqual(["flights-requested-565", "toll: FIXA deaths"]);
    expect(cells[1][5]).toBe("A death the UN added late, <b>dated</b> 2023");
    expect(log.querySelector("b")).toBeNull();
    expect(log.querySelector("tbody tr a")?.getAttribute("href")).toBe("https://example.org/fixture/report");
    // The page by its name in the navigation, the home page ("index") included.
    expect(cells.map((row) => row[2])).toEqual(["Grounded", "The toll"]);
    const french = renderedMarkdown(correctionsLog(rows, "fr"));
    expect([...french.querySelectorAll("tbody tr")].map((tr) => tr.querySelectorAll("td")[2].textContent)).toEqual([
      "Clouée au sol",
      "Le bilan",
    ]);
  });
});
