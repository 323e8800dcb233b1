/** The chart text check finds what it is meant to find, on drawings made for the test. */
import { describe, expect, it } from "vitest";
import { chromiumPage } from "./chromium-page.js";
import { textProblems } from "./chart-text.js";

const page = chromiumPage();

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" font-size="10" font-family="sans-serif">${body}</svg>`;

describe("textProblems", () => {
  it("passes labels that fit apart from each other", async () => {
    expect(
      await textProblems(
        page(),
        svg(`<g aria-label="x-axis tick label"><text x="10" y="50">2013</text><text x="60" y="50">2014</text></g>`),
      ),
    ).toEqual([]);
  });

  it("finds a label cut by the right edge", async () => {
    const [problem] = await textProblems(page(), svg(`<text x="185" y="50">311</text>`));
    expect(problem).toMatch(/^"311" reaches \d+\.\d px outside the chart$/);
  });

  it("finds a label cut by the left edge, as a long name before its bar", async () => {
    const problems = await textProblems(page(), svg(`<text x="60" y="50" text-anchor="end">United Kingdom of Great Britain</text>`));
    expect(problems).toHaveLength(1);
  });

  it("finds sibling labels printed over each other", async () => {
    const problems = await textProblems(
      page(),
      svg(`<g aria-label="x-axis tick label"><text x="10" y="50">2013</text><text x="25" y="50">2014</text></g>`),
    );
    expect(problems).toEqual([expect.stringMatching(/^"2013" and "2014" overlap by \d+\.\d px$/)]);
  });

  it("leaves labels of different groups alone: a bar's value may sit over a grid label", async () => {
    expect(
      await textProblems(
        page(),
        svg(`<g aria-label="a"><text x="10" y="50">12</text></g><g aria-label="b"><text x="12" y="50">34</text></g>`),
      ),
    ).toEqual([]);
  });
});
