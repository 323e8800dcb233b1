/*
 * Events written on a year chart the way a graphics desk does, for every chart that marks them:
 * a dashed rule at the year and a few words beside it. Which events the story marks is chosen in
 * story-annotations.ts.
 */
import * as Plot from "@observablehq/plot";
import { palette, textHalo } from "./palette.js";

/** An event written on a chart over its year: what explains a change, in a few words. */
export interface YearAnnotation {
  year: number;
  label: string;
}

const ANNOTATION_LINE_PX = 13;
/** Plot's default height less its default top and bottom margins. */
const PLOT_HEIGHT_PX = 400 - 30 - 30;

/**
 * Events written on a year chart the way a graphics desk does: a dashed rule at the year and the
 * words beside it, one line each, right-aligned against their rule so that they read into the
 * years before. Inside the plot's top lines (a bar chart raises its y domain to keep them clear),
 * or `inMargin`, above the plot, for a chart whose rows fill it (the chart then needs
 * `annotationMargin` on top).
 */
export function annotationMarks(annotations: YearAnnotation[], fontSize: number, { inMargin = false } = {}): Plot.Markish[] {
  return [
    Plot.ruleX(annotations, { x: "year", stroke: palette.annotation, strokeDasharray: "2,3", strokeWidth: 1 }),
    ...annotations.map((annotation, line) =>
      Plot.text([annotation], {
        x: "year",
        text: "label",
        frameAnchor: "top",
        textAnchor: "end",
        dx: -4,
        dy: inMargin ? -6 - (annotations.length - 1 - line) * ANNOTATION_LINE_PX : 4 + line * ANNOTATION_LINE_PX,
        fontSize,
        fill: palette.annotation,
        ...textHalo,
      }),
    ),
  ];
}

/** The top margin a chart needs for its annotations written above the plot. */
export const annotationMargin = (annotations: YearAnnotation[]) => 12 + annotations.length * ANNOTATION_LINE_PX;

/** A y maximum that leaves the top lines of a plot of Plot's default height to its annotations. */
export function annotationHeadroom(highest: number, lines: number): number {
  return Math.ceil(highest / (1 - (lines * ANNOTATION_LINE_PX + 12) / PLOT_HEIGHT_PX));
}
