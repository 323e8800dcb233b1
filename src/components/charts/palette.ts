/*
 * The report's colours, by name: the Okabe–Ito palette, chosen to stay distinguishable for the
 * common forms of colour blindness, and the neutrals for what is not the point of a chart. Every
 * chart takes its colours from here.
 */
export const palette = {
  vermillion: "#D55E00",
  blue: "#0072B2",
  bluishGreen: "#009E73",
  reddishPurple: "#CC79A7",
  skyBlue: "#56B4E9",
  orange: "#E69F00",
  black: "#000000",
  grey: "#999999",
  /** Bars for comparison: the other missions, the rest of a category. */
  neutral: "#9AA5B1",
  /** Secondary text drawn in a chart. */
  annotation: "#555555",
} as const;

/** A white outline behind a label drawn over a map or bars, so that it reads over any line. */
export const textHalo = { stroke: "white", strokeWidth: 3, paintOrder: "stroke" } as const;

/** Malicious acts get the strongest hue because the story is about them. */
export const incidentColors: Record<string, string> = {
  "Malicious Act": palette.vermillion,
  Accident: palette.blue,
  Illness: palette.bluishGreen,
  "Self-Inflicted": palette.reddishPurple,
  "To Be Determined": palette.skyBlue,
  Unknown: palette.grey,
};

export const personnelColors: Record<string, string> = {
  Military: palette.blue,
  Police: palette.bluishGreen,
  "Military Observer": palette.skyBlue,
  "International Civilian": palette.reddishPurple,
  Local: palette.orange,
  Other: palette.grey,
};

/** The parts of the mission's strength. */
export const componentColors: Record<string, string> = {
  military: palette.blue,
  police: palette.bluishGreen,
  uniformed: palette.orange,
  total: palette.black,
  civilian: palette.reddishPurple,
};
