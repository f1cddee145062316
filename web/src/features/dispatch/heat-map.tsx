import { useEffect, useMemo, useState } from 'react';
import type { Area } from './dispatch-types';
import { type Feature, frameOf, HEIGHT, loadBorders, pathOf, views, WIDTH } from './map-view';

const CLASSES = 5;
/** Colour class 0 (none) to 5 (most) of a count, in equal steps up to the largest. */
const classOf = (n: number, max: number) => (n === 0 ? 0 : Math.max(1, Math.ceil((n / max) * CLASSES)));

/**
 * Heat map by district from the shipped geodata: the Region's municipalities filled by
 * their incident count; Hannover's Stadtbezirke (no district borders exist in the shipped
 * data) as circles at the mean point of their incidents, sized and coloured by count.
 */
export function HeatMap({ areas }: { areas: Area[] }) {
  const [borders, setBorders] = useState<Feature[]>([]);
  const [viewKey, setViewKey] = useState<'region' | 'city'>('region');
  useEffect(() => {
    void loadBorders()
      .then(setBorders)
      .catch(() => setBorders([]));
  }, []);
  const frame = useMemo(() => frameOf(views[viewKey]), [viewKey]);
  const perMunicipality = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of areas) m.set(a.municipality, (m.get(a.municipality) ?? 0) + a.incidents);
    return m;
  }, [areas]);
  const maxMunicipality = Math.max(1, ...perMunicipality.values());
  const districts = areas.filter((a) => a.municipality === 'Hannover');
  const maxDistrict = Math.max(1, ...districts.map((d) => d.incidents));
  const radius = (n: number) => (viewKey === 'city' ? 10 : 5) + Math.sqrt(n / maxDistrict) * (viewKey === 'city' ? 34 : 16);
  return (
    <figure className="dispatch-map heat-map">
      <div className="map-toolbar" role="group" aria-label="Kartenausschnitt der Wärmekarte">
        {(['region', 'city'] as const).map((k) => (
          <button key={k} type="button" className="secondary small" aria-pressed={viewKey === k} onClick={() => setViewKey(k)}>
            {views[k].label}
          </button>
        ))}
      </div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label="Wärmekarte: Einsätze je Gemeinde und Stadtbezirk (Zahlen in der Tabelle)"
      >
        <rect x="0" y="0" width={WIDTH} height={HEIGHT} className="map-water" />
        {borders.map((f) => {
          const n = perMunicipality.get(f.properties.GEN) ?? 0;
          return (
            <path key={f.properties.AGS} d={pathOf(f, frame)} className={`map-municipality heat-${classOf(n, maxMunicipality)}`}>
              <title>{`${f.properties.GEN}: ${n} Einsätze`}</title>
            </path>
          );
        })}
        {districts.map((d) => (
          <g key={d.district} className={`heat-district heat-${classOf(d.incidents, maxDistrict)}`}>
            <circle cx={frame.x(d.lon)} cy={frame.y(d.lat)} r={radius(d.incidents)} />
            {viewKey === 'city' && (
              // The count only: the districts' mean points lie close together, and names overlapped
              // one another; the names stand in the tooltip and in the table beside the map.
              <text x={frame.x(d.lon)} y={frame.y(d.lat) + 4} textAnchor="middle" className="heat-label">
                {d.incidents}
              </text>
            )}
            <title>{`${d.district}: ${d.incidents} Einsätze`}</title>
          </g>
        ))}
      </svg>
      <div className="heat-legend" aria-hidden="true">
        <span>wenige</span>
        {Array.from({ length: CLASSES }, (_, i) => (
          <span key={i} className={`heat-swatch heat-${i + 1}`} />
        ))}
        <span>viele Einsätze</span>
      </div>
      <figcaption className="map-attribution">
        Flächen: Gemeinden nach Einsätzen; Kreise: Stadtbezirke Hannovers am mittleren Einsatzort (Bezirksgrenzen liegen nicht vor).
        Gemeindegrenzen: © GeoBasis-DE / BKG 2013 (Daten verändert), dl-de/by-2-0
      </figcaption>
    </figure>
  );
}
