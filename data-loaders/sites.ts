/**
 * The thirteen sites MINUSMA held when the withdrawal began (twelve camps and the temporary base
 * at Ogossagou) and when each was closed or handed over, one source per row. The coordinates are
 * not written here: a site that Geo-PKO maps names its place there (`geo_pko_location`), and the
 * report takes the point from Geo-PKO, so that a site and the deployment it ended share one point.
 */
import { z } from "zod";
import { loadCuratedTable, type CuratedTableSpec } from "./curated.js";
import { earliestDate, isoDayOrMonth, maxLength, optional, optionalText, requiredText, todayUtc } from "./fields.js";
import type { Deployment } from "./geo-pko.js";
import { checkDatePrecision, optionalDatePrecision } from "./figure-fields.js";
import { translatedColumns, translatedFields, translationsOf } from "./edition-columns.js";
import { checkCitation, citationColumns, citationFields } from "./source-policy.js";

export const siteKinds = ["camp", "temporary base"] as const;

export const siteColumns = [
  "id",
  "site",
  ...translatedColumns("site"),
  "kind",
  "geo_pko_location",
  "closed",
  "date_precision",
  "handed_to",
  ...translatedColumns("handed_to"),
  ...citationColumns,
  "note",
] as const;

export const siteSchema = (today: string) =>
  z
    .object({
      id: z
        .string()
        .trim()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "not a site id: lowercase letters and digits joined by hyphens, such as mopti-sevare")
        .max(maxLength.id, `longer than ${maxLength.id} characters, which no site id needs`),
      site: requiredText("site", maxLength.name),
      ...translatedFields("site", (name) => requiredText(name, maxLength.name)),
      kind: z.enum(siteKinds, `unknown kind of site; known: ${siteKinds.join(", ")}`),
      geo_pko_location: optionalText("geo_pko_location"),
      closed: optional(isoDayOrMonth(today, earliestDate.mali)),
      // "about" where the sources disagree by days or give only the week.
      date_precision: optionalDatePrecision,
      handed_to: optionalText("handed_to"),
      ...translatedFields("handed_to", (name) => optionalText(name)),
      ...citationFields,
      note: optionalText("note"),
    })
    .superRefine((row, ctx) => {
      checkCitation(row, ctx);
      for (const [name, words] of translationsOf(row, "handed_to"))
        if ((row.handed_to === "") !== (words === ""))
          ctx.addIssue({ code: "custom", path: [name], message: `handed_to and ${name} must both be given or both be empty` });
      checkDatePrecision(row.closed, row.date_precision, ctx, "closing date");
      if (row.closed === null && row.note === "")
        ctx.addIssue({ code: "custom", path: ["note"], message: "a site with no closing date needs a note saying what was looked for" });
    });

export type SiteRow = z.output<ReturnType<typeof siteSchema>>;

export const sitesTable = (today = todayUtc()): CuratedTableSpec<ReturnType<typeof siteSchema>> => ({
  name: "sites",
  schema: siteSchema(today),
  columns: siteColumns,
  key: ["id"],
});

export const loadSites = (): SiteRow[] => loadCuratedTable(sitesTable());

/** The published table: the curated columns and the point from Geo-PKO. */
const afterLocation = siteColumns.indexOf("geo_pko_location") + 1;
export const locatedSiteColumns = [
  ...siteColumns.slice(0, afterLocation),
  "latitude",
  "longitude",
  ...siteColumns.slice(afterLocation),
] as const;

/** A site with the point Geo-PKO gives its place; null where Geo-PKO does not map it. */
export type LocatedSite = SiteRow & { latitude: number | null; longitude: number | null };

/**
 * Each site with its point from MINUSMA's deployments in Geo-PKO. A `geo_pko_location` that
 * Geo-PKO does not hold for the mission is an error naming the site and the places it does hold.
 */
export function locateSites(sites: SiteRow[], deployments: Deployment[], mission = "MINUSMA"): LocatedSite[] {
  const points = new Map<string, { latitude: number; longitude: number }>();
  for (const row of deployments) if (row.mission === mission && !points.has(row.location)) points.set(row.location, row);
  return sites.map((site) => {
    if (site.geo_pko_location === "") return { ...site, latitude: null, longitude: null };
    const point = points.get(site.geo_pko_location);
    if (!point)
      throw new Error(
        `curated:sites: site ${site.id}: Geo-PKO has no ${mission} place named ${JSON.stringify(site.geo_pko_location)}; it has ${[...points.keys()].sort().join(", ")}`,
      );
    return { ...site, latitude: point.latitude, longitude: point.longitude };
  });
}
