/*
 * Country outlines for the maps, from the world-atlas package (Natural Earth's 1:50m countries,
 * public domain, as TopoJSON): read from node_modules at build time, never fetched.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Feature, FeatureCollection } from "geojson";
import { feature, neighbors } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** ISO 3166 numeric codes, as world-atlas identifies its countries. */
export const MALI = "466";

let world: Topology<{ countries: GeometryCollection<{ name: string }> }> | undefined;
function countries() {
  world ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-50m.json"), "utf-8"));
  return world!;
}

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
