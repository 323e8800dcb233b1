/*
 * Labels that fit their chart. How wide a label will be, estimated in Node where there are no
 * fonts (charts are drawn at build time, and their margins must leave room for their labels); long
 * names shortened to the room there is; a bar chart's margins from its labels. The widths are those of a common
 * sans-serif (Arial, Helvetica, Liberation Sans) in ems, with a tenth added for the wider faces a
 * reader's system may pick (DejaVu Sans); the browser tests measure the real text and fail on any
 * label that still reaches outside its chart.
 */

const widthsInEm: [RegExp, number][] = [
  [/[il.,:;'|!’]/, 0.28],
  [/[fjtI()[\] \-/]/, 0.33],
  [/r/, 0.36],
  [/[0-9]/, 0.556],
  [/[mw]/, 0.86],
  [/[MW]/, 0.9],
  [/[a-z]/, 0.556],
  [/[A-Z]/, 0.72],
];

const SAFETY = 1.1;

/** The estimated width in pixels of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize = 10): number {
  let ems = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "")) {
    ems += widthsInEm.find(([pattern]) => pattern.test(char))?.[1] ?? 0.6;
  }
  return ems * fontSize * SAFETY;
}

/** The widest of some labels, in pixels. */
export function widestLabel(labels: readonly string[], fontSize = 10): number {
  return Math.max(0, ...labels.map((label) => textWidth(label, fontSize)));
}

/**
 * A label that fits in `room` pixels: as it is, without its parenthesis ("Venezuela (Bolivarian
 * Republic of)" → "Venezuela"), or cut with an ellipsis. The full name stays in the chart's
 * description and in the table beside it.
 */
export function fitLabel(label: string, room: number, fontSize = 10): string {
  if (textWidth(label, fontSize) <= room) return label;
  const withoutParenthesis = label.replace(/\s*\(.*\)\s*$/, "");
  if (withoutParenthesis !== label && textWidth(withoutParenthesis, fontSize) <= room) return withoutParenthesis;
  const words = withoutParenthesis.split(" ");
  for (let count = words.length - 1; count > 0; count--) {
    const cut = `${words
      .slice(0, count)
      .join(" ")
      .replace(/[,;:]$/, "")}…`;
    if (textWidth(cut, fontSize) <= room) return cut;
  }
  let cut = withoutParenthesis;
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * A country's name as a label of at most `room` pixels: the name, else its edition's shorter form
 * ("DR Congo", "RD Congo") where the catalogue has one, fitted; the chart's description and the
 * table beside it keep the full name.
 */
export function countryLabel(name: string, room: number, short?: string): string {
  return textWidth(name) <= room ? name : fitLabel(short ?? name, room);
}

/** Space between a bar chart's labels and its value axis: Plot's tick (6) and padding (3), and a gap. */
export const AXIS_LABEL_GAP = 12;
/** Space after a bar for its value label: the label's offset and a gap. */
const VALUE_LABEL_GAP = 10;

/** The margins of a horizontal bar chart that fit its category labels and the values after its bars. */
export function barLabelMargins(labels: readonly string[], values: readonly string[]): { marginLeft: number; marginRight: number } {
  return {
    marginLeft: Math.ceil(widestLabel(labels) + AXIS_LABEL_GAP),
    marginRight: Math.ceil(widestLabel(values) + VALUE_LABEL_GAP),
  };
}
