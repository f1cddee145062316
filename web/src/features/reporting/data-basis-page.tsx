import { useMemo } from 'react';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { germanDate, num } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks, useMonthFilters } from './month-filters';
import './reporting.css';

interface DataBasis {
  tenant: string;
  tenantName: string;
  today: string;
  from: string;
  to: string;
  knowledge: {
    catalogueServices: number;
    localParts: number;
    complete: number;
    verifiedInInterval: number;
    overdue: number;
    openGaps: number;
    closedGaps: number;
  };
  knowledgeTrend: { month: string; label: string; verified: number; published: number; gapSearches: number; gapSearchesClosed: number }[];
  calls: {
    source: string;
    cells: number;
    calls: number;
    workingDays: number;
    workingDaysWithCalls: number;
    workingDaysWithoutCalls: string[];
  };
  contacts: { channel: string; label: string; documented: number; open: number }[];
  notes: string[];
}

/** Data basis (Datenbasis): the knowledge base's state and trend, and what the call figures rest on. */
export function DataBasisPage() {
  const { query, filters } = useMonthFilters('db');
  const { data, error, loading } = useApi<DataBasis>(`/api/v1/reports/data-basis?${query}`);
  const trend = data?.knowledgeTrend ?? [];
  const labels = useMemo(() => trend.map((t) => t.label), [trend]);
  const series = useMemo(
    () => [
      { name: 'geprüft', type: 'bar' as const, values: trend.map((t) => t.verified) },
      { name: 'veröffentlicht', type: 'bar' as const, values: trend.map((t) => t.published) },
      { name: 'Lückensuchen', type: 'line' as const, values: trend.map((t) => t.gapSearches) },
      { name: 'davon geschlossen', type: 'line' as const, values: trend.map((t) => t.gapSearchesClosed) },
    ],
    [trend],
  );
  const k = data?.knowledge;
  return (
    <>
      <h1>Datenbasis</h1>
      {filters}
      <p className="muted">
        Stand der Wissensdatenbank je Mandant (vollständige lokale Teile, im Prüfintervall geprüft, überfällig, Wissenslücken) mit
        Monatsverlauf, und worauf die Anrufkennzahlen beruhen. <ExportLinks path="/api/v1/reports/data-basis" query={query} />
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird berechnet …' : ''}
      </p>
      {data && k && (
        <>
          <h2>
            {data.tenantName}, {germanDate(data.from)} – {germanDate(data.to)}
          </h2>
          <p data-testid="summary">
            {num(k.complete)} von {num(k.localParts)} lokalen Teilen vollständig, {num(k.verifiedInInterval)} im Prüfintervall geprüft,{' '}
            {num(k.overdue)} überfällig; {num(k.openGaps)} offene und {num(k.closedGaps)} geschlossene Wissenslücken (Stand{' '}
            {germanDate(data.today)}).
          </p>
          <ul className="figure-list" aria-label="Wissensdatenbank">
            {(
              [
                ['Leistungen im Katalog', k.catalogueServices],
                ['Lokale Teile', k.localParts],
                ['vollständig', k.complete],
                ['im Prüfintervall geprüft', k.verifiedInInterval],
                ['überfällig', k.overdue],
                ['offene Wissenslücken', k.openGaps],
                ['geschlossene Wissenslücken', k.closedGaps],
              ] as const
            ).map(([label, value]) => (
              <li key={label}>
                {label}
                <strong>{num(value)}</strong>
              </li>
            ))}
          </ul>
          <h3>Verlauf je Monat</h3>
          <Chart labels={labels} series={series} />
          <TableScroll label="Verlauf der Wissensdatenbank je Monat">
            <table>
              <caption>Verlauf je Monat</caption>
              <thead>
                <tr>
                  <th scope="col">Monat</th>
                  <th scope="col">geprüft</th>
                  <th scope="col">veröffentlicht</th>
                  <th scope="col">Lückensuchen</th>
                  <th scope="col">davon geschlossen</th>
                </tr>
              </thead>
              <tbody>
                {[...trend].reverse().map((t) => (
                  <tr key={t.month}>
                    <th scope="row">{t.label}</th>
                    <td>{num(t.verified)}</td>
                    <td>{num(t.published)}</td>
                    <td>{num(t.gapSearches)}</td>
                    <td>{num(t.gapSearchesClosed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3>Worauf die Kennzahlen beruhen</h3>
          <TableScroll label="Grundlage der Anrufkennzahlen">
            <table>
              <caption>Anrufe und Kontakte im Zeitraum</caption>
              <tbody>
                <tr>
                  <th scope="row">Quelle</th>
                  <td>{data.calls.source}</td>
                </tr>
                <tr>
                  <th scope="row">Anrufe</th>
                  <td>{num(data.calls.calls)}</td>
                </tr>
                <tr>
                  <th scope="row">Werktage mit Anrufen</th>
                  <td>
                    {num(data.calls.workingDaysWithCalls)} von {num(data.calls.workingDays)}
                  </td>
                </tr>
                {data.contacts.map((c) => (
                  <tr key={c.channel}>
                    <th scope="row">{c.label}: dokumentiert</th>
                    <td>{num(c.documented)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {data.notes.length > 0 && (
            <ul>
              {data.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
