/*
 * Country outlines for the maps, from the world-atlas package (Natural Earth's countries, public
 * domain, as TopoJSON): 1:50m for the map of Mali, 1:110m for the small locator maps of the
 * missions. Read from node_modules at build time, never fetched.
 */
import type { Feature, FeatureCollection } from "geojson";
import type { MultiLineString } from "geojson";
import { feature, mesh, neighbors } from "topojson-client";
import { atlas } from "../../../data-loaders/country-outlines.js";

/** ISO 3166 numeric codes, as world-atlas identifies its countries. */
export const MALI = "466";

const countries = () => atlas("countries-50m.json");

/** The world at 1:110m, land and borders between countries: enough for a locator a few hundred pixels wide. */
export function worldOutlines(): WorldOutlines {
  if (outlines) return outlines;
  const topology = atlas("countries-110m.json");
  return (outlines = {
    land: feature(topology, topology.objects.land),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  });
}
type WorldOutlines = { land: Feature | FeatureCollection; borders: MultiLineString };
let outlines: WorldOutlines | undefined;

/** A country's outline and those of the countries that share a border with it. */
export function countryWithNeighbours(id: string): { country: Feature; neighbours: FeatureCollection } {
  const topology = countries();
  const geometries = topology.objects.countries.geometries;
  const index = geometries.findIndex((geometry) => geometry.id === id);
  if (index < 0) throw new Error(`world-atlas has no country with the id ${id}`);
  const all = feature(topology, topology.objects.countries) as FeatureCollection;
  const bordering = neighbors(geometries)[index];
  return {
    country: all.features[index],
    neighbours: { type: "FeatureCollection", features: bordering.map((i) => all.features[i]) },
  };
}
