/*
 * "Why 187": the UN file's running toll of MINUSMA under four definitions, and the toll as the
 * mission and the press stated it at the time, drawn at the day it was stated. Same contract as
 * every chart (drawing.ts): rows in, a Plot figure out.
 */
import * as Plot from "@observablehq/plot";
import { fileDefinitions, type FileDefinition, type RunningCount, type StatementComparison } from "../metrics/toll-statements.js";
import { asImage, toTime, type ChartOptions } from "./drawing.js";
import { statedDate, statedNumber } from "../i18n/figure-words.js";
import { formatter, type Locale } from "../i18n/format.js";
import { tollStatementsText, type StatementAgreement } from "../i18n/chart-text.js";
import { palette, textHalo } from "./palette.js";

const lineColors: Record<FileDefinition, string> = {
  all: palette.annotation,
  malicious: palette.vermillion,
  maliciousOrUndetermined: palette.orange,
  militaryMalicious: palette.blue,
};

/** Statements are drawn in the colour of the file's count they compare with. */
const statementColors = { "all causes": lineColors.all, "hostile acts": lineColors.malicious } as const;

const MARGIN = { left: 44, right: 12 };
/** Labels closer than this many pixels to the next one of their kind are written as one. */
const LABEL_ROOM = 34;

interface StatementLabel {
  at: Date;
  /** Where the label sits: above its circles and above the highest line of its kind there. */
  y: number;
  counted: StatementComparison["counted"];
  text: string;
}

/**
 * The line each kind of statement is written above: the topmost of the file's counts it is read
 * against (all causes; or, for hostile acts, malicious acts with the undetermined). The lines
 * rise from left to right, so a label ending at its circle, above that line, clears them all.
 */
const ceilingLine: Record<StatementComparison["counted"], FileDefinition> = {
  "all causes": "all",
  "hostile acts": "maliciousOrUndetermined",
};

/**
 * One label per run of statements of one kind that the chart would draw too close together to
 * read: "185 · 190", at the last of the run, ending there.
 */
function statementLabels(statements: StatementComparison[], width: number, domain: [Date, Date], locale: Locale): StatementLabel[] {
  const pixelsPerMs = (width - MARGIN.left - MARGIN.right) / (domain[1].getTime() - domain[0].getTime());
  const labels: StatementLabel[] = [];
  for (const counted of Object.keys(statementColors) as StatementComparison["counted"][]) {
    let run: StatementComparison[] = [];
    const flush = () => {
      if (!run.length) return;
      const last = run.at(-1)!;
      const text = run.map((row) => statedNumber(row.figure, row.qualifier, locale, { compact: true })).join(" · ");
      const y = Math.max(...run.map((row) => Math.max(row.figure, row.file[ceilingLine[counted]])));
      labels.push({ at: toTime(last.stated_on), y, counted, text });
      run = [];
    };
    for (const row of statements.filter((statement) => statement.counted === counted)) {
      const previous = run.at(-1);
      if (previous && (toTime(row.stated_on).getTime() - toTime(previous.stated_on).getTime()) * pixelsPerMs >= LABEL_ROOM) flush();
      run.push(row);
    }
    flush();
  }
  return labels;
}

export function tollStatementsChart(
  series: RunningCount[],
  statements: StatementComparison[],
  {
    locale = "en",
    agreement,
    width = 640,
    document,
    ...plot
  }: ChartOptions & {
    locale?: Locale;
    /** The point the chart makes, from the statements' figures. */ agreement?: StatementAgreement;
  } = {},
): HTMLElement | SVGSVGElement {
  const text = tollStatementsText[locale];
  const point = agreement ? text.point(agreement) : null;
  const format = formatter(locale);
  const domain: [Date, Date] = [new Date("2013-07-01T00:00:00Z"), new Date("2024-01-31T00:00:00Z")];
  const definitions = Object.keys(fileDefinitions) as FileDefinition[];
  const lines = series.map((row) => ({ ...row, at: toTime(row.date), label: text.definitions[row.definition] }));
  const points = statements.map((row) => ({ ...row, at: toTime(row.stated_on) }));
  const labels = statementLabels(statements, width, domain, locale);
  const top = Math.max(...series.map((row) => row.deaths), ...statements.map((row) => row.figure));
  const labelMark = (counted: StatementComparison["counted"]) =>
    Plot.text(
      labels.filter((label) => label.counted === counted),
      {
        x: "at",
        y: "y",
        text: "text",
        textAnchor: "end",
        dx: 4,
        dy: -12,
        fontSize: width < 480 ? 10 : 11,
        fill: statementColors[counted],
        ...textHalo,
      },
    );
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: Math.round(Math.max(300, width * 0.55)),
      marginLeft: MARGIN.left,
      marginRight: MARGIN.right,
      title: text.title,
      subtitle: point ? `${point}. ${text.subtitle}` : text.subtitle,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        (point ? `${point}. ` : "") +
        statements
          .map((row) =>
            text.statement(
              statedDate(row.stated_on, row.date_precision, locale),
              statedNumber(row.figure, row.qualifier, locale),
              text.counted[row.counted],
              format.number(row.file.all),
              format.number(row.file.malicious),
            ),
          )
          .join(format.semicolon),
      x: { domain, label: null },
      // Headroom above the highest line for the labels written over it.
      y: { label: text.axis, grid: true, domain: [0, Math.ceil((top * 1.12) / 50) * 50], tickFormat: format.number },
      color: {
        legend: true,
        domain: definitions.map((key) => text.definitions[key]),
        range: definitions.map((key) => lineColors[key]),
      },
      marks: [
        Plot.ruleY([0]),
        Plot.line(lines, { x: "at", y: "deaths", z: "label", stroke: "label", strokeWidth: 1.75, curve: "step-after" }),
        Plot.dot(points, {
          x: "at",
          y: "figure",
          r: 4.5,
          fill: "white",
          stroke: (row: StatementComparison) => statementColors[row.counted],
          strokeWidth: 2,
        }),
        labelMark("hostile acts"),
        labelMark("all causes"),
      ],
      ...plot,
    }),
  );
}
