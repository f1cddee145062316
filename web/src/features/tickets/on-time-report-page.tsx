import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { useApi } from '../../app/use-api';
import { plural } from '../../app/plural';

interface Row {
  tenantId: string;
  tenantName: string;
  departmentId: string;
  departmentName: string;
  total: number;
  answered: number;
  answeredOnTime: number;
  openOverdue: number;
  openInTime: number;
  returned: number;
  onTimeRate: number | null;
  avgHoursToAnswer: number | null;
  avgHoursToFirstResponse: number | null;
}
interface Report {
  from: string;
  to: string;
  departments: Row[];
  tenants: { tenantId: string; tenantName: string; total: number; answeredOnTime: number; late: number; onTimeRate: number | null }[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const pct = (v: number | null) => (v === null ? '—' : `${v.toLocaleString('de-DE')} %`);
const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('de-DE'));

/** Supervisors: how many forwarded concerns were answered within the promised working-day deadline. */
export function OnTimeReportPage() {
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date(Date.now() + 86_400_000)));
  const { data, error, loading } = useApi<Report>(`/api/v1/reports/second-level/on-time?from=${from}&to=${to}`);
  const outbox = useApi<{ pending: number; failed: number; oldestPendingAt: string | null }>('/api/v1/mail-outbox/status');
  return (
    <>
      <h1>Fristtreue der zweiten Ebene</h1>
      <p className="muted">
        Fristgerecht = beantwortet bis zur Frist (24 Stunden an Werktagen, Ruhezeiten bei Rückfragen nicht gezählt). Quote = fristgerecht /
        (beantwortet + offen und überfällig). Zurückgegebene Anfragen zählen nicht.
      </p>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <div>
          <label htmlFor="report-from">Weitergeleitet ab</label>
          <input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="report-to">bis vor</label>
          <input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      {outbox.data && (
        <p className={outbox.data.failed > 0 ? 'alert alert-error' : 'muted'}>
          Postausgang: {plural(outbox.data.pending, { one: 'Mail wartet', other: 'Mails warten' })} auf Versand
          {outbox.data.failed > 0 ? `, ${outbox.data.failed} endgültig fehlgeschlagen (bitte prüfen)` : ''}.
        </p>
      )}
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird berechnet …' : ''}
      </p>
      {data && (
        <>
          <h2>Je Verwaltung</h2>
          <TableScroll label="Fristtreue je Verwaltung">
            <table>
              <caption className="visually-hidden">Fristtreue je Verwaltung</caption>
              <thead>
                <tr>
                  <th scope="col">Verwaltung</th>
                  <th scope="col">Anfragen</th>
                  <th scope="col">frist&shy;gerecht</th>
                  <th scope="col">verspätet / über&shy;fällig</th>
                  <th scope="col">Quote</th>
                </tr>
              </thead>
              <tbody>
                {data.tenants.map((t) => (
                  <tr key={t.tenantId}>
                    <th scope="row">{t.tenantName}</th>
                    <td>{t.total}</td>
                    <td>{t.answeredOnTime}</td>
                    <td>{t.late}</td>
                    <td>{pct(t.onTimeRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h2>Je Fachbereich</h2>
          <TableScroll label="Fristtreue je Fachbereich">
            <table>
              <caption className="visually-hidden">Fristtreue je Fachbereich</caption>
              <thead>
                <tr>
                  <th scope="col">Verwaltung / Fachbereich</th>
                  <th scope="col">Anfragen</th>
                  <th scope="col">beant&shy;wortet</th>
                  <th scope="col">frist&shy;gerecht</th>
                  <th scope="col">offen über&shy;fällig</th>
                  <th scope="col">offen in Frist</th>
                  <th scope="col">zurück&shy;gegeben</th>
                  <th scope="col">Quote</th>
                  <th scope="col">Ø Std. bis Antwort</th>
                  <th scope="col">Ø Std. bis erste Reaktion</th>
                </tr>
              </thead>
              <tbody>
                {data.departments.map((d) => (
                  <tr key={d.departmentId}>
                    <th scope="row">
                      {d.tenantName} / {d.departmentName}
                    </th>
                    <td>{d.total}</td>
                    <td>{d.answered}</td>
                    <td>{d.answeredOnTime}</td>
                    <td>{d.openOverdue}</td>
                    <td>{d.openInTime}</td>
                    <td>{d.returned}</td>
                    <td>{pct(d.onTimeRate)}</td>
                    <td>{num(d.avgHoursToAnswer)}</td>
                    <td>{num(d.avgHoursToFirstResponse)}</td>
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
