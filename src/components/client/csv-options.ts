/*
 * How pages and tests read the tidy CSV tables into arquero, so that both see the same types.
 * Every column stays text except those parsed here. An empty cell comes back as null: for a
 * number it means "not given", for text "nothing to say".
 */

const nullableNumber = (value: string | null) => (value == null || value === "" ? null : Number(value));

export const casualtiesCsvOptions = {
  autoType: false,
  parse: { year: Number },
} as const;

export const flightsCsvOptions = {
  autoType: false,
  parse: { requested: nullableNumber, denied: Number },
} as const;

export const strengthCsvOptions = {
  autoType: false,
  parse: { deployed: nullableNumber, authorized: nullableNumber },
} as const;

export const contingentsCsvOptions = {
  autoType: false,
  parse: { personnel: Number },
} as const;
