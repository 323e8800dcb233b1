import { describe, expect, it } from "vitest";
import { DataError } from "../../../data-loaders/errors.js";
import { nationalitiesChart } from "../../../src/components/charts/toll-charts.js";
import { PageContext } from "../../../src/components/render/page.js";
import { html } from "../../../src/components/render/markup.js";
import { ChartError, PartError, describeProblem, problemOf, type Problem } from "../../../src/components/render/problems.js";
import { chartPart, staticChart } from "../../../src/components/render/static-chart.js";

const badRows = [{ nationality: "Fixtureland", fatalities: Number.NaN, nationalities: 1 }];
const brokenChart = () => staticChart((o) => nationalitiesChart(badRows, { mission: "FIXA", ...o }));
const badCell = new DataError(
  { source: "curated:events", file: "events.csv", line: 5, column: 1, columnName: "date", value: "2013-04-31" },
  "not a date",
);

describe("a chart that throws", () => {
  it("is named by its chart function and its place in the project, not by the page that drew it", () => {
    const error = (() => {
      try {
        brokenChart();
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ChartError);
    expect((error as ChartError).chart).toBe("nationalitiesChart");
    expect((error as ChartError).at).toMatch(/^src\/components\/(charts\/toll-charts|i18n\/format)\.ts:\d+:\d+$/);
    expect((error as Error).message).toMatch(
      /^chart nationalitiesChart \(src\/components\/[\w/-]+\.ts:\d+:\d+\) failed: cannot write NaN as a number/,
    );
  });
});

describe("PageContext.part", () => {
  it("in a build, stops with the part's name; a chart keeps its own name", () => {
    const context = new PageContext({ mode: "build" });
    expect(() =>
      context.part("timeline", () => {
        throw badCell;
      }),
    ).toThrow(PartError);
    expect(() =>
      context.part("timeline", () => {
        throw badCell;
      }),
    ).toThrow(/^timeline: \[curated:events\] events\.csv:5:1 column "date" value "2013-04-31": not a date$/);
    expect(() => chartPart(context, (o) => nationalitiesChart(badRows, { mission: "FIXA", ...o }))).toThrow(ChartError);
  });

  it("in the preview, shows the error in place, hands on the record, and lets the rest of the page render", () => {
    const problems: Problem[] = [];
    const context = new PageContext({ mode: "preview", onProblem: (problem) => problems.push(problem) });
    context.page = "/index";
    const page = html`${context.part("the toll", () => html`# 311 dead`)}
${context.part("timeline", () => {
  throw badCell;
})}
${chartPart(context, (o) => nationalitiesChart(badRows, { mission: "FIXA", ...o }))}`;
    expect(page.source).toContain("# 311 dead");
    expect(page.source).toContain('<div class="dev-part-error" role="alert"><strong>timeline: could not be made.</strong>');
    expect(problems.map(describeProblem)).toEqual([
      '/index, timeline: [curated:events] events.csv:5:1 column "date" value "2013-04-31": not a date',
      expect.stringMatching(/^\/index, chart: chart nationalitiesChart \(src\/components\/[\w/-]+\.ts:\d+:\d+\) failed/),
    ]);
    expect(problems[0]).toMatchObject({
      page: "/index",
      part: "timeline",
      source: "curated:events",
      file: "events.csv",
      line: 5,
      column: 1,
      problem: "not a date",
    });
    expect(problems[1]).toMatchObject({ chart: "nationalitiesChart" });
  });
});

describe("problemOf", () => {
  it("keeps an error that is not about data as its message", () => {
    expect(problemOf(new Error("disk full"), { part: "page" })).toEqual({
      page: undefined,
      part: "page",
      problem: "disk full",
      message: "disk full",
    });
  });
});
