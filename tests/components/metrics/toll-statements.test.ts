/**
 * The toll as stated at the time against the file, on the claims fixtures (tests/fixtures/claims/,
 * whose README works out the totals by hand): the file's counts for each statement's day, under
 * each definition, the running counts, and the figures the pages print.
 */
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { parseCasualties } from "../../../data-loaders/casualties.js";
import { parseCuratedTable } from "../../../data-loaders/curated.js";
import { tollStatementsTable, type TollStatementRow } from "../../../data-loaders/toll-statements.js";
import { statementsFigures } from "../../../src/components/figures/statements.js";
import { lastDayCovered, runningCounts, statementsAgainstFile, statementsBefore } from "../../../src/components/metrics/toll-statements.js";
import { qualifierMarks } from "../../../src/components/i18n/figure-words.js";
import { statementsFinding, statementsTable } from "../../../src/components/sections/statements.js";
import { readFixture, renderedMarkdown } from "../../helpers.js";

const TODAY = "2026-01-01";
const casualties = aq.from(
  parseCasualties(readFixture("claims", "fatalities.csv"), { source: "fixture", file: "fatalities.csv", today: TODAY }).rows,
);
const statementRows = parseCuratedTable(
  readFixture("claims", "toll_statements.csv"),
  tollStatementsTable(TODAY),
  "toll_statements.csv",
) as TollStatementRow[];
const tollStatements = aq.from(statementRows);

describe("lastDayCovered", () => {
  it("keeps a day, and ends a month on its last day, leap years included", () => {
    expect(lastDayCovered("2023-05-06")).toBe("2023-05-06");
    expect(lastDayCovered("2023-12")).toBe("2023-12-31");
    expect(lastDayCovered("2024-02")).toBe("2024-02-29");
    expect(lastDayCovered("2023-02")).toBe("2023-02-28");
  });
});

describe("statements against the file", () => {
  const compared = statementsAgainstFile(casualties, statementRows, "MINUSMA");
  const byId = new Map(compared.map((row) => [row.id, row]));

  it("counts the file on each statement's day under the four definitions", () => {
    // Rows 1–4 by 29 May 2015: three malicious acts (two of them military), one illness.
    expect(byId.get("fix-2015-05-29")?.file).toEqual({ all: 4, malicious: 3, maliciousOrUndetermined: 3, militaryMalicious: 2 });
    // Rows 1–11 by 6 May 2023: six malicious acts, one to be determined, four malicious among the military.
    expect(byId.get("fix-2023-05-06")?.file).toEqual({ all: 11, malicious: 6, maliciousOrUndetermined: 7, militaryMalicious: 4 });
    // A month counts to its last day: row 12 (20 June 2023) is in December's count, UNIFIL's rows never.
    expect(byId.get("fix-2023-12")?.file).toEqual({ all: 12, malicious: 7, maliciousOrUndetermined: 8, militaryMalicious: 5 });
  });

  it("measures each statement against the count of its kind: hostile acts against malicious acts", () => {
    expect(compared.map((row) => [row.id, row.gap])).toEqual([
      ["fix-2015-05-29", 0],
      ["fix-2022-11-10", -1],
      ["fix-2023-05-06", 2],
      ["fix-2023-05-29", 3],
      ["fix-2023-12", 0],
    ]);
  });

  it("finds the hostile-act statements of the three months before a month", () => {
    expect(statementsBefore(compared, "2023-06").map((row) => row.id)).toEqual(["fix-2023-05-06", "fix-2023-05-29"]);
    expect(statementsBefore(compared, "2023-06", { months: 1 })).toEqual([]);
    expect(statementsBefore(compared, "2023-12", { counted: "all causes" }).map((row) => row.id)).toEqual(["fix-2023-12"]);
  });

  it("keeps a running count at the end of every month, under each definition", () => {
    const series = runningCounts(casualties, "MINUSMA", "2014-04", "2014-06");
    expect(series.filter((row) => row.definition === "all").map((row) => [row.date, row.deaths])).toEqual([
      ["2014-04-30", 1],
      ["2014-05-31", 2],
      ["2014-06-30", 3],
    ]);
    expect(series).toHaveLength(3 * 4);
  });
});

describe("the figures of Why 187", () => {
  const f = statementsFigures({ casualties, tollStatements });

  it("says how many statements before 2022 agree with the file, and how far the later ones stand from it", () => {
    expect(f.total).toBe(5);
    // The one statement before 2022 says 3; the file counts 3 malicious acts by its day (rows 1–3): exactly.
    expect(f.before).toEqual({ statements: 1, agreeing: 1, within: 0, lastDate: "2015-05-29" });
    expect(statementsFinding(f, "en").source).toContain("The one statement made up to 2015 agrees exactly with the file.");
    expect(statementsFinding(f, "fr").source).toContain("La seule déclaration faite jusqu’en 2015 concorde exactement avec le fichier.");
    expect(f.hostile).toEqual({ statements: 2, smallest: 2, largest: 3, qualified: 0 });
    expect(f.allCauses).toEqual({ statements: 2, smallest: -1, largest: 0, qualified: 1 });
    expect(f.beforeArticle).toEqual({
      statements: 2,
      lowest: 8,
      highest: 9,
      first: "2023-05-06",
      last: "2023-05-29",
      firstPrecision: "day",
      lastPrecision: "day",
    });
  });

  it("draws the running counts from July 2013 to December 2023", () => {
    expect(f.series.at(0)?.date).toBe("2013-07-31");
    expect(f.series.at(-1)?.date).toBe("2023-12-31");
    expect(f.series.filter((row) => row.definition === "malicious").at(-1)?.deaths).toBe(7);
  });
});

describe("statementsTable", () => {
  it("marks a gap from a qualified figure with the figure's qualifier, and leaves an exact one bare", () => {
    const f = statementsFigures({ casualties, tollStatements });
    const cells = [...renderedMarkdown(statementsTable(f)).querySelectorAll("tbody tr")].map((row) => row.lastElementChild!.textContent);
    const qualifiers = f.statements.map((row) => row.qualifier);
    expect(cells).toHaveLength(qualifiers.length);
    cells.forEach((cell, i) => {
      if (qualifiers[i] === "exact") expect(cell).toMatch(/^[+\-−]?\d/);
      else expect(cell!.startsWith(qualifierMarks[qualifiers[i]] + " ")).toBe(true);
    });
    expect(qualifiers).toContain("at least");
  });
});

describe("statementsFinding", () => {
  it("says that gaps resting on floors or rough figures are bounds, in both editions, and only then", () => {
    const f = statementsFigures({ casualties, tollStatements });
    // The fixture's "at least 9" of 2022 is a floor among the all-causes statements.
    expect(String(statementsFinding(f, "en"))).toContain("gaps from figures given as floors or roughly are only bounds");
    expect(String(statementsFinding(f, "fr"))).toContain("ne sont que des bornes");
    const exact = { ...f, hostile: { ...f.hostile, qualified: 0 }, allCauses: { ...f.allCauses, qualified: 0 } };
    expect(String(statementsFinding(exact, "en"))).not.toContain("bounds");
  });
});
