import { Link, useSearchParams } from 'react-router-dom';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { faultStatusOptions, formatDateTime, priorityLabels, type Fault } from './itfaults-types';

/** Overdue in words (not only colour): which target was missed. */
export function OverdueMark({ fault }: { fault: Fault }) {
  if (!fault.isResponseOverdue && !fault.isResolutionOverdue) return null;
  return (
    <span className="itf-overdue">
      <span aria-hidden="true">⏰ </span>
      {fault.isResponseOverdue ? 'Reaktion überfällig' : 'Lösung überfällig'}
    </span>
  );
}

/**
 * The IT desk's and supervisors' list of faults: open ones first by priority (the server's
 * order), filters for status, priority and overdue; agents see it too (the status of what they took).
 */
export function FaultListPage() {
  const [params, setParams] = useSearchParams();
  const scope = params.get('umfang') === 'alle' ? 'alle' : 'offen';
  const status = params.get('status') ?? '';
  const priority = params.get('prioritaet') ?? '';
  const onlyOverdue = params.get('ueberfaellig') === 'ja';
  const { data, error, loading } = useApi<{ items: Fault[] }>(`/api/v1/it-faults?open=${scope === 'offen'}`);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = (data?.items ?? []).filter(
    (f) =>
      (!status || f.status === status) &&
      (!priority || f.priority === Number(priority)) &&
      (!onlyOverdue || f.isResponseOverdue || f.isResolutionOverdue),
  );
  const overdueCount = (data?.items ?? []).filter((f) => f.isResponseOverdue || f.isResolutionOverdue).length;
  return (
    <>
      <h1>IT-Störungen</h1>
      <p>
        <Link to="/it-stoerungen/neu">IT-Störung aufnehmen</Link> · <Link to="/it-stoerungen/bekannte-fehler">Bekannte Fehler</Link> ·{' '}
        <Link to="/it-stoerungen/leitstand">Massenstörungen</Link>
      </p>
      <form className="itf-filters" aria-label="Filter" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="itf-f-scope">Umfang</label>
          <select id="itf-f-scope" value={scope} onChange={(e) => set('umfang', e.target.value === 'alle' ? 'alle' : '')}>
            <option value="offen">offene</option>
            <option value="alle">alle (auch gelöste)</option>
          </select>
        </div>
        <div>
          <label htmlFor="itf-f-status">Status</label>
          <select id="itf-f-status" value={status} onChange={(e) => set('status', e.target.value)}>
            <option value="">alle</option>
            {faultStatusOptions.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="itf-f-priority">Priorität</label>
          <select id="itf-f-priority" value={priority} onChange={(e) => set('prioritaet', e.target.value)}>
            <option value="">alle</option>
            {[1, 2, 3, 4, 5].map((p) => (
              <option key={p} value={p}>
                {priorityLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <label className="radio itf-f-overdue">
          <input type="checkbox" checked={onlyOverdue} onChange={(e) => set('ueberfaellig', e.target.checked ? 'ja' : '')} /> nur
          überfällige ({overdueCount})
        </label>
      </form>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading && !data ? 'Wird geladen …' : data ? `${items.length} von ${data.items.length} Störungen` : ''}
      </p>
      {items.length > 0 && (
        <TableScroll label="IT-Störungen (scrollbar)">
          <table className="itf-table">
            <thead>
              <tr>
                <th scope="col">Nummer</th>
                <th scope="col">Priorität</th>
                <th scope="col">Status</th>
                <th scope="col">Störung</th>
                <th scope="col">Meldende Person</th>
                <th scope="col">Aufgenommen</th>
                <th scope="col">Ziel</th>
              </tr>
            </thead>
            <tbody>
              {items.map((f) => (
                <tr key={f.id} className={f.isResponseOverdue || f.isResolutionOverdue ? 'itf-row-overdue' : undefined}>
                  <th scope="row">
                    <Link to={`/it-stoerungen/${f.id}`}>{f.reference}</Link>
                  </th>
                  <td>
                    <span className={`itf-prio itf-prio-${f.priority}`}>{f.priorityLabel}</span>
                  </td>
                  <td>
                    {f.statusLabel}
                    {f.itTicketNumber ? <div className="muted small">{f.itTicketNumber}</div> : null}
                  </td>
                  <td className="cell-wrap">
                    <strong>{f.categoryLabel}</strong>
                    {f.applicationName ? ` (${f.applicationName})` : ''}:{' '}
                    {f.description.length > 90 ? `${f.description.slice(0, 88)}…` : f.description}
                  </td>
                  <td>
                    {f.reporter.name}
                    <div className="muted small">{f.department.name}</div>
                  </td>
                  <td>{formatDateTime(f.reportedAt)}</td>
                  <td>
                    {f.status === 'known_error' ? (
                      <span className="muted small">bekannter Fehler</span>
                    ) : f.resolvedAt ? (
                      <span className="small">gelöst {formatDateTime(f.resolvedAt)}</span>
                    ) : (
                      <span className="small">
                        {f.respondedAt ? 'Lösung' : 'Reaktion'} bis {formatDateTime(f.respondedAt ? f.resolutionDueAt : f.responseDueAt)}
                      </span>
                    )}
                    <div>
                      <OverdueMark fault={f} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data && items.length === 0 && <p>Keine Störung passt zu diesem Filter.</p>}
    </>
  );
}
