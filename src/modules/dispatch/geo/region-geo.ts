import { readFileSync } from 'node:fs';

/**
 * The Region Hannover's municipality borders (shipped GeoJSON, see ATTRIBUTION.md)
 * and the plane geometry the desk needs: which municipality a point lies in, whether
 * it lies in the Region at all, straight-line distances. Pure and offline.
 */
type Ring = [number, number][];
type Polygon = Ring[];
interface MunicipalityShape {
  ags: string;
  name: string;
  polygons: Polygon[];
  bbox: [number, number, number, number];
}

export const GEODATA_ATTRIBUTION = '© GeoBasis-DE / BKG 2013 (Daten verändert)';
const geojsonUrl = new URL('./municipalities-region-hannover.geojson', import.meta.url);

let cachedText: string | undefined;
let cachedShapes: MunicipalityShape[] | undefined;

/** The GeoJSON as shipped (served to the desk's map). */
export function municipalityBordersGeoJson(): string {
  cachedText ??= readFileSync(geojsonUrl, 'utf8');
  return cachedText;
}

function shapes(): MunicipalityShape[] {
  if (cachedShapes) return cachedShapes;
  const parsed = JSON.parse(municipalityBordersGeoJson()) as {
    features: { properties: { AGS: string; GEN: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  cachedShapes = parsed.features.map((f) => {
    const polygons = (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates]) as Polygon[];
    let minLon = Infinity,
      minLat = Infinity,
      maxLon = -Infinity,
      maxLat = -Infinity;
    for (const polygon of polygons)
      for (const [lon, lat] of polygon[0]!) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
    return { ags: f.properties.AGS, name: f.properties.GEN, polygons, bbox: [minLon, minLat, maxLon, maxLat] };
  });
  return cachedShapes;
}

function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inPolygon = (polygon: Polygon, lon: number, lat: number) =>
  inRing(polygon[0]!, lon, lat) && !polygon.slice(1).some((hole) => inRing(hole, lon, lat));

/** The municipality (AGS, name) a point lies in, or null outside the Region Hannover. */
export function municipalityAt(lat: number, lon: number): { ags: string; name: string } | null {
  for (const m of shapes()) {
    const [x0, y0, x1, y1] = m.bbox;
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
    if (m.polygons.some((p) => inPolygon(p, lon, lat))) return { ags: m.ags, name: m.name };
  }
  return null;
}

/** The Region's bounding box [minLon, minLat, maxLon, maxLat] (the map's frame). */
export function regionBbox(): [number, number, number, number] {
  const all = shapes().map((s) => s.bbox);
  return [
    Math.min(...all.map((b) => b[0])),
    Math.min(...all.map((b) => b[1])),
    Math.max(...all.map((b) => b[2])),
    Math.max(...all.map((b) => b[3])),
  ];
}

/** Straight-line (great-circle) distance in metres. Roads are not considered. */
export function distanceMeters(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6_371_000 * Math.asin(Math.sqrt(h)));
}

/**
 * A house number's point on a street known only by its two ends (numbers `from`
 * at `start`, `to` at `end`): linear along the straight line. Approximate by nature.
 */
export function interpolateAlong(
  start: { lat: number; lon: number },
  end: { lat: number; lon: number },
  from: number,
  to: number,
  houseNumber: number,
): { lat: number; lon: number } {
  const span = to - from;
  const f = span === 0 ? 0 : Math.min(1, Math.max(0, (houseNumber - from) / span));
  return { lat: round6(start.lat + (end.lat - start.lat) * f), lon: round6(start.lon + (end.lon - start.lon) * f) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
