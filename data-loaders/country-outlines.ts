/**
 * Countries' outlines, to check that a place lies where its source says: Natural Earth's countries
 * at 1:50m from the world-atlas package (public domain, TopoJSON), read from node_modules, never
 * fetched. A point whose latitude and longitude were swapped lands thousands of kilometres away,
 * often in the sea; one on a border or a coast drawn coarsely lies a few kilometres outside.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoContains, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const atlases = new Map<string, CountryTopology>();

/** One of world-atlas's files of countries, read once. */
export function atlas(file: "countries-50m.json" | "countries-110m.json"): CountryTopology {
  if (!atlases.has(file))
    atlases.set(file, JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`world-atlas/${file}`), "utf-8")) as CountryTopology);
  return atlases.get(file)!;
}

/**
 * Geo-PKO's names of countries that Natural Earth names otherwise, or draws in more than one
 * outline. Sudan stands for the country as it was before South Sudan's independence in 2011
 * (Geo-PKO's Sudan of 2005 includes Juba); Western Sahara is drawn by Natural Earth partly within
 * Morocco; Cyprus's north is an outline of its own.
 */
const outlineNames: Record<string, string[]> = {
  DRC: ["Dem. Rep. Congo"],
  "Ivory Coast": ["Côte d'Ivoire"],
  "Central African Republic": ["Central African Rep."],
  "Bosnia and Herzegovina": ["Bosnia and Herz."],
  "North Macedonia": ["Macedonia"],
  "South Sudan": ["S. Sudan"],
  Sudan: ["Sudan", "S. Sudan"],
  "Western Sahara": ["W. Sahara", "Morocco"],
  Cyprus: ["Cyprus", "N. Cyprus"],
  "Ethiopia/Eritrea": ["Ethiopia", "Eritrea"],
};

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;
let byName: Map<string, CountryFeature> | undefined;

/** The outlines of a country as Geo-PKO names it, or null when Natural Earth has none by that name. */
export function countryOutlines(name: string): CountryFeature[] | null {
  if (!byName) {
    const topology = atlas("countries-50m.json");
    const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    byName = new Map(all.features.map((country) => [country.properties.name, country]));
  }
  const outlines = (outlineNames[name] ?? [name]).map((outline) => byName!.get(outline));
  return outlines.every((outline) => outline !== undefined) ? (outlines as CountryFeature[]) : null;
}

const earthRadiusKm = 6371;

/**
 * How far a point lies outside some outlines, in kilometres: 0 inside, else the distance to the
 * nearest point of their borders (their vertices, a few kilometres apart at 1:50m).
 */
export function kilometresOutside(outlines: CountryFeature[], longitude: number, latitude: number): number {
  const point: [number, number] = [longitude, latitude];
  if (outlines.some((outline) => geoContains(outline, point))) return 0;
  let nearest = Infinity;
  for (const outline of outlines) {
    const polygons = outline.geometry.type === "Polygon" ? [outline.geometry.coordinates] : outline.geometry.coordinates;
    for (const ring of polygons.flat())
      for (const vertex of ring) nearest = Math.min(nearest, geoDistance(vertex as [number, number], point));
  }
  return nearest * earthRadiusKm;
}

/** How far outside its country a place may lie and still be taken as in it: a coast or border drawn at 1:50m. */
export const borderToleranceKm = 25;

const degreesShown = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 4 });

/**
 * Why a place cannot lie where its row puts it, and which cell is at fault: a country with no
 * outline to check against, or a point further than a border's width outside it (with a hint when
 * swapping latitude and longitude puts it back). Null when the place is in its country.
 */
export function placeOutside(country: string, latitude: number, longitude: number): { cell: "country" | "point"; problem: string } | null {
  const outlines = countryOutlines(country);
  if (!outlines)
    return {
      cell: "country",
      problem: `no outline of ${JSON.stringify(country)} to check its places against: name its Natural Earth outline in data-loaders/country-outlines.ts`,
    };
  const outside = kilometresOutside(outlines, longitude, latitude);
  if (outside <= borderToleranceKm) return null;
  const swapped = kilometresOutside(outlines, latitude, longitude) <= borderToleranceKm ? "; latitude and longitude look swapped" : "";
  return {
    cell: "point",
    problem: `the point (latitude ${degreesShown(latitude)}, longitude ${degreesShown(longitude)}) lies ${Math.round(outside).toLocaleString("en")} km outside ${country}, where this place is${swapped}`,
  };
}
