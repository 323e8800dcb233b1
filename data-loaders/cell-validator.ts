import type { z } from "zod";

export type CellCheck<Row> = { ok: true; row: Row } | { ok: false; column: string; message: string };

/**
 * Validates a row against a zod object schema whose fields each read one cell, checking each
 * distinct value of a column once. A file of 400,000 rows holds a few thousand distinct dates
 * and a few dozen missions: the rules are the schema's own, the work is per distinct value.
 * Columns listed in `everyRow` (unique ids) are checked on every row without being remembered.
 * Issues are reported for the first failing column in the schema's order, as zod would.
 */
export function distinctValueValidator<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  { everyRow = [] }: { everyRow?: readonly (keyof Shape & string)[] } = {},
): (values: Record<string, string>) => CellCheck<z.output<z.ZodObject<Shape>>> {
  const fields = Object.keys(schema.shape).map((column) => ({
    column,
    rule: schema.shape[column] as unknown as z.ZodType,
    // null: checked on every row and not remembered.
    seen: everyRow.includes(column) ? null : new Map<string, z.ZodSafeParseResult<unknown>>(),
  }));
  return (values) => {
    const row: Record<string, unknown> = {};
    for (const { column, rule, seen } of fields) {
      const value = values[column];
      let result = seen?.get(value);
      if (!result) {
        result = rule.safeParse(value);
        seen?.set(value, result);
      }
      if (!result.success) return { ok: false, column, message: result.error.issues[0].message };
      row[column] = result.data;
    }
    return { ok: true, row: row as z.output<z.ZodObject<Shape>> };
  };
}
