import { useMemo } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { ReportStatus, useDayFilters } from './day-filters';
import { germanDate, num, pct } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks } from './month-filters';

type AgentReport = ApiResponse<'/api/v1/reports/agents'>;
type Row = AgentReport['rows'][number];

/** Hours with one decimal, German ("7,5 h"). */
const hours = (s: number) => `${(Math.round((s / 3600) * 10) / 10).toLocaleString('de-DE')} h`;

/** Agent report (QueueMetrics "Agenten"): logged-in time, time per state, calls handled, talk time, occupancy. */
export function AgentsReportPage() {
  const { query, filters } = useDayFilters('ag', 7);
  const { data, error, loading } = useApi<AgentReport>(`/api/v1/reports/agents?${query}`);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const chart = useMemo(
    () => ({
      labels: rows.map((r) => r.label),
      series: [
        { name: 'Im Gespräch (h)', type: 'bar' as const, values: rows.map((r) => Math.round(r.onCallSeconds / 360) / 10) },
        { name: 'Nachbearbeitung (h)', type: 'bar' as const, values: rows.map((r) => Math.round(r.wrapUpSeconds / 360) / 10) },
        { name: 'Verfügbar (h)', type: 'bar' as const, values: rows.map((r) => Math.round(r.availableSeconds / 360) / 10) },
        {
          name: 'Auslastung',
          type: 'line' as const,
          percent: true,
          values: rows.map((r) => (r.occupancy === null ? null : Math.round(r.occupancy * 1000) / 10)),
        },
      ],
    }),
    [rows],
  );
  const busiest = rows[0];
  const cells = (r: Row) => (
    <>
      <td>{hours(r.loggedInSeconds)}</td>
      <td>{hours(r.availableSeconds)}</td>
      <td>{hours(r.onCallSeconds)}</td>
      <td>{hours(r.wrapUpSeconds)}</td>
      <td>{hours(r.breakSeconds)}</td>
      <td>{num(r.callsAnswered)}</td>
      <td>{num(r.routedHandled)}</td>
      <td>{num(r.talkSeconds)}</td>
      <td>{num(r.ahtSeconds)}</td>
      <td>{pct(r.occupancy)}</td>
    </>
  );
  return (
    <>
      <h1>Agentenbericht</h1>
      {filters()}
      <p className="muted">
        Zeiten aus dem Statusprotokoll (alle Mandanten werden aus einem Pool bedient), Anrufe aus den 15-Minuten-Rollups (mit Mandant: nur
        dessen Anrufe). Auslastung = (Gespräch + Nachbearbeitung) ÷ (verfügbar + Gespräch + Nachbearbeitung); Pausen zählen nicht.{' '}
        <ExportLinks path="/api/v1/reports/agents" query={query} />
      </p>
      <ReportStatus error={error} loading={loading} />
      {data && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {rows.length} Agent/innen, zusammen{' '}
            {hours(data.totals.loggedInSeconds)} angemeldet, {num(data.totals.callsAnswered)} Anrufe angenommen und{' '}
            {num(data.totals.routedHandled)} schriftliche Anliegen und Rückrufe erledigt; Auslastung {pct(data.totals.occupancy)}, Ø
            Bearbeitungszeit {num(data.totals.ahtSeconds)} s
            {busiest && busiest.callsAnswered > 0 ? `; die meisten Anrufe: ${busiest.label} (${num(busiest.callsAnswered)})` : ''}.
          </p>
          {rows.length > 0 && <Chart labels={chart.labels} series={chart.series} />}
          <TableScroll label="Agentenbericht (scrollbar)">
            <table>
              <caption>Kennzahlen je Agent/in</caption>
              <thead>
                <tr>
                  <th scope="col">Agent/in</th>
                  <th scope="col">Angemeldet</th>
                  <th scope="col">Verfügbar</th>
                  <th scope="col">Im Gespräch</th>
                  <th scope="col">Nach­bearbeitung</th>
                  <th scope="col">Pause</th>
                  <th scope="col">Anrufe angenommen</th>
                  <th scope="col">Schriftlich/Rückruf erledigt</th>
                  <th scope="col">Gesprächszeit (s)</th>
                  <th scope="col">Ø Bearbeitung (s)</th>
                  <th scope="col">Auslastung</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Gesamt</th>
                  {cells(data.totals)}
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
