import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { earliestDate, isoDayOrMonth, maxLength, optionalText, requiredText, todayUtc } from "./fields.js";
import { checkDatePrecision, datePrecision } from "./figure-fields.js";
import { translatedColumns, translatedFields } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const eventCategories = ["conflict", "politics", "foreign forces", "mission", "restrictions", "human rights", "withdrawal"] as const;

export const eventColumns = [
  "id",
  "date",
  "date_precision",
  "event",
  ...translatedColumns("event"),
  "category",
  ...citationColumns,
  "note",
] as const;

/** One dated event of the timeline, 2012 to the end of the drawdown. */
export const eventSchema = (today: string) =>
  z
    .object({
      // What the claims and the figures find an event by: its wording may be edited, its id not.
      id: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not an event id: lowercase letters and digits joined by hyphens, such as moura-report")
        .max(maxLength.id, `longer than ${maxLength.id} characters, which no event id needs`),
      date: isoDayOrMonth(today, earliestDate.mali),
      date_precision: datePrecision,
      event: requiredText("event"),
      // The other editions' words for the same event, from the same source: written, not translated by machine.
      ...translatedFields("event", (name) => requiredText(name)),
      category: z.enum(eventCategories, `unknown event category; known: ${eventCategories.join(", ")}`),
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      checkDatePrecision(row.date, row.date_precision, ctx, "date");
    });

export type EventRow = z.output<ReturnType<typeof eventSchema>>;

export const eventsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof eventSchema>> => ({
  name: "events",
  schema: eventSchema(today),
  columns: eventColumns,
  key: ["id"],
});

export const loadEvents = (): EventRow[] => loadCuratedTable(eventsTable());
