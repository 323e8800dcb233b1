/**
 * The missions and offices of the UN fatalities file that the UN's list of peacekeeping operations
 * leaves out: special political missions, offices, one peacekeeping operation the list misses
 * (UNTAG) and the Secretariat itself. One row each, with its full name, headquarters and dates as
 * the source cited gives them.
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import {
  earliestDate,
  isoDayMonthOrYear,
  maxLength,
  notAReservedPageName,
  optional,
  optionalText,
  requiredText,
  todayUtc,
} from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const missionKinds = ["peacekeeping operation", "political mission", "office", "not a mission"] as const;
export type MissionKind = (typeof missionKinds)[number];

export const otherMissionColumns = [
  "acronym",
  "name",
  "kind",
  "headquarters",
  "area",
  "start_date",
  "end_date",
  "running",
  ...citationColumns,
  "note",
] as const;

export const otherMissionSchema = (today: string) =>
  z
    .object({
      acronym: z
        .string()
        .trim()
        .regex(/^[A-Z][A-Za-z]*$/, "not an acronym as the UN fatalities file writes them (letters only, such as UNAMA or OSESyria)")
        .max(maxLength.acronym, `longer than ${maxLength.acronym} characters, which no mission acronym is`)
        .refine(...notAReservedPageName),
      name: requiredText("name", maxLength.name),
      kind: z.enum(missionKinds, `unknown kind; known: ${missionKinds.join(", ")}`),
      headquarters: optionalText("headquarters"),
      // Where the source names no town: the country or region the mission works on.
      area: optionalText("area"),
      start_date: isoDayMonthOrYear(today, earliestDate.unMissions),
      end_date: optional(isoDayMonthOrYear(today, earliestDate.unMissions)),
      running: z.enum(["yes", "no"], 'running must be "yes" or "no"').transform((value) => value === "yes"),
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      if ((row.headquarters === "") === (row.area === ""))
        ctx.addIssue({
          code: "custom",
          path: ["headquarters"],
          message: "give the headquarters town, or where the source names none, the area (country or region): one of the two",
        });
      if (row.running && row.end_date !== null)
        ctx.addIssue({ code: "custom", path: ["end_date"], message: 'an end date for a mission marked running "yes"' });
      if (!row.running && row.end_date === null && row.note === "")
        ctx.addIssue({
          code: "custom",
          path: ["note"],
          message: "a mission that has ended, with no end date: say in a note what was looked for",
        });
      // Dates of different precision compare on what both give: 2016-01 is not before 2016-01-28.
      const common = Math.min(row.start_date.length, row.end_date?.length ?? 10);
      if (row.end_date !== null && row.end_date.slice(0, common) < row.start_date.slice(0, common))
        ctx.addIssue({ code: "custom", path: ["end_date"], message: `ends before it starts (${row.start_date})` });
    });

export type OtherMissionRow = z.output<ReturnType<typeof otherMissionSchema>>;

export const otherMissionsTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof otherMissionSchema>> => ({
  name: "other_missions",
  schema: otherMissionSchema(today),
  columns: otherMissionColumns,
  key: ["acronym"],
});

export const loadOtherMissions = (): OtherMissionRow[] => loadCuratedTable(otherMissionsTable());
