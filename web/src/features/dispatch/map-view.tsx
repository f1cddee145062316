import { useEffect, useMemo, useState, type MouseEvent } from 'react';
import { api } from '../../app/api';

/**
 * The desk's map, drawn as SVG from the shipped geodata: the Region's municipality
 * borders and the gazetteer's streets. No online tiles, no map library; works offline.
 * Straight-line geometry in a local equirectangular projection (enough for a region).
 */
export interface Feature {
  properties: { AGS: string; GEN: string };
  geometry: { type: string; coordinates: number[][][] | number[][][][] };
}
export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  kind: 'incident' | 'unit' | 'pick';
  label: string;
  priority?: number;
  isSelected?: boolean;
  isAlerting?: boolean;
}

export const WIDTH = 1000;
export const HEIGHT = 760;
/** Region frame and Hannover city centre (lon/lat boxes). */
export const views = {
  region: { minLon: 9.3, maxLon: 10.25, minLat: 52.13, maxLat: 52.66, label: 'Region' },
  city: { minLon: 9.6, maxLon: 9.92, minLat: 52.31, maxLat: 52.45, label: 'Stadt Hannover' },
  centre: { minLon: 9.705, maxLon: 9.775, minLat: 52.355, maxLat: 52.392, label: 'Innenstadt' },
} as const;
export type View = { minLon: number; maxLon: number; minLat: number; maxLat: number };

let bordersCache: Promise<Feature[]> | null = null;
export const loadBorders = () =>
  (bordersCache ??= api<{ features: Feature[] }>('GET', '/api/v1/dispatch/map/borders')
    .then((g) => g.features)
    .catch((e) => {
      bordersCache = null;
      throw e;
    }));

/** A local equirectangular projection of a lon/lat box onto the SVG (one degree of longitude is cos(lat) of one of latitude). */
export function frameOf(view: View) {
  const midLat = (view.minLat + view.maxLat) / 2;
  const k = Math.cos((midLat * Math.PI) / 180);
  const spanX = (view.maxLon - view.minLon) * k;
  const spanY = view.maxLat - view.minLat;
  const scale = Math.min(WIDTH / spanX, HEIGHT / spanY);
  const cx = (view.minLon + view.maxLon) / 2;
  const cy = midLat;
  return {
    x: (lon: number) => WIDTH / 2 + (lon - cx) * k * scale,
    y: (lat: number) => HEIGHT / 2 - (lat - cy) * scale,
    lon: (x: number) => cx + (x - WIDTH / 2) / (k * scale),
    lat: (y: number) => cy - (y - HEIGHT / 2) / scale,
    scale,
  };
}

/** SVG path of a municipality's (multi)polygon in a frame. */
export function pathOf(f: Feature, frame: ReturnType<typeof frameOf>) {
  const polygons = (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates]) as number[][][][];
  return polygons
    .map((poly) =>
      poly.map((ring) => `M${ring.map(([lon, lat]) => `${frame.x(lon!).toFixed(1)},${frame.y(lat!).toFixed(1)}`).join('L')}Z`).join(''),
    )
    .join('');
}

export function MapView({
  markers,
  onPick,
  onSelect,
  initialView = 'city',
  title,
}: {
  markers: MapMarker[];
  onPick?: (lat: number, lon: number) => void;
  onSelect?: (marker: MapMarker) => void;
  initialView?: keyof typeof views;
  title: string;
}) {
  const [borders, setBorders] = useState<Feature[]>([]);
  const [streets, setStreets] = useState<{ name: string; from: [number, number]; to: [number, number] }[]>([]);
  const [view, setView] = useState<View>(views[initialView]);
  useEffect(() => {
    void loadBorders()
      .then(setBorders)
      .catch(() => setBorders([]));
    void api<{ items: typeof streets }>('GET', '/api/v1/dispatch/map/streets')
      .then((r) => setStreets(r.items))
      .catch(() => setStreets([]));
  }, []);

  // Keep the aspect: widen the box so one degree of longitude is cos(lat) of a degree of latitude.
  const frame = useMemo(() => frameOf(view), [view]);

  const paths = useMemo(
    () =>
      borders.map((f) => {
        const polygons = (f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates]) as number[][][][];
        const d = polygons
          .map((poly) =>
            poly
              .map((ring) => `M${ring.map(([lon, lat]) => `${frame.x(lon!).toFixed(1)},${frame.y(lat!).toFixed(1)}`).join('L')}Z`)
              .join(''),
          )
          .join('');
        const ring = polygons[0]![0]!;
        const cLon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
        const cLat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
        return { ags: f.properties.AGS, name: f.properties.GEN, d, labelX: frame.x(cLon), labelY: frame.y(cLat) };
      }),
    [borders, frame],
  );

  const zoom = (factor: number, centre?: { lat: number; lon: number }) =>
    setView((v) => {
      const cLon = centre?.lon ?? (v.minLon + v.maxLon) / 2;
      const cLat = centre?.lat ?? (v.minLat + v.maxLat) / 2;
      const hw = ((v.maxLon - v.minLon) / 2) * factor;
      const hh = ((v.maxLat - v.minLat) / 2) * factor;
      return { minLon: cLon - hw, maxLon: cLon + hw, minLat: cLat - hh, maxLat: cLat + hh };
    });

  const click = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPick) return;
    const svg = e.currentTarget;
    const rect = svg.getBoundingClientRect();
    const x = ((e.clientX - rect.left) / rect.width) * WIDTH;
    const y = ((e.clientY - rect.top) / rect.height) * HEIGHT;
    onPick(Number(frame.lat(y).toFixed(6)), Number(frame.lon(x).toFixed(6)));
  };
  const r = Math.max(5, Math.min(11, frame.scale / 900));
  const showStreets = frame.scale > 8000;

  return (
    <figure className="dispatch-map">
      <div className="map-toolbar" role="group" aria-label="Kartenausschnitt">
        {(Object.keys(views) as (keyof typeof views)[]).map((k) => (
          <button key={k} type="button" className="secondary small" onClick={() => setView(views[k])}>
            {views[k].label}
          </button>
        ))}
        <button type="button" className="secondary small" onClick={() => zoom(0.5)} aria-label="Vergrößern">
          +
        </button>
        <button type="button" className="secondary small" onClick={() => zoom(2)} aria-label="Verkleinern">
          −
        </button>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} onClick={click} className={onPick ? 'pickable' : undefined}>
        <title>{title}</title>
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="map-water" />
        {paths.map((p) => (
          <path key={p.ags} d={p.d} className={p.ags === '03241001' ? 'map-municipality host' : 'map-municipality'} />
        ))}
        {showStreets &&
          streets.map((s, i) => (
            <line
              key={i}
              x1={frame.x(s.from[1])}
              y1={frame.y(s.from[0])}
              x2={frame.x(s.to[1])}
              y2={frame.y(s.to[0])}
              className="map-street"
            >
              <title>{s.name}</title>
            </line>
          ))}
        {paths.map((p) => (
          <text key={`l-${p.ags}`} x={p.labelX} y={p.labelY} className="map-label" textAnchor="middle">
            {p.name}
          </text>
        ))}
        {markers.map((m) => {
          const x = frame.x(m.lon);
          const y = frame.y(m.lat);
          const cls = `marker marker-${m.kind}${m.priority ? ` prio-${m.priority}` : ''}${m.isSelected ? ' selected' : ''}${m.isAlerting ? ' alerting' : ''}`;
          return (
            <g
              key={`${m.kind}-${m.id}`}
              className={cls}
              onClick={(e) => {
                if (onSelect && m.kind !== 'pick') {
                  e.stopPropagation();
                  onSelect(m);
                }
              }}
            >
              {m.kind === 'unit' ? <rect x={x - r} y={y - r} width={2 * r} height={2 * r} rx="2" /> : <circle cx={x} cy={y} r={r} />}
              <text x={x + r + 3} y={y + 4} className="marker-label">
                {m.label}
              </text>
              <title>{m.label}</title>
            </g>
          );
        })}
      </svg>
      <figcaption className="map-attribution">
        Gemeindegrenzen: © GeoBasis-DE / BKG 2013 (Daten verändert), dl-de/by-2-0 · Straßen und Orte: Ortsverzeichnis (Demo, ungefähre Lage)
      </figcaption>
    </figure>
  );
}
