import { useNavigate } from 'react-router-dom';
import { api } from '../../app/api';
import {
  channelLabels,
  formatDateTime,
  formatSeconds,
  formatTime,
  outcomeLabels,
  type Desktop,
  type TenantOption,
} from './contacts-labels';
import { DocumentForm, documentedText } from './document-form';
import { useSecondsSince } from './use-live';
import { useAnnounceCurrentContact } from '../itfaults/current-contact';

const outcomeText = (o: string | null) => outcomeLabels.find(([v]) => v === o)?.[1] ?? '–';

/** The answered call: who the caller called, earlier contacts, and the documentation form ready. */
export function ScreenPop({
  pop,
  tenants,
  onDone,
}: {
  pop: NonNullable<Desktop['screenPop']>;
  tenants: TenantOption[];
  onDone(message: string): void;
}) {
  const { contact, call, tenantName, earlierContacts } = pop;
  const wrapUp = useSecondsSince(contact.endedAt);
  const navigate = useNavigate();
  // The outage banner counts "a call about the outage" on this contact.
  useAnnounceCurrentContact(contact.id);
  return (
    <section aria-labelledby="screen-pop" className="screen-pop card">
      <h2 id="screen-pop">
        {contact.endedAt ? 'Nachbearbeitung' : 'Aktueller Anruf'}: {tenantName ?? 'Verwaltung unbekannt'}
      </h2>
      <dl className="facts">
        <dt>Anrufer/in</dt>
        <dd>{contact.callerNumber ?? 'Rufnummer unterdrückt'}</dd>
        <dt>Gewählte Nummer</dt>
        <dd>
          {call?.dialledNumber ?? '–'}
          {call?.queueName ? ` (${call.queueName})` : ''}
        </dd>
        <dt>Angenommen</dt>
        <dd>
          {formatTime(call?.answeredAt ?? contact.startedAt)}
          {call?.waitSeconds != null ? `, Wartezeit ${call.waitSeconds} s` : ''}
        </dd>
        {wrapUp !== null && (
          <>
            <dt>Nachbearbeitung</dt>
            {/* The timer role sits on a span: a dd with a role is no longer a dd, and axe refuses the list. */}
            <dd className="wrap-up-timer">
              <span role="timer" aria-live="off">
                {formatSeconds(wrapUp)}
              </span>
            </dd>
          </>
        )}
      </dl>
      {earlierContacts.length > 0 && (
        <details className="earlier">
          <summary>Frühere Kontakte dieser Rufnummer ({earlierContacts.length}, letzte 90 Tage)</summary>
          <ul>
            {earlierContacts.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.startedAt)} · {channelLabels[e.channel] ?? e.channel} · {e.tenantName ?? '–'} ·{' '}
                {e.serviceTitle ?? 'ohne Leistung'} · {outcomeText(e.outcome)}
                {e.note ? ` · „${e.note}“` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <DocumentForm
        key={contact.id}
        idPrefix={`contact-${contact.id.slice(0, 8)}`}
        tenants={tenants}
        initialTenantId={contact.tenantId}
        onSubmit={async (values, serviceTitle) => {
          await api('POST', `/api/v1/contacts/${contact.id}/document`, { version: contact.version, ...values });
          // Documented while still talking: the state stays "Im Gespräch" until the caller hangs up.
          onDone(
            contact.endedAt
              ? documentedText(values, serviceTitle)
              : `${documentedText(values, serviceTitle)} Der Anruf läuft noch: Ihr Status bleibt „Im Gespräch“ bis zum Auflegen, danach sind Sie ohne Nachbearbeitung wieder verfügbar.`,
          );
          // Outcome 6: the incident form for the SOD's desk opens prefilled from the call (router state keeps
          // the caller's number out of the URL and the server logs).
          if (values.outcome === 'public_order_incident') {
            navigate('/einsatz-melden', {
              state: { contactId: contact.id, callerNumber: contact.callerNumber, note: values.note, tenantName },
            });
          }
          // Outcome 5: the IT fault intake opens prefilled from the call (decision 0112).
          if (values.outcome === 'it_fault') {
            navigate('/it-stoerungen/neu', { state: { contactId: contact.id, callerNumber: contact.callerNumber, note: values.note } });
          }
        }}
      />
    </section>
  );
}
