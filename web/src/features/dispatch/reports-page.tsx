import { useState } from 'react';
import { TableScroll } from '../../app/table-scroll';
import { $api, failureOf } from '../../app/api-client';
import { HeatMap } from './heat-map';

const minutes = (s: number | null) => (s === null ? '–' : `${Math.round(s / 60)} min`);
const groups = { category: 'Einsatzart', district: 'Bezirk', priority: 'Dringlichkeit', shift: 'Schicht' } as const;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Response times for the pilot evaluation, incidents per hour, the heat map by district; CSV/XLSX export. */
export function DispatchReportsPage() {
  const [group, setGroup] = useState<keyof typeof groups>('category');
  const [from, setFrom] = useState(() => isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => isoDay(new Date(Date.now() + 86_400_000)));
  const query = `groupBy=${group}&from=${from}T00:00:00Z&to=${to}T00:00:00Z`;
  const report = $api.useQuery('get', '/api/v1/dispatch/reports/response-times', {
    params: { query: { groupBy: group, from: `${from}T00:00:00Z`, to: `${to}T00:00:00Z` } },
  });
  const reportError = failureOf(report);
  const hours = Array.from({ length: 24 }, (_, h) =>
    (report.data?.perDayHour ?? []).filter((r) => r.hour === h).reduce((s, r) => s + r.incidents, 0),
  );
  const max = Math.max(1, ...hours);
  return (
    <>
      <h1>Leitstelle: Reaktionszeiten</h1>
      <form className="inline-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="report-group">Gruppiert nach</label>
        <select id="report-group" value={group} onChange={(e) => setGroup(e.target.value as keyof typeof groups)}>
          {Object.entries(groups).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
        <label htmlFor="report-from">Von</label>
        <input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <label htmlFor="report-to">Bis (ausschließlich)</label>
        <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        <a className="button" href={`/api/v1/dispatch/reports/response-times?${query}&format=csv`} download>
          CSV herunterladen
        </a>
        <a className="button" href={`/api/v1/dispatch/reports/response-times?${query}&format=xlsx`} download>
          XLSX herunterladen
        </a>
      </form>
      {reportError && (
        <div role="alert" className="alert alert-error">
          {reportError}
        </div>
      )}
      <TableScroll label={`Reaktionszeiten je ${groups[group]}`}>
        <table>
          <caption className="visually-hidden">Reaktionszeiten je {groups[group]}</caption>
          <thead>
            <tr>
              <th scope="col">{groups[group]}</th>
              <th scope="col">Einsätze</th>
              <th scope="col">Abgeschlossen</th>
              <th scope="col">Median bis Zuweisung</th>
              <th scope="col">Median bis vor Ort</th>
              <th scope="col">90 % bis vor Ort</th>
              <th scope="col">Median bis Abschluss</th>
            </tr>
          </thead>
          <tbody>
            {(report.data?.rows ?? []).map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.incidents}</td>
                <td>{r.closed}</td>
                <td>{minutes(r.medianToAssignedSeconds)}</td>
                <td>{minutes(r.medianToOnSceneSeconds)}</td>
                <td>{minutes(r.p90ToOnSceneSeconds)}</td>
                <td>{minutes(r.medianToClosedSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Einsätze nach Uhrzeit (Berliner Zeit)</h2>
      <ol className="hour-bars" aria-label="Einsätze je Stunde">
        {hours.map((n, h) => (
          <li key={h}>
            <span className="hour">{String(h).padStart(2, '0')} Uhr</span>
            <span className="bar" style={{ width: `${(n / max) * 100}%` }} />
            <span>{n}</span>
          </li>
        ))}
      </ol>
      <h2>Wärmekarte nach Bezirk</h2>
      <div className="report-areas">
        <HeatMap areas={report.data?.areas ?? []} />
        <TableScroll label="Einsätze je Gemeinde und Stadtbezirk">
          <table>
            <caption className="visually-hidden">Einsätze je Gemeinde und Stadtbezirk</caption>
            <thead>
              <tr>
                <th scope="col">Gemeinde</th>
                <th scope="col">Bezirk</th>
                <th scope="col">Einsätze</th>
                <th scope="col">Median bis vor Ort</th>
              </tr>
            </thead>
            <tbody>
              {(report.data?.areas ?? []).map((a) => (
                <tr key={`${a.municipality}|${a.district}`}>
                  <td>{a.municipality}</td>
                  <th scope="row">{a.district}</th>
                  <td>{a.incidents}</td>
                  <td>{minutes(a.medianToOnSceneSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <p className="muted small">
        Zeiten: Eingang bis erste Zuweisung, bis erste Streife vor Ort, bis Abschluss. Zusammengeführte Duplikate zählen nicht.
      </p>
    </>
  );
}
