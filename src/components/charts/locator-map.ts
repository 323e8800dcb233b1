/*
 * The locator of a mission's page: where its headquarters was, on the part of the globe around
 * it. Same contract as the other charts: data in, a Plot figure out, painted at build time.
 */
import { editions } from "../i18n/editions.js";
import * as Plot from "@observablehq/plot";
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon } from "geojson";
import type { MissionReference } from "../../../data-loaders/mission-reference.js";
import { asImage, type ChartOptions } from "./drawing.js";
import { capitalize, formatter, type Locale } from "../i18n/format.js";
import { headquartersMapText, locatorText, type HeadquartersTowns } from "../i18n/chart-text.js";
import { missionAcronymIn } from "../i18n/mission-names.js";
import { inPlace, placeName } from "../i18n/places.js";
import { palette, textHalo } from "./palette.js";

export type LocatedHeadquarters = Pick<MissionReference, "acronym" | "headquarters"> & { latitude: number; longitude: number };

/** Degrees of the globe shown on each side of the headquarters: a region, with its neighbours. */
const REACH = { longitude: 38, latitude: 22 };
/**
 * Outlines with no point within this angle of the headquarters fall outside the view: they are
 * left out before drawing, rather than drawn and hidden (half the locator's bytes were borders
 * on the far side of the view, on every mission page).
 */
const OUTLINE_REACH_DEGREES = 45;

/** The angle between two points of the globe, in degrees (haversine). */
function angleBetween([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / rad;
}

/** The land's polygons and the borders' lines that come within reach of `center`. */
function outlinesNear(center: number[], { land, borders }: { land: Feature | FeatureCollection; borders: MultiLineString }) {
  const near = (ring: number[][]) => ring.some((point) => angleBetween(point, center) <= OUTLINE_REACH_DEGREES);
  const features = "features" in land ? land.features : [land];
  const polygons = features.flatMap((feature) => {
    const geometry = feature.geometry;
    if (geometry.type === "Polygon") return [geometry.coordinates];
    if (geometry.type === "MultiPolygon") return geometry.coordinates;
    return [];
  });
  return {
    land: { type: "MultiPolygon", coordinates: polygons.filter((polygon) => near(polygon[0])) } as MultiPolygon,
    borders: { type: "MultiLineString", coordinates: borders.coordinates.filter(near) } as MultiLineString,
  };
}

/** The headquarters as a point a locator can draw, or null where no source gives one. */
export function locatedHeadquarters(reference: MissionReference): LocatedHeadquarters | null {
  const { latitude, longitude } = reference;
  return latitude === null || longitude === null ? null : { ...reference, latitude, longitude };
}

export function locatorMap(
  place: LocatedHeadquarters & Pick<MissionReference, "running"> & Partial<Pick<MissionReference, "kind">>,
  outlines: { land: Feature | FeatureCollection; borders: MultiLineString },
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = locatorText[locale];
  const { latitude, longitude } = place;
  const { north, south, east, west } = text.compass;
  const [lat, lon] = [formatDegrees(latitude, north, south, locale), formatDegrees(longitude, east, west, locale)];
  const { land, borders } = outlinesNear([longitude, latitude], outlines);
  const town = place.headquarters ? placeName(place.headquarters, locale) : place.acronym;
  // The UN's list joins a mission's seasonal seats with "and", as the mission pages read it.
  const towns: HeadquartersTowns = !place.headquarters ? "none" : place.headquarters.includes(" and ") ? "several" : "one";
  // The view's corners, for Plot to fit the projection to: a region centred on the point.
  const corners: Feature = {
    type: "Feature",
    properties: {},
    geometry: {
      type: "MultiPoint",
      coordinates: [
        [longitude - REACH.longitude, latitude],
        [longitude + REACH.longitude, latitude],
        [longitude, Math.max(-89, latitude - REACH.latitude)],
        [longitude, Math.min(89, latitude + REACH.latitude)],
      ],
    },
  };
  // The dot is at the middle of the map: its label has the right half, and a long name wraps there.
  const fontSize = width < 480 ? 12 : 13;
  const room = width / 2 - 24;
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: Math.round(width * (width < 480 ? 0.62 : 0.42)),
      title: text.title(place.acronym, place.running, place.kind),
      subtitle: text.subtitle(capitalize(town), towns, lat, lon),
      caption: text.caption,
      ariaLabel: text.ariaLabel(place.acronym, town, place.kind),
      // The text alternative gives the coordinates as the subtitle prints them, so that the two never disagree.
      ariaDescription: text.description(
        {
          towns,
          inTown: place.headquarters ? formatter(locale).list(place.headquarters.split(" and ").map((one) => inPlace(one, locale))) : "",
        },
        lat,
        lon,
      ),
      projection: { type: "orthographic", rotate: [-longitude, -latitude], domain: corners, inset: 4 },
      marks: [
        Plot.sphere({ fill: "#eef3f7", stroke: "#c8c8c8" }),
        Plot.geo(land, { fill: "#fbfaf6", stroke: "#b8b8b8", strokeWidth: 0.5 }),
        Plot.geo(borders, { stroke: "#c8c8c8", strokeWidth: 0.5 }),
        Plot.dot([place], { x: "longitude", y: "latitude", r: 9, stroke: palette.vermillion, strokeWidth: 1.5, fill: "none" }),
        Plot.dot([place], { x: "longitude", y: "latitude", r: 3.5, fill: palette.vermillion }),
        Plot.text([place], {
          x: "longitude",
          y: "latitude",
          text: () => town,
          textAnchor: "start",
          dx: 13,
          fontSize,
          // Plot measures wrapped text in ems of regular weight; bold runs about a tenth wider.
          lineWidth: room / fontSize / 1.15,
          fontWeight: "bold",
          fill: "currentColor",
          ...textHalo,
        }),
      ],
      ...plot,
    }),
  );
}

/** 12.65 and "N", "S" → "12.65° N" (French: "12,65° N"): two decimals, as the sources give them. */
function formatDegrees(value: number, positive: string, negative: string, locale: Locale): string {
  const fixed = new Intl.NumberFormat(editions[locale].intl.numbers, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return `${fixed.format(Math.abs(value))}° ${value < 0 ? negative : positive}`;
}

export type DrawnHeadquarters = LocatedHeadquarters & { deaths: number };

/** How many towns the world map names at most: the deadliest missions' headquarters. */
const LABELLED = { wide: 10, narrow: 5 };

/**
 * Every mission's headquarters on one world map, each dot sized by the deaths the file records
 * for it; the deadliest are named. Missions at one town share a label ("Kinshasa: MONUSCO, ONUC").
 */
export function headquartersWorldMap(
  places: DrawnHeadquarters[],
  notDrawn: string[],
  { land, borders }: { land: Feature | FeatureCollection; borders: MultiLineString },
  { locale = "en", width = 640, document, ...plot }: ChartOptions & { locale?: Locale } = {},
): HTMLElement | SVGSVGElement {
  const text = headquartersMapText[locale];
  const narrow = width < 480;
  const deadliest = [...places].sort((a, b) => b.deaths - a.deaths || a.acronym.localeCompare(b.acronym));
  // One label per town, for the deadliest; a label that would run into one already placed (it is
  // written to the right of its dot) is left out: its mission is in the table below the map.
  const labels = new Map<string, DrawnHeadquarters[]>();
  const clear = (place: DrawnHeadquarters) =>
    [...labels.values()].every(([kept]) => {
      const degreesPerPixel = 360 / width;
      return (
        Math.abs(kept.latitude - place.latitude) > 14 * degreesPerPixel || Math.abs(kept.longitude - place.longitude) > 90 * degreesPerPixel
      );
    });
  for (const place of deadliest) {
    if (labels.size >= (narrow ? LABELLED.narrow : LABELLED.wide)) break;
    const town = place.headquarters ? placeName(place.headquarters, locale) : place.acronym;
    if (labels.has(town)) labels.get(town)!.push(place);
    else if (clear(place)) labels.set(town, [place]);
  }
  const labelled = [...labels.values()].map((group) => ({
    ...group[0],
    label: group.map((place) => missionAcronymIn(place.acronym, locale)).join(", "),
  }));
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      height: Math.round(width * 0.52),
      title: text.title,
      subtitle: text.subtitle(notDrawn.map((acronym) => missionAcronymIn(acronym, locale))),
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription: deadliest
        .map(
          (place) =>
            `${missionAcronymIn(place.acronym, locale)}, ${place.headquarters ? placeName(place.headquarters, locale) : ""}${formatter(locale).colon}${formatter(locale).number(place.deaths)}`,
        )
        .join(formatter(locale).semicolon),
      projection: { type: "equal-earth", inset: 2 },
      r: { range: [1.5, narrow ? 10 : 16] },
      marks: [
        Plot.sphere({ fill: "#eef3f7", stroke: "#c8c8c8" }),
        Plot.geo(land, { fill: "#fbfaf6", stroke: "#b8b8b8", strokeWidth: 0.5 }),
        Plot.geo(borders, { stroke: "#d0d0d0", strokeWidth: 0.4 }),
        Plot.dot(deadliest, {
          x: "longitude",
          y: "latitude",
          r: "deaths",
          fill: palette.vermillion,
          fillOpacity: 0.35,
          stroke: palette.vermillion,
          strokeWidth: 0.75,
        }),
        Plot.text(labelled, {
          x: "longitude",
          y: "latitude",
          text: "label",
          textAnchor: "start",
          dx: 6,
          dy: -8,
          fontSize: narrow ? 9 : 11,
          fill: "currentColor",
          ...textHalo,
        }),
      ],
      ...plot,
    }),
  );
}
