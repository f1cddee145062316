import { CsvFormatError, parseCsvWithLines } from '../../platform/csv/csv.js';
import { normaliseAddressText } from './address-text.js';
import { municipalityAt } from './geo/region-geo.js';

/**
 * Reading gazetteer sources into validated rows, pure (no database):
 * - the official address list as CSV (street, house number, postal code,
 *   coordinates as WGS84 lat/lon or ETRS89/UTM zone 32N east/north, district);
 * - an OpenStreetMap extract as GeoJSON (addr:* points and polygons, named places,
 *   named highways as streets known by their two ends).
 * Every row must lie in the Region Hannover (shipped borders); the municipality is
 * taken from the point. The caller applies all rows or none.
 */
export interface ParsedPlace {
  kind: 'address' | 'street' | 'place';
  name: string;
  houseNumber: string | null;
  postalCode: string | null;
  municipalityAgs: string;
  municipality: string;
  district: string | null;
  lat: number;
  lon: number;
  endLat: number | null;
  endLon: number | null;
  houseFrom: number | null;
  houseTo: number | null;
  searchKey: string;
}
export interface ImportIssue {
  row: number;
  field: string;
  message: string;
}
export interface ParseResult {
  rows: ParsedPlace[];
  errors: ImportIssue[];
  rowCount: number;
}

/** Refused rows kept for the report (the count is exact); the upload run lists them all (decision 0126). */
const MAX_REPORTED_ERRORS = 10_000;

const columnAliases: Record<string, string[]> = {
  street: ['strasse', 'straße', 'street', 'str', 'strassenname', 'straßenname'],
  houseNumber: ['hausnummer', 'hnr', 'house_number', 'housenumber', 'nr'],
  houseSuffix: ['zusatz', 'hausnummerzusatz', 'suffix', 'adresszusatz'],
  postalCode: ['plz', 'postleitzahl', 'postal_code', 'postcode'],
  lat: ['lat', 'breite', 'latitude', 'breitengrad'],
  lon: ['lon', 'lng', 'laenge', 'länge', 'longitude', 'laengengrad', 'längengrad'],
  east: ['rechtswert', 'east', 'x', 'utm_e', 'ostwert'],
  north: ['hochwert', 'north', 'y', 'utm_n', 'nordwert'],
  district: ['stadtbezirk', 'bezirk', 'district', 'stadtbezirk_name'],
};

const toNumber = (s: string | undefined) => (s === undefined || s.trim() === '' ? NaN : Number(s.trim().replace(',', '.')));

/** ETRS89 / UTM zone 32N (EPSG:25832) to WGS84 (GRS80 ellipsoid; differences to WGS84 are centimetres). */
export function utm32ToWgs84(east: number, north: number): { lat: number; lon: number } {
  const a = 6378137,
    f = 1 / 298.257222101,
    k0 = 0.9996;
  const e2 = f * (2 - f),
    ep2 = e2 / (1 - e2);
  const x = east - 500000,
    y = north;
  const m = y / k0;
  const mu = m / (a * (1 - e2 / 4 - (3 * e2 ** 2) / 64 - (5 * e2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - e2)) / (1 + Math.sqrt(1 - e2));
  const phi1 =
    mu +
    ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
    ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
    ((151 * e1 ** 3) / 96) * Math.sin(6 * mu);
  const n1 = a / Math.sqrt(1 - e2 * Math.sin(phi1) ** 2);
  const t1 = Math.tan(phi1) ** 2,
    c1 = ep2 * Math.cos(phi1) ** 2;
  const r1 = (a * (1 - e2)) / (1 - e2 * Math.sin(phi1) ** 2) ** 1.5;
  const d = x / (n1 * k0);
  const lat =
    phi1 -
    ((n1 * Math.tan(phi1)) / r1) *
      (d ** 2 / 2 -
        ((5 + 3 * t1 + 10 * c1 - 4 * c1 ** 2 - 9 * ep2) * d ** 4) / 24 +
        ((61 + 90 * t1 + 298 * c1 + 45 * t1 ** 2 - 252 * ep2 - 3 * c1 ** 2) * d ** 6) / 720);
  const lon =
    (d - ((1 + 2 * t1 + c1) * d ** 3) / 6 + ((5 - 2 * c1 + 28 * t1 - 3 * c1 ** 2 + 8 * ep2 + 24 * t1 ** 2) * d ** 5) / 120) /
    Math.cos(phi1);
  return { lat: (lat * 180) / Math.PI, lon: 9 + (lon * 180) / Math.PI };
}

class Collector {
  readonly errors: ImportIssue[] = [];
  errorCount = 0;
  add(row: number, field: string, message: string) {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push({ row, field, message });
  }
}

function placeAt(lat: number, lon: number, row: number, c: Collector) {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    c.add(row, 'koordinaten', 'Koordinaten fehlen oder sind keine Zahlen.');
    return null;
  }
  const municipality = municipalityAt(lat, lon);
  if (!municipality) c.add(row, 'koordinaten', `Der Punkt ${lat.toFixed(5)}, ${lon.toFixed(5)} liegt nicht in der Region Hannover.`);
  return municipality;
}

/** The official address list as CSV. Row numbers in errors count the header as row 1. */
export function parseAddressListCsv(text: string): ParseResult & { errorCount: number } {
  const c = new Collector();
  let parsed: { fields: string[]; line: number }[];
  try {
    // Semicolon or comma separated (whichever the header has more of), quoted fields, optional BOM.
    parsed = parseCsvWithLines(text, { delimiter: 'auto' });
  } catch (e) {
    if (!(e instanceof CsvFormatError)) throw e;
    c.add(e.line, '(Datei)', e.message);
    return { rows: [], errors: c.errors, rowCount: 0, errorCount: c.errorCount };
  }
  const [headerRow, ...body] = parsed;
  const header = headerRow?.fields ?? [];
  const lines = body.map((r) => r.fields);
  const names = header.map((h) => h.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const [key, aliases] of Object.entries(columnAliases)) {
    const i = names.findIndex((n) => aliases.includes(n));
    if (i >= 0) index[key] = i;
  }
  const hasLatLon = index.lat !== undefined && index.lon !== undefined;
  const hasUtm = index.east !== undefined && index.north !== undefined;
  if (index.street === undefined) c.add(1, 'strasse', 'Die Spalte „strasse" fehlt in der Kopfzeile.');
  if (index.houseNumber === undefined) c.add(1, 'hausnummer', 'Die Spalte „hausnummer" fehlt in der Kopfzeile.');
  if (!hasLatLon && !hasUtm)
    c.add(1, 'koordinaten', 'Koordinatenspalten fehlen: „lat" und „lon" (WGS84) oder „rechtswert" und „hochwert" (UTM 32N).');
  if (c.errorCount > 0) return { rows: [], errors: c.errors, rowCount: lines.length, errorCount: c.errorCount };

  const rows: ParsedPlace[] = [];
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const rowNo = body[i]!.line;
    const get = (key: string) => (index[key] === undefined ? '' : (line[index[key]!] ?? '').trim());
    const street = get('street');
    const number = get('houseNumber');
    const suffix = get('houseSuffix');
    const postalCode = get('postalCode');
    if (!street) c.add(rowNo, 'strasse', 'Der Straßenname fehlt.');
    if (!/^\d{1,4}[a-zA-Z]?$/.test(number + suffix)) c.add(rowNo, 'hausnummer', `Ungültige Hausnummer „${number}${suffix}".`);
    if (postalCode && !/^\d{5}$/.test(postalCode)) c.add(rowNo, 'plz', `Ungültige Postleitzahl „${postalCode}".`);
    let point = { lat: NaN, lon: NaN };
    if (hasLatLon) point = { lat: toNumber(get('lat')), lon: toNumber(get('lon')) };
    else {
      const e = toNumber(get('east'));
      const n = toNumber(get('north'));
      if (Number.isFinite(e) && Number.isFinite(n)) point = utm32ToWgs84(e > 32_000_000 ? e - 32_000_000 : e, n);
    }
    const municipality = placeAt(point.lat, point.lon, rowNo, c);
    if (!street || !municipality) return;
    const houseNumber = `${number}${suffix.toLowerCase()}`;
    const key = `${normaliseAddressText(street)}|${houseNumber}|${municipality.ags}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      c.add(rowNo, 'hausnummer', `Die Adresse ${street} ${houseNumber} steht schon in Zeile ${earlier}.`);
      return;
    }
    seen.set(key, rowNo);
    rows.push({
      kind: 'address',
      name: street,
      houseNumber,
      postalCode: postalCode || null,
      municipalityAgs: municipality.ags,
      municipality: municipality.name,
      district: get('district') || null,
      lat: round6(point.lat),
      lon: round6(point.lon),
      endLat: null,
      endLon: null,
      houseFrom: null,
      houseTo: null,
      searchKey: normaliseAddressText(street),
    });
  });
  return { rows, errors: c.errors, rowCount: lines.length, errorCount: c.errorCount };
}

type Geometry = { type: string; coordinates: unknown };
interface Feature {
  type?: string;
  properties?: Record<string, unknown> | null;
  geometry?: Geometry | null;
}

function representativePoint(g: Geometry): { lat: number; lon: number; end?: { lat: number; lon: number } } | null {
  const c = g.coordinates as unknown;
  const pt = (p: unknown) =>
    Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' ? { lon: p[0] as number, lat: p[1] as number } : null;
  if (g.type === 'Point') return pt(c);
  if (g.type === 'LineString' && Array.isArray(c) && c.length >= 2) {
    const a = pt(c[0]);
    const b = pt(c[c.length - 1]);
    return a && b ? { ...a, end: b } : null;
  }
  const ring =
    g.type === 'Polygon' && Array.isArray(c)
      ? c[0]
      : g.type === 'MultiPolygon' && Array.isArray(c) && Array.isArray(c[0])
        ? (c[0] as unknown[])[0]
        : null;
  if (Array.isArray(ring) && ring.length > 0) {
    const points = ring.map(pt).filter((p): p is { lat: number; lon: number } => p !== null);
    if (points.length === 0) return null;
    return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length };
  }
  return null;
}

/** An OpenStreetMap extract as GeoJSON (e.g. from osmium export or Overpass). Feature numbers start at 1. */
export function parseOsmGeoJson(text: string): ParseResult & { errorCount: number } {
  const c = new Collector();
  let features: Feature[];
  try {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as { type?: string; features?: unknown };
    if (parsed.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) throw new Error('no collection');
    features = parsed.features as Feature[];
  } catch {
    c.add(0, 'datei', 'Die Datei ist kein GeoJSON (FeatureCollection).');
    return { rows: [], errors: c.errors, rowCount: 0, errorCount: c.errorCount };
  }
  const rows: ParsedPlace[] = [];
  features.forEach((f, i) => {
    const rowNo = i + 1;
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string).trim() : typeof p[k] === 'number' ? String(p[k]) : '');
    if (!f.geometry) {
      c.add(rowNo, 'geometry', 'Das Objekt hat keine Geometrie.');
      return;
    }
    const point = representativePoint(f.geometry);
    if (!point) {
      c.add(rowNo, 'geometry', `Geometrie „${f.geometry.type}" wird nicht unterstützt oder ist leer.`);
      return;
    }
    const street = str('addr:street');
    const number = str('addr:housenumber').toLowerCase().replace(/\s+/g, '');
    const name = str('name');
    const isHighway = f.geometry.type === 'LineString' && !!str('highway');
    if (!(street && number) && !name) return; // an unnamed object is not an error: extracts contain many
    const municipality = placeAt(point.lat, point.lon, rowNo, c);
    if (!municipality) return;
    const postalCode = /^\d{5}$/.test(str('addr:postcode')) ? str('addr:postcode') : null;
    const district = str('addr:suburb') || str('addr:district') || null;
    if (street && number) {
      if (!/^\d{1,4}[a-z]?$/.test(number)) {
        c.add(rowNo, 'addr:housenumber', `Ungültige Hausnummer „${number}".`);
        return;
      }
      rows.push({
        kind: 'address',
        name: street,
        houseNumber: number,
        postalCode,
        municipalityAgs: municipality.ags,
        municipality: municipality.name,
        district,
        lat: round6(point.lat),
        lon: round6(point.lon),
        endLat: null,
        endLon: null,
        houseFrom: null,
        houseTo: null,
        searchKey: normaliseAddressText(street),
      });
    } else {
      rows.push({
        kind: isHighway ? 'street' : 'place',
        name,
        houseNumber: null,
        postalCode,
        municipalityAgs: municipality.ags,
        municipality: municipality.name,
        district,
        lat: round6(point.lat),
        lon: round6(point.lon),
        endLat: point.end ? round6(point.end.lat) : null,
        endLon: point.end ? round6(point.end.lon) : null,
        houseFrom: null,
        houseTo: null,
        searchKey: normaliseAddressText(name),
      });
    }
  });
  return { rows, errors: c.errors, rowCount: features.length, errorCount: c.errorCount };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
