/*
 * The UN file's categories as each edition writes them: one table for every page, chart and
 * table of numbers. The downloads keep the UN's own values; only what readers see is translated.
 */
import type { IncidentType, PersonnelType } from "../../../data-loaders/casualties.js";
import type { Locale } from "../format.js";

type Category = IncidentType | PersonnelType;

export const categoryLabels: Record<Locale, Record<Category, string>> = {
  en: {
    "Malicious Act": "Malicious Act",
    Accident: "Accident",
    Illness: "Illness",
    "Self-Inflicted": "Self-Inflicted",
    "To Be Determined": "To Be Determined",
    Unknown: "Unknown",
    Military: "Military",
    Police: "Police",
    "Military Observer": "Military Observer",
    "International Civilian": "International Civilian",
    Local: "Local",
    Other: "Other",
  },
  fr: {
    "Malicious Act": "Acte malveillant",
    Accident: "Accident",
    Illness: "Maladie",
    "Self-Inflicted": "Acte auto-infligé",
    "To Be Determined": "À déterminer",
    Unknown: "Inconnu",
    Military: "Militaire",
    Police: "Police",
    "Military Observer": "Observateur militaire",
    "International Civilian": "Civil international",
    Local: "Personnel local",
    Other: "Autre",
  },
};

/** A category of the UN file as the edition writes it; a value the table lacks is an error, never shown raw. */
export function categoryLabel(value: string, locale: Locale): string {
  const label = (categoryLabels[locale] as Record<string, string>)[value];
  if (label === undefined) throw new Error(`no ${locale} label for the UN file's category "${value}" (src/components/i18n/categories.ts)`);
  return label;
}
