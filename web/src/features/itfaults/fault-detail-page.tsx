import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { useSession } from '../../app/session';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { OverdueMark } from './fault-list-page';
import { Field } from './field';
import {
  deliveryLabels,
  formatDateTime,
  itStatusOptions,
  mailStatusLabels,
  type FaultDetail,
  type ItStatus,
  type KnownError,
} from './itfaults-types';

/**
 * One fault: what was reported and why it has its priority, the hand-over to IT (webhook
 * deliveries delivered / failing / given up with the last error, mails), the status history,
 * and for the IT desk the status form; a resolution with a workaround proposes a known error,
 * which the IT desk or a supervisor confirms here.
 */
export function FaultDetailPage() {
  const { id } = useParams();
  const { hasRole } = useSession();
  const { data: f, error, reload } = useApi<FaultDetail>(`/api/v1/it-faults/${id}`);
  const canManage = hasRole('itdesk', 'supervisor');
  const proposals = useApi<{ items: KnownError[] }>(canManage && f?.workaround ? '/api/v1/it-faults/known-errors' : null);
  const proposal = proposals.data?.items.find((k) => k.proposedFromFaultId === f?.id) ?? null;
  if (!f)
    return error ? (
      <div role="alert" className="alert alert-error">
        {error}
      </div>
    ) : (
      <p role="status">Wird geladen …</p>
    );
  return (
    <>
      <p>
        <Link to="/it-stoerungen/liste">← Alle IT-Störungen</Link>
      </p>
      <h1>
        IT-Störung {f.reference}: {f.categoryLabel}
      </h1>
      <p className="itf-status-line">
        <span className={`itf-prio itf-prio-${f.priority}`}>{f.priorityLabel}</span> · Status <strong>{f.statusLabel}</strong>
        {f.itTicketNumber && <> · IT-Ticket {f.itTicketNumber}</>} <OverdueMark fault={f} />
      </p>
      <div className="itf-detail-grid">
        <section aria-labelledby="itf-what" className="card">
          <h2 id="itf-what">Meldung</h2>
          <dl className="itf-facts">
            <dt>Meldende Person</dt>
            <dd>
              {f.reporter.name}
              {f.reporter.room ? `, Raum ${f.reporter.room}` : ''}
              {f.reporter.phone ? `, Tel. ${f.reporter.phone}` : ''}
              {f.reporter.email ? `, ${f.reporter.email}` : ''}
            </dd>
            <dt>Fachbereich</dt>
            <dd>{f.department.name}</dd>
            <dt>Gerät</dt>
            <dd>{f.asset ?? '–'}</dd>
            <dt>Kategorie</dt>
            <dd>
              {f.categoryLabel}
              {f.applicationName ? ` (${f.applicationName})` : ''}
            </dd>
            <dt>Beschreibung</dt>
            <dd className="cell-wrap">{f.description}</dd>
            <dt>Priorität</dt>
            <dd>{f.priorityExplanation}</dd>
            <dt>Aufgenommen</dt>
            <dd>
              {formatDateTime(f.reportedAt)} von {f.createdByName} (
              {f.source === 'call' ? 'Anruf' : f.source === 'queue' ? 'E-Mail' : 'Schnittstelle'})
            </dd>
            <dt>Reaktion</dt>
            <dd>
              {f.respondedAt ? `erfolgt ${formatDateTime(f.respondedAt)}` : `fällig ${formatDateTime(f.responseDueAt)}`}
              {f.isResponseOverdue ? ' (überfällig)' : ''}
            </dd>
            <dt>Lösung</dt>
            <dd>
              {f.resolvedAt ? `erfolgt ${formatDateTime(f.resolvedAt)}` : `fällig ${formatDateTime(f.resolutionDueAt)}`}
              {f.isResolutionOverdue ? ' (überfällig)' : ''}
            </dd>
            {f.itMessage && (
              <>
                <dt>Nachricht der IT</dt>
                <dd className="cell-wrap">{f.itMessage}</dd>
              </>
            )}
            {f.workaround && (
              <>
                <dt>Umgehung</dt>
                <dd className="cell-wrap">{f.workaround}</dd>
              </>
            )}
            {f.knownError && (
              <>
                <dt>Bekannter Fehler</dt>
                <dd>
                  {f.knownError.title}
                  {f.knownError.workaround ? `: ${f.knownError.workaround}` : ''}
                </dd>
              </>
            )}
          </dl>
        </section>
        <div>
          {hasRole('itdesk') && f.status !== 'closed' && f.status !== 'known_error' && <StatusForm fault={f} onSaved={reload} />}
          {proposal && <ProposalBox proposal={proposal} onSaved={proposals.reload} />}
          <Handover fault={f} />
        </div>
      </div>
      <section aria-labelledby="itf-history">
        <h2 id="itf-history">Verlauf</h2>
        <ol className="itf-history">
          {f.events.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <span className="muted small">{formatDateTime(e.at)}</span> · {e.actorName}: {e.message ?? e.kind}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function Handover({ fault }: { fault: FaultDetail }) {
  const none = fault.deliveries.length === 0 && fault.mails.length === 0;
  return (
    <section aria-labelledby="itf-handover" className="card">
      <h2 id="itf-handover">Übergabe an die IT</h2>
      {fault.handedOverAt && <p>Übergeben {formatDateTime(fault.handedOverAt)}.</p>}
      {none && (
        <p className="muted">
          {fault.status === 'known_error'
            ? 'Keine Übergabe: einem bekannten Fehler zugeordnet.'
            : 'Kein Übergabeweg eingerichtet (Mail oder Webhook): die Störung bleibt hier, bis die IT sie abruft.'}
        </p>
      )}
      {fault.deliveries.length > 0 && (
        <TableScroll label="Webhook-Zustellungen (scrollbar)">
          <table>
            <caption>Webhook</caption>
            <thead>
              <tr>
                <th scope="col">Ereignis</th>
                <th scope="col">Zustand</th>
                <th scope="col">Versuche</th>
                <th scope="col">Letzter Fehler</th>
              </tr>
            </thead>
            <tbody>
              {fault.deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{d.event}</td>
                  <td data-testid="itf-delivery-status">
                    <span className={`itf-delivery itf-delivery-${d.status}`}>{deliveryLabels[d.status]}</span>
                    <div className="muted small">
                      {d.deliveredAt
                        ? `am ${formatDateTime(d.deliveredAt)}`
                        : d.status === 'given_up'
                          ? ''
                          : `nächster Versuch ${formatDateTime(d.nextAttemptAt)}`}
                    </div>
                  </td>
                  <td className="num">{d.attempts}</td>
                  <td className="cell-wrap">
                    {d.lastError ? `${d.lastStatusCode ? `HTTP ${d.lastStatusCode}: ` : ''}${d.lastError}` : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {fault.mails.length > 0 && (
        <ul>
          {fault.mails.map((m, i) => (
            <li key={i}>
              {m.purpose === 'itfault.handover' ? 'Mail an den IT-Service-Desk' : 'Mail an die meldende Person'}:{' '}
              {mailStatusLabels[m.status] ?? m.status}
              {m.sentAt ? ` ${formatDateTime(m.sentAt)}` : ''}
              {m.lastError ? ` (letzter Fehler: ${m.lastError})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StatusForm({ fault, onSaved }: { fault: FaultDetail; onSaved(): void }) {
  const [status, setStatus] = useState<ItStatus | ''>('');
  const [ticket, setTicket] = useState(fault.itTicketNumber ?? '');
  const [message, setMessage] = useState('');
  const [workaround, setWorkaround] = useState('');
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await api('POST', `/api/v1/it-faults/${fault.id}/status`, {
        status: status || undefined,
        itTicketNumber: ticket || null,
        message: message || null,
        ...(status === 'resolved' && workaround ? { workaround } : {}),
      });
      setMessage('');
      setWorkaround('');
      onSaved();
      return 'Status gespeichert.';
    });
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="itf-status-h" noValidate>
      <h2 id="itf-status-h">Status setzen (IT-Service-Desk)</h2>
      <FormMessages error={error} success={success} />
      <Field id="itf-s-status" label="Neuer Status" error={fieldErrors.status}>
        {(a) => (
          <select {...a} value={status} onChange={(e) => setStatus(e.target.value as ItStatus)}>
            <option value="">– bitte wählen –</option>
            {itStatusOptions.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="itf-s-ticket" label="IT-Ticketnummer" error={fieldErrors.itTicketNumber}>
        {(a) => <input {...a} value={ticket} onChange={(e) => setTicket(e.target.value)} />}
      </Field>
      <Field id="itf-s-message" label="Nachricht (sieht die meldende Person)" error={fieldErrors.message}>
        {(a) => <textarea {...a} rows={2} value={message} onChange={(e) => setMessage(e.target.value)} />}
      </Field>
      {status === 'resolved' && (
        <Field
          id="itf-s-workaround"
          label="Umgehung (optional)"
          hint="Mit Umgehung wird ein bekannter Fehler vorgeschlagen."
          error={fieldErrors.workaround}
        >
          {(a) => <textarea {...a} rows={2} value={workaround} onChange={(e) => setWorkaround(e.target.value)} />}
        </Field>
      )}
      <p>
        <button type="submit" disabled={busy}>
          Status speichern
        </button>
      </p>
    </form>
  );
}

function ProposalBox({ proposal, onSaved }: { proposal: KnownError; onSaved(): void }) {
  const { error, success, busy, run } = useFormFeedback();
  return (
    <section className="card itf-proposal" aria-labelledby="itf-proposal-h">
      <h2 id="itf-proposal-h">Als bekannter Fehler vorgeschlagen</h2>
      <FormMessages error={error} success={success} />
      <p>
        „{proposal.title}“ · <strong>{proposal.statusLabel}</strong>
      </p>
      <p className="small">Umgehung: {proposal.workaround}</p>
      {proposal.status === 'proposed' ? (
        <p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await api('PATCH', `/api/v1/it-faults/known-errors/${proposal.id}`, { status: 'workaround', version: proposal.version });
                onSaved();
                return 'Bekannter Fehler bestätigt: first level findet ihn jetzt.';
              })
            }
          >
            Vorschlag bestätigen
          </button>{' '}
          <Link to={`/it-stoerungen/bekannte-fehler?bearbeiten=${proposal.id}`}>vorher bearbeiten</Link>
        </p>
      ) : (
        <p className="small">Bestätigt; first level findet ihn in der Suche.</p>
      )}
    </section>
  );
}
