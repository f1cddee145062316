import { useMemo } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { ReportStatus, useDayFilters } from './day-filters';
import { germanDate, num, pct } from './format';
import { Heatmap } from './lazy-chart';
import { ExportLinks } from './month-filters';

type Report = ApiResponse<'/api/v1/reports/calls'>;

const weekdays = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const metrics: [string, string][] = [
  ['offered', 'Angebotene Anrufe'],
  ['serviceLevel', 'Servicelevel'],
];
const halfHours = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);

/** Heat map weekday x half hour (QueueMetrics' "Verteilung"): where the calls of a range fall in the week. */
export function HeatmapPage() {
  const { query: base, filters, params, set } = useDayFilters('hm', 28);
  const metric = params.get('metric') === 'serviceLevel' ? 'serviceLevel' : 'offered';
  const query = `${base}&groupBy=weekdayHalfHour`;
  const { data, error, loading } = useApi<Report>(`/api/v1/reports/calls?${query}`);
  const grid = useMemo(() => {
    const byKey = new Map((data?.rows ?? []).map((r) => [r.key, r]));
    const used = (data?.rows ?? []).map((r) => halfHours.indexOf(r.key.split('|')[1] ?? ''));
    // The columns: from the earliest to the latest half hour with calls (a working day: 07:00-19:00 or so).
    const lo = used.length ? Math.min(...used) : 16;
    const hi = used.length ? Math.max(...used) : 35;
    const columns = halfHours.slice(lo, hi + 1);
    const valueOf = (r: Report['rows'][number] | undefined) =>
      r ? (metric === 'offered' ? r.offered : r.serviceLevel === null ? null : Math.round(r.serviceLevel * 1000) / 10) : null;
    const rows = weekdays.map((name, d) => ({ name, cells: columns.map((c) => byKey.get(`${d + 1}|${c}`)) }));
    const cells: [number, number, number][] = [];
    rows.forEach((row, y) =>
      row.cells.forEach((r, x) => {
        const v = valueOf(r);
        if (v !== null) cells.push([x, y, v]);
      }),
    );
    return { columns, rows, cells, valueOf };
  }, [data, metric]);
  const peak = (data?.rows ?? []).reduce<Report['rows'][number] | null>((b, r) => (!b || r.offered > b.offered ? r : b), null);
  const metricName = metrics.find(([v]) => v === metric)![1];
  const max = Math.max(1, ...grid.cells.map((c) => c[2]));
  return (
    <>
      <h1>Heatmap Wochentag und Uhrzeit</h1>
      {filters(
        <div>
          <label htmlFor="hm-metric">Kennzahl</label>
          <select id="hm-metric" value={metric} onChange={(e) => set('metric', e.target.value)}>
            {metrics.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>,
      )}
      <p className="muted">
        Je Wochentag und halber Stunde der Anrufzeit (Europe/Berlin) über den Zeitraum summiert; leer: keine Anrufe.{' '}
        <ExportLinks path="/api/v1/reports/calls" query={query} />
      </p>
      <ReportStatus error={error} loading={loading} />
      {data && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {num(data.totals.offered)} Anrufe angeboten
            {peak && peak.offered > 0
              ? `; die meisten ${weekdays[Number(peak.key.split('|')[0]) - 1]}s um ${peak.key.split('|')[1]} Uhr (${num(peak.offered)} Anrufe, Servicelevel ${pct(peak.serviceLevel)})`
              : ''}
            .
          </p>
          <Heatmap columns={grid.columns} rows={weekdays.map((w) => w.slice(0, 2))} cells={grid.cells} name={metricName} />
          <TableScroll label="Heatmap als Tabelle (scrollbar)">
            <table className="heatmap-table">
              <caption>{metricName} je Wochentag und halber Stunde (Beginn der halben Stunde)</caption>
              <thead>
                <tr>
                  <th scope="col">Wochentag</th>
                  {grid.columns.map((c) => (
                    <th scope="col" key={c}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => (
                  <tr key={row.name}>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((r, i) => {
                      const v = grid.valueOf(r);
                      const share = v === null ? 0 : v / max;
                      return (
                        <td
                          key={grid.columns[i]}
                          style={{ background: v === null ? undefined : `rgba(31, 95, 168, ${(0.08 + share * 0.5).toFixed(2)})` }}
                        >
                          {v === null ? '' : metric === 'offered' ? num(v) : `${num(v)} %`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
