import { useMemo } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { ReportStatus, useDayFilters } from './day-filters';
import { germanDate, num, pct } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks } from './month-filters';

type Report = ApiResponse<'/api/v1/reports/calls'>;

const periods: [string, string][] = [
  ['week', 'Kalenderwoche'],
  ['month', 'Monat'],
];

/** Trend over weeks and months: offered and answered calls, service level and ASA per ISO week or Berlin month. */
export function TrendPage() {
  const { query: base, filters, params, set } = useDayFilters('tr', 365);
  const groupBy = params.get('groupBy') === 'week' ? 'week' : 'month';
  const query = `${base}&groupBy=${groupBy}`;
  const { data, error, loading } = useApi<Report>(`/api/v1/reports/calls?${query}`);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const chart = useMemo(
    () => ({
      labels: rows.map((r) => r.label),
      series: [
        { name: 'Angeboten', type: 'bar' as const, values: rows.map((r) => r.offered) },
        { name: 'Angenommen', type: 'bar' as const, values: rows.map((r) => r.answered) },
        {
          name: 'Servicelevel',
          type: 'line' as const,
          percent: true,
          target: 75,
          values: rows.map((r) => (r.serviceLevel === null ? null : Math.round(r.serviceLevel * 1000) / 10)),
        },
      ],
    }),
    [rows],
  );
  const withCalls = rows.filter((r) => r.offered > 0);
  const first = withCalls[0];
  const last = withCalls.at(-1);
  const periodName = periods.find(([v]) => v === groupBy)![1];
  return (
    <>
      <h1>Verlauf</h1>
      {filters(
        <div>
          <label htmlFor="tr-group">Je</label>
          <select id="tr-group" value={groupBy} onChange={(e) => set('groupBy', e.target.value)}>
            {periods.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>,
      )}
      <p className="muted">
        Anrufkennzahlen je ISO-Kalenderwoche oder Monat (Europe/Berlin) aus den 15-Minuten-Rollups, dieselben Zahlen wie im Anrufbericht.{' '}
        <ExportLinks path="/api/v1/reports/calls" query={query} />
      </p>
      <ReportStatus error={error} loading={loading} />
      {data && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {num(data.totals.offered)} Anrufe angeboten in{' '}
            {rows.length} Zeiträumen (je {periodName}), Servicelevel gesamt {pct(data.totals.serviceLevel)} (Ziel 75 %)
            {first && last && first !== last
              ? `; ${first.label}: ${num(first.offered)} Anrufe, Servicelevel ${pct(first.serviceLevel)}, ${last.label}: ${num(last.offered)} Anrufe, Servicelevel ${pct(last.serviceLevel)}`
              : ''}
            .
          </p>
          <Chart labels={chart.labels} series={chart.series} />
          <TableScroll label="Verlauf (scrollbar)">
            <table>
              <caption>Kennzahlen je {periodName}</caption>
              <thead>
                <tr>
                  <th scope="col">{periodName}</th>
                  <th scope="col">Angeboten</th>
                  <th scope="col">Angenommen</th>
                  <th scope="col">Aufgelegt</th>
                  <th scope="col">Rückrufe</th>
                  <th scope="col">Servicelevel</th>
                  <th scope="col">Erreichbarkeit</th>
                  <th scope="col">Ø Wartezeit (s)</th>
                  <th scope="col">Ø Bearbeitung (s)</th>
                </tr>
              </thead>
              <tbody>
                {[...rows].reverse().map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{num(r.offered)}</td>
                    <td>{num(r.answered)}</td>
                    <td>{num(r.abandoned)}</td>
                    <td>{num(r.callbacks)}</td>
                    <td>{pct(r.serviceLevel)}</td>
                    <td>{pct(r.answerRate)}</td>
                    <td>{num(r.asaSeconds)}</td>
                    <td>{num(r.ahtSeconds)}</td>
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
