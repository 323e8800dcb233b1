/**
 * Repairs to nationality names and ISO codes as the UN fatalities file writes them.
 * Keyed by the name exactly as it appears in the file; every entry was seen in the pinned copy.
 */
export const nationalityRepairs: Record<string, { name: string; iso3?: string }> = {
  // The apostrophe is lost in the UN export, and the ISO code with it.
  "Côte dIvoire": { name: "Côte d'Ivoire", iso3: "CIV" },
  // The UN's placeholder for an unknown nationality; no ISO code exists for it.
  "ZZ [Undetermined]": { name: "Undetermined" },
  // Names present with an empty isocode3 on some rows.
  Türkiye: { name: "Türkiye", iso3: "TUR" },
  Mauritius: { name: "Mauritius", iso3: "MUS" },
  "Viet Nam": { name: "Viet Nam", iso3: "VNM" },
};

export function cleanNationality(name: string, iso3: string): { nationality: string; iso3: string } {
  const repair = nationalityRepairs[name];
  if (!repair) return { nationality: name, iso3 };
  return { nationality: repair.name, iso3: iso3 || repair.iso3 || "" };
}
