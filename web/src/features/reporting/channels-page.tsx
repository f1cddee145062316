import { useMemo } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { ReportStatus, useDayFilters } from './day-filters';
import { germanDate, num, pct } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks } from './month-filters';

type ChannelMix = ApiResponse<'/api/v1/reports/channels'>;
type Row = ChannelMix['rows'][number];

/** Channel mix (Kanalmix): phone, e-mail, form, chat, call-back: volumes, documented contacts, FCR and handling times. */
export function ChannelMixPage() {
  const { query, filters } = useDayFilters('km', 28);
  const { data, error, loading } = useApi<ChannelMix>(`/api/v1/reports/channels?${query}`);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const chart = useMemo(
    () => ({
      labels: rows.map((r) => r.label),
      series: [
        { name: 'Eingang', type: 'bar' as const, values: rows.map((r) => r.received) },
        { name: 'Dokumentiert', type: 'bar' as const, values: rows.map((r) => r.documented) },
        {
          name: 'Erstlösungsquote',
          type: 'line' as const,
          percent: true,
          target: 65,
          values: rows.map((r) => (r.firstContactResolution === null ? null : Math.round(r.firstContactResolution * 1000) / 10)),
        },
      ],
    }),
    [rows],
  );
  const cells = (r: Row) => (
    <>
      <td>{num(r.received)}</td>
      <td>{pct(r.share)}</td>
      <td>{num(r.contacts)}</td>
      <td>{num(r.documented)}</td>
      <td>{pct(r.firstContactResolution)}</td>
      <td>{pct(r.forwardingRate)}</td>
      <td>{num(r.averageHandlingSeconds)}</td>
    </>
  );
  const written = rows.filter((r) => r.channel !== 'phone').reduce((n, r) => n + r.received, 0);
  return (
    <>
      <h1>Kanalmix</h1>
      {filters()}
      <p className="muted">
        Eingang: Telefon = angebotene Anrufe (ohne Kurzaufleger), sonst eingegangene Anliegen der Warteschlange. Ø Bearbeitung = Ende −
        Beginn + Nachbearbeitung der dokumentierten Kontakte. <ExportLinks path="/api/v1/reports/channels" query={query} />
      </p>
      <ReportStatus error={error} loading={loading} />
      {data && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {num(data.totals.received)} Anliegen eingegangen, davon{' '}
            {num(data.phone.offered)} Anrufe ({pct(rows[0]?.share)}) und {num(written)} über E-Mail, Formular, Chat und Rückruf;{' '}
            {num(data.totals.documented)} Kontakte dokumentiert, Erstlösungsquote {pct(data.totals.firstContactResolution)} (Ziel 65 %), Ø
            Bearbeitung {num(data.totals.averageHandlingSeconds)} s.
          </p>
          <Chart labels={chart.labels} series={chart.series} />
          <TableScroll label="Kanalmix (scrollbar)">
            <table>
              <caption>Kennzahlen je Kanal</caption>
              <thead>
                <tr>
                  <th scope="col">Kanal</th>
                  <th scope="col">Eingang</th>
                  <th scope="col">Anteil</th>
                  <th scope="col">Kontakte</th>
                  <th scope="col">Dokumentiert</th>
                  <th scope="col">Erstlösungsquote</th>
                  <th scope="col">Weiterleitungsquote</th>
                  <th scope="col">Ø Bearbeitung (s)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.channel}>
                    <th scope="row">{r.label}</th>
                    {cells(r)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{data.totals.label}</th>
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
