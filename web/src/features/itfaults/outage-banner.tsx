import { useEffect, useState } from 'react';
import { api, errorText } from '../../app/api';
import { useSession } from '../../app/session';
import { useCurrentContact } from './current-contact';
import { formatTime, type Outage } from './itfaults-types';

/**
 * The mass outage banner above every staff page of agents and supervisors while IT has an
 * outage open: what is down since when, the message to read to callers, how many calls were
 * counted, and "Anruf zur Störung zählen" (on the current call, once per contact). Fed by the
 * server's live channel, so a declared or closed outage appears and goes without reloading.
 */
export function OutageBanner() {
  const [outages, setOutages] = useState<Outage[]>([]);
  useEffect(() => {
    const source = new EventSource('/api/v1/it-faults/outages/stream', { withCredentials: true });
    const onOutages = (e: MessageEvent<string>) => setOutages((JSON.parse(e.data) as { items: Outage[] }).items);
    source.addEventListener('outages', onOutages as EventListener);
    return () => source.close();
  }, []);
  if (outages.length === 0) return null;
  return (
    <section className="itf-banner" aria-label="IT-Massenstörung">
      {outages.map((o) => (
        <OutageNotice
          key={o.id}
          outage={o}
          onCounted={(updated) => setOutages((list) => list.map((x) => (x.id === updated.id ? updated : x)))}
        />
      ))}
    </section>
  );
}

function OutageNotice({ outage, onCounted }: { outage: Outage; onCounted(o: Outage): void }) {
  const { hasRole } = useSession();
  const contactId = useCurrentContact();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const count = async () => {
    setBusy(true);
    try {
      const result = await api<Outage & { wasCounted: boolean }>('POST', `/api/v1/it-faults/outages/${outage.id}/calls`, {
        ...(contactId ? { contactId } : {}),
      });
      onCounted(result);
      setMessage(result.wasCounted ? 'Anruf gezählt.' : 'Dieser Anruf war schon gezählt.');
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="itf-outage" data-testid="itf-outage">
      <p className="itf-outage-head">
        <strong>
          <span aria-hidden="true">⚠ </span>IT-Massenstörung: {outage.title}
        </strong>{' '}
        seit {formatTime(outage.since)} · {outage.categoryLabel} ·{' '}
        <span data-testid="itf-outage-count">{outage.callCount === 1 ? '1 Anruf' : `${outage.callCount} Anrufe`}</span> gezählt
        {outage.itTicketNumber ? ` · IT-Ticket ${outage.itTicketNumber}` : ''}
      </p>
      <p className="itf-outage-message">
        <strong>Für Anrufende:</strong> „{outage.callerMessage}“
      </p>
      {hasRole('agent', 'supervisor') && (
        <p className="itf-outage-actions">
          <button type="button" className="small" onClick={count} disabled={busy}>
            Anruf zur Störung zählen
          </button>{' '}
          <span className="small" aria-live="polite">
            {message || (contactId ? 'Zählt den aktuellen Anruf.' : 'Keine eigene Störung nötig: der Anruf wird hier gezählt.')}
          </span>
        </p>
      )}
    </div>
  );
}
