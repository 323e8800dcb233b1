/**
 * The UN missions' official French names and acronyms (FINUL for UNIFIL, FORPRONU for UNPROFOR),
 * as the UN's French pages, or where none was found a newspaper or an agency, give them: the French
 * edition names a mission by them. One row per mission of the UN file; a mission without a row is
 * named by its English acronym, marked as English.
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { maxLength, optionalText, requiredText } from "./fields.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

/** The article a French sentence gives the mission: from the head noun of its name, elided before a vowel, plural for a plural name (les FPNU). */
export const frenchArticles = ["la", "le", "l’", "les"] as const;

export const missionNameFrColumns = ["acronym", "acronym_fr", "name_fr", "article_fr", ...citationColumns, "note"] as const;

export const missionNameFrSchema = z
  .object({
    acronym: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Za-z]*$/, "not an acronym as the UN fatalities file writes them (letters only, such as UNAMA or OSESyria)")
      .max(maxLength.acronym, `longer than ${maxLength.acronym} characters, which no mission acronym is`),
    // Empty where the UN's French pages give the mission no acronym of its own; a short name for
    // an entry that no one names by an acronym ("Secrétariat de l’ONU" for UNSecretariat).
    acronym_fr: z
      .string()
      .trim()
      .regex(
        /^([A-Z]+|[A-ZÉ][\p{Ll}]+( [\p{L}’]+)+)?$/u,
        "neither a French acronym as the UN writes them (capital letters only, such as FINUL) nor a short name of several words (such as Secrétariat de l’ONU)",
      )
      .max(maxLength.acronym, `longer than ${maxLength.acronym} characters, which no mission acronym is`),
    name_fr: requiredText("name_fr", maxLength.name),
    article_fr: z.enum(frenchArticles, `unknown article; known: ${frenchArticles.join(", ")}`),
    ...citationFields,
    note: optionalText("note"),
  })
  .superRefine((row, ctx) => {
    checkCitation(row, ctx);
    const named = row.acronym_fr || row.acronym;
    const singular = row.article_fr !== "les";
    if (singular && (row.article_fr === "l’") !== /^[AEIOUYÉ]/.test(named))
      ctx.addIssue({
        code: "custom",
        path: ["article_fr"],
        message: `"l’" goes before an acronym that starts with a vowel, and only there (${named})`,
      });
  });

export type MissionNameFrRow = z.output<typeof missionNameFrSchema>;

export const missionNamesFrTable = (): CuratedTableSpec<typeof missionNameFrSchema> => ({
  name: "mission_names_fr",
  schema: missionNameFrSchema,
  columns: missionNameFrColumns,
  key: ["acronym"],
});

export const loadMissionNamesFr = (): MissionNameFrRow[] => loadCuratedTable(missionNamesFrTable());
