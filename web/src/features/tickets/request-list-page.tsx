import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { formatDateTime, statusLabels, type RequestStatus, type RequestSummary } from './tickets-labels';
import { plural } from '../../app/plural';

const filters: { value: string; label: string }[] = [
  { value: 'forwarded,waiting_for_citizen', label: 'Offen beim Fachbereich' },
  { value: 'returned', label: 'Zurückgegeben an den Erstkontakt' },
  { value: 'answered', label: 'Beantwortet, Übermittlung offen' },
  { value: 'closed', label: 'Abgeschlossen' },
  { value: '', label: 'Alle' },
];

/** The inbox of the second level: the department's requests, or all for the center's staff. */
export function RequestListPage() {
  const { hasRole } = useSession();
  const [params] = useSearchParams();
  const [status, setStatus] = useState(params.get('status') ?? filters[0]!.value);
  const [overdue, setOverdue] = useState(false);
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (overdue) query.set('overdue', 'true');
  const { data, error, loading } = useApi<{ items: RequestSummary[] }>(`/api/v1/service-requests?${query}`);
  const isDepartment = hasRole('backoffice') && !hasRole('agent', 'supervisor', 'admin');
  return (
    <>
      <h1>{isDepartment ? 'Posteingang des Fachbereichs' : 'Zweite Ebene: weitergeleitete Anliegen'}</h1>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap' }}>
        <div>
          <label htmlFor="status-filter">Status</label>
          <select id="status-filter" value={status} onChange={(e) => setStatus(e.target.value)}>
            {filters.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" checked={overdue} onChange={(e) => setOverdue(e.target.checked)} /> nur überfällige
        </label>
        {!isDepartment && <Link to="/weiterleitung/neu">Neues Anliegen weiterleiten</Link>}
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird geladen …' : data ? plural(data.items.length, { one: 'Anfrage', other: 'Anfragen' }) : ''}
      </p>
      {data && data.items.length > 0 && (
        <TableScroll label="Anfragen">
          <table>
            <caption className="visually-hidden">Anfragen</caption>
            <thead>
              <tr>
                <th scope="col">Vorgang</th>
                <th scope="col">Verwaltung / Fachbereich</th>
                <th scope="col">Leistung</th>
                <th scope="col">Status</th>
                <th scope="col">Frist</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/anliegen/${r.id}`}>{r.referenceCode}</Link>
                  </td>
                  <td>
                    {r.tenantName}
                    <br />
                    <span className="muted">{r.departmentName}</span>
                  </td>
                  <td>{r.serviceTitle}</td>
                  <td>{statusLabels[r.status as RequestStatus]}</td>
                  <td>
                    {r.answeredAt ? <>beantwortet {formatDateTime(r.answeredAt)}</> : formatDateTime(r.dueAt)}
                    {r.isOverdue && (
                      <>
                        {' '}
                        <span className="badge" style={{ color: 'var(--error)' }}>
                          überfällig
                        </span>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
