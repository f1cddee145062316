import { useMemo } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { ReportStatus, useDayFilters } from './day-filters';
import { germanDate, num, pct } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks } from './month-filters';

type TopServices = ApiResponse<'/api/v1/reports/services'>;

const limits = ['10', '20', '50'];

/** Top services (Top-Leistungen): the services (LeiKa) citizens asked about most, from documented contacts of all channels. */
export function TopServicesPage() {
  const { query: base, filters, params, set } = useDayFilters('ls', 28);
  const limit = limits.includes(params.get('limit') ?? '') ? params.get('limit')! : '10';
  const query = `${base}&limit=${limit}`;
  const { data, error, loading } = useApi<TopServices>(`/api/v1/reports/services?${query}`);
  const rows = useMemo(() => data?.rows ?? [], [data]);
  const chart = useMemo(
    () => ({
      labels: rows.map((r) => `${r.rank}.`),
      series: [{ name: 'Kontakte', type: 'bar' as const, values: rows.map((r) => r.documented) }],
    }),
    [rows],
  );
  const top = rows[0];
  return (
    <>
      <h1>Meistgefragte Leistungen</h1>
      {filters(
        <div>
          <label htmlFor="ls-limit">Anzahl</label>
          <select id="ls-limit" value={limit} onChange={(e) => set('limit', e.target.value)}>
            {limits.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>,
      )}
      <p className="muted">
        Aus den dokumentierten Kontakten aller Kanäle (Tag des Kontaktbeginns); Leistung nach LeiKa-Schlüssel. Erstlösungsquote = beim
        ersten Kontakt gelöst ÷ dokumentiert. <ExportLinks path="/api/v1/reports/services" query={query} />
      </p>
      <ReportStatus error={error} loading={loading} />
      {data && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {num(data.documented)} dokumentierte Kontakte zu{' '}
            {num(data.services)} Leistungen
            {data.withoutService ? ` (${num(data.withoutService)} ohne Leistung)` : ''}
            {top ? `; am häufigsten: ${top.label} mit ${num(top.documented)} Kontakten (${pct(top.share)})` : ''}.
          </p>
          {rows.length > 0 && <Chart labels={chart.labels} series={chart.series} />}
          <TableScroll label="Meistgefragte Leistungen (scrollbar)">
            <table>
              <caption>Leistungen nach Zahl der Kontakte (Rang wie im Diagramm)</caption>
              <thead>
                <tr>
                  <th scope="col">Rang</th>
                  <th scope="col">Leistung</th>
                  <th scope="col">LeiKa-Schlüssel</th>
                  <th scope="col">Kontakte</th>
                  <th scope="col">Anteil</th>
                  <th scope="col">Erstlösungsquote</th>
                  <th scope="col">Weiterleitungsquote</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.leikaKey}>
                    <td>{r.rank}.</td>
                    <th scope="row">{r.label}</th>
                    <td>{r.leikaKey}</td>
                    <td>{num(r.documented)}</td>
                    <td>{pct(r.share)}</td>
                    <td>{pct(r.firstContactResolution)}</td>
                    <td>{pct(r.forwardingRate)}</td>
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
