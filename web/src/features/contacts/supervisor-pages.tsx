import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import {
  channelLabels,
  formatDateTime,
  outcomeLabels,
  stateLabels,
  type AgentState,
  type OpenContact,
  type Outcome,
  type TenantOption,
  type WorkItem,
} from './contacts-labels';

/** Rows shown at first and added per click: each row carries two selects, and hundreds of them made the page sluggish. */
const UNDOCUMENTED_PAGE_SIZE = 50;

/** Contacts nobody documented (older than five minutes): the supervisor follows up or codes them, oldest first. */
export function UndocumentedPage() {
  const { data, error, reload } = useApi<{ items: OpenContact[] }>('/api/v1/contacts/undocumented');
  const tenants = useApi<{ items: TenantOption[] }>('/api/v1/tenants').data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState(UNDOCUMENTED_PAGE_SIZE);
  const items = data?.items ?? [];
  const document = async (o: OpenContact, tenantId: string, outcome: Outcome) => {
    try {
      await api('POST', `/api/v1/contacts/${o.contact.id}/document`, {
        version: o.contact.version,
        tenantId,
        outcome,
        note: 'Von der Teamleitung nacherfasst',
      });
      setMessage('Kontakt dokumentiert.');
      await reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  return (
    <>
      <h1>Nicht dokumentierte Kontakte</h1>
      <p>Jeder angenommene Anruf bekommt genau einen Kontakteintrag. Hier stehen die, die seit mehr als fünf Minuten offen sind.</p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {message && (
        <p role="status" className="alert alert-ok">
          {message}
        </p>
      )}
      <TableScroll label="Offene Kontakte">
        <table>
          <caption className="visually-hidden">Offene Kontakte</caption>
          <thead>
            <tr>
              <th scope="col">Beginn</th>
              <th scope="col">Kanal</th>
              <th scope="col">Agent/in</th>
              <th scope="col">Verwaltung</th>
              <th scope="col">Rufnummer</th>
              <th scope="col">Nacherfassen</th>
            </tr>
          </thead>
          <tbody>
            {items.slice(0, shown).map((o) => (
              <UndocumentedRow key={o.contact.id} o={o} tenants={tenants} onDocument={document} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {data && data.items.length === 0 && <p>Alles dokumentiert.</p>}
      {items.length > shown && (
        <p>
          <span role="status">
            {shown} von {items.length >= 500 ? 'mindestens 500' : items.length} offenen Kontakten angezeigt (die ältesten zuerst).
          </span>{' '}
          <button type="button" className="secondary" onClick={() => setShown((n) => n + UNDOCUMENTED_PAGE_SIZE)}>
            Weitere {UNDOCUMENTED_PAGE_SIZE} anzeigen
          </button>
        </p>
      )}
    </>
  );
}

function UndocumentedRow({
  o,
  tenants,
  onDocument,
}: {
  o: OpenContact;
  tenants: TenantOption[];
  onDocument(o: OpenContact, tenantId: string, outcome: Outcome): void;
}) {
  const [tenantId, setTenantId] = useState(o.contact.tenantId ?? '');
  const [outcome, setOutcome] = useState<Outcome>('other');
  const id = o.contact.id.slice(0, 8);
  return (
    <tr>
      <td>{formatDateTime(o.contact.startedAt)}</td>
      <td>{channelLabels[o.contact.channel]}</td>
      <td>{o.contact.agentName ?? '–'}</td>
      <td>{o.tenantName ?? 'unbekannt'}</td>
      <td>{o.contact.callerNumber ?? '–'}</td>
      <td>
        <label className="visually-hidden" htmlFor={`t-${id}`}>
          Verwaltung
        </label>
        <select id={`t-${id}`} value={tenantId} onChange={(e) => setTenantId(e.target.value)}>
          <option value="">– Verwaltung –</option>
          {tenants.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`o-${id}`}>
          Ergebnis
        </label>
        <select id={`o-${id}`} value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
          {outcomeLabels.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onDocument(o, tenantId, outcome)}>
          Erfassen
        </button>
      </td>
    </tr>
  );
}

interface AgentRow {
  userId: string;
  displayName: string;
  state: AgentState;
}

/** The routed queue in order; supervisors hand items to an agent or back to the queue. */
export function QueuePage() {
  const { data, error, reload } = useApi<{ items: WorkItem[] }>('/api/v1/queue');
  const agents = useApi<{ items: AgentRow[] }>('/api/v1/agents').data?.items ?? [];
  const tenants = useApi<{ items: TenantOption[] }>('/api/v1/tenants').data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const reassign = async (item: WorkItem, userId: string) => {
    try {
      await api('POST', `/api/v1/work-items/${item.id}/reassign`, { userId: userId || null });
      setMessage(userId ? 'Zugewiesen.' : 'Zurück in die Warteschlange gestellt.');
      await reload();
    } catch (e) {
      setMessage(errorText(e));
    }
  };
  return (
    <>
      <h1>Warteschlange</h1>
      <p>
        E-Mails, Kontaktformulare, Chats und Rückrufe in der Reihenfolge, in der sie angeboten werden: Priorität, nahe Fristen, dann wer
        zuerst kam.
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {message && (
        <p role="status" className="alert alert-ok">
          {message}
        </p>
      )}
      <TableScroll label="Offene Anliegen">
        <table>
          <caption className="visually-hidden">Offene Anliegen</caption>
          <thead>
            <tr>
              <th scope="col">Platz</th>
              <th scope="col">Kanal</th>
              <th scope="col">Betreff</th>
              <th scope="col">Verwaltung</th>
              <th scope="col">Seit</th>
              <th scope="col">Status</th>
              <th scope="col">Zuweisen</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((item, i) => (
              <tr key={item.id}>
                <td>{item.status === 'waiting' ? i + 1 : '–'}</td>
                <td>{channelLabels[item.channel]}</td>
                <td>{item.subject}</td>
                <td>{tenants.find((t) => t.id === item.tenantId)?.name}</td>
                <td>{formatDateTime(item.enqueuedAt)}</td>
                <td>
                  {item.status === 'waiting'
                    ? 'wartet'
                    : `${item.status === 'offered' ? 'angeboten' : 'in Bearbeitung'}: ${item.assignedName ?? ''}`}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`a-${item.id}`}>
                    Zuweisen an
                  </label>
                  <select id={`a-${item.id}`} value={item.assignedUserId ?? ''} onChange={(e) => reassign(item, e.target.value)}>
                    <option value="">Warteschlange</option>
                    {agents.map((a) => (
                      <option key={a.userId} value={a.userId}>
                        {a.displayName} ({stateLabels[a.state]})
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
