import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { Field } from './field';
import { formatDateTime, type Category, type Directory, type Outage } from './itfaults-types';

/** "2026-12-02T08:15" in the browser's zone (the desk works in Berlin) for a datetime-local field. */
const localInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * Mass outages for the IT desk and supervisors: declare one (it appears as a banner on every
 * agent's page at once), watch the calls counted on it, close it (IT is told once, with the count).
 */
export function OutagesPage() {
  const { data, error, reload } = useApi<{ items: Outage[] }>('/api/v1/it-faults/outages?all=true');
  const [notice, setNotice] = useState('');
  const directory = useApi<Directory>('/api/v1/it-faults/directory');
  const active = data?.items.filter((o) => o.status === 'active') ?? [];
  const closed = data?.items.filter((o) => o.status === 'closed') ?? [];
  return (
    <>
      <h1>Massenstörungen</h1>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <div role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </div>
      <section aria-labelledby="itf-active">
        <h2 id="itf-active">Aktiv ({active.length})</h2>
        {data && active.length === 0 && <p className="muted">Keine Massenstörung aktiv.</p>}
        <div className="itf-known-grid">
          {active.map((o) => (
            <ActiveOutage
              key={o.id}
              outage={o}
              onClosed={(message) => {
                setNotice(message);
                void reload();
              }}
            />
          ))}
        </div>
      </section>
      {directory.data && <DeclareForm directory={directory.data} onDeclared={reload} />}
      <section aria-labelledby="itf-closed">
        <h2 id="itf-closed">Beendet (letzte 7 Tage)</h2>
        {closed.length === 0 ? (
          <p className="muted">Keine.</p>
        ) : (
          <TableScroll label="Beendete Massenstörungen (scrollbar)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Störung</th>
                  <th scope="col">Seit</th>
                  <th scope="col">Beendet</th>
                  <th scope="col" className="num">
                    Anrufe
                  </th>
                  <th scope="col">Vermerk</th>
                </tr>
              </thead>
              <tbody>
                {closed.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">
                      {o.title} <span className="muted small">({o.categoryLabel})</span>
                    </th>
                    <td>{formatDateTime(o.since)}</td>
                    <td>
                      {formatDateTime(o.closedAt)} {o.closedByName ? `· ${o.closedByName}` : ''}
                    </td>
                    <td className="num">{o.callCount}</td>
                    <td className="cell-wrap">{o.closeNote ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

function ActiveOutage({ outage, onClosed }: { outage: Outage; onClosed(message: string): void }) {
  const [note, setNote] = useState('');
  const { error, success, busy, run } = useFormFeedback();
  return (
    <article className="card" aria-labelledby={`itf-o-${outage.id}`}>
      <h3 id={`itf-o-${outage.id}`}>{outage.title}</h3>
      <p>
        {outage.categoryLabel} · seit {formatDateTime(outage.since)} · ausgerufen von {outage.declaredByName}
        {outage.itTicketNumber ? ` · IT-Ticket ${outage.itTicketNumber}` : ''}
      </p>
      <p>
        <strong data-testid="itf-desk-count">{outage.callCount === 1 ? '1 Anruf' : `${outage.callCount} Anrufe`}</strong> gezählt.
      </p>
      <p className="small">Für Anrufende: „{outage.callerMessage}“</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            const closed = await api<Outage>('POST', `/api/v1/it-faults/outages/${outage.id}/close`, {
              note: note || null,
              version: outage.version,
            });
            onClosed(`„${closed.title}“ beendet; die IT erhält die Zahl der Anrufe (${closed.callCount}).`);
          });
        }}
      >
        <FormMessages error={error} success={success} />
        <label htmlFor={`itf-close-${outage.id}`}>Vermerk zum Ende (optional)</label>
        <input id={`itf-close-${outage.id}`} value={note} onChange={(e) => setNote(e.target.value)} />
        <p>
          <button type="submit" disabled={busy}>
            Störung beenden<span className="visually-hidden">: {outage.title}</span>
          </button>
        </p>
      </form>
    </article>
  );
}

function DeclareForm({ directory, onDeclared }: { directory: Directory; onDeclared(): void }) {
  const empty = () => ({ title: '', category: '' as Category | '', since: localInput(new Date()), callerMessage: '', itTicketNumber: '' });
  const [v, setV] = useState(empty);
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const since = v.since ? new Date(v.since) : null;
      await api('POST', '/api/v1/it-faults/outages', {
        title: v.title,
        category: v.category || undefined,
        since: since && !Number.isNaN(since.getTime()) ? since.toISOString() : undefined,
        callerMessage: v.callerMessage,
        itTicketNumber: v.itTicketNumber || null,
      });
      setV(empty());
      onDeclared();
      return 'Massenstörung ausgerufen: sie steht jetzt auf jedem Arbeitsplatz.';
    });
  };
  return (
    <form onSubmit={submit} className="card itf-editor" aria-labelledby="itf-declare-h" noValidate>
      <h2 id="itf-declare-h">Massenstörung ausrufen</h2>
      <FormMessages error={error} success={success} />
      <div className="itf-two">
        <Field id="itf-o-title" label="Was ist gestört?" error={fieldErrors.title} hint="kurz, z. B. „E-Mail gestört“">
          {(a) => <input {...a} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} />}
        </Field>
        <Field id="itf-o-category" label="Kategorie" error={fieldErrors.category}>
          {(a) => (
            <select {...a} value={v.category} onChange={(e) => setV({ ...v, category: e.target.value as Category })}>
              <option value="">– bitte wählen –</option>
              {directory.categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="itf-o-since" label="Seit" error={fieldErrors.since}>
          {(a) => <input {...a} type="datetime-local" value={v.since} onChange={(e) => setV({ ...v, since: e.target.value })} />}
        </Field>
        <Field id="itf-o-ticket" label="IT-Ticket (optional)" error={fieldErrors.itTicketNumber}>
          {(a) => <input {...a} value={v.itTicketNumber} onChange={(e) => setV({ ...v, itTicketNumber: e.target.value })} />}
        </Field>
      </div>
      <Field
        id="itf-o-message"
        label="Nachricht für die Anrufenden"
        error={fieldErrors.callerMessage}
        hint="wird auf jedem Arbeitsplatz zum Vorlesen gezeigt"
      >
        {(a) => (
          <textarea
            {...a}
            rows={2}
            maxLength={1000}
            value={v.callerMessage}
            onChange={(e) => setV({ ...v, callerMessage: e.target.value })}
          />
        )}
      </Field>
      <p className="form-actions">
        <button type="submit" disabled={busy}>
          Massenstörung ausrufen
        </button>
      </p>
    </form>
  );
}
