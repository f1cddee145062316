import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import { Field, Messages, useSubmit } from './field';
import { formatDate } from './tickets-labels';

interface Tenant {
  id: string;
  officialName: string;
}
interface ClosingDay {
  id: string;
  day: string;
  reason: string;
}

/** Administrators keep each tenant's closing days; the second-level deadline skips them. */
export function ClosingDaysPage() {
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const [tenantId, setTenantId] = useState('');
  const days = useApi<{ items: ClosingDay[] }>(tenantId ? `/api/v1/tenants/${tenantId}/closing-days` : null);
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const { fieldErrors, error, success, busy, run } = useSubmit();
  async function add(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      await api('POST', `/api/v1/tenants/${tenantId}/closing-days`, { day, reason });
      return `Schließtag ${formatDate(day)} eingetragen.`;
    });
    if (ok) {
      setDay('');
      setReason('');
      await days.reload();
    }
  }
  const remove = (d: ClosingDay) =>
    run(async () => {
      await api('DELETE', `/api/v1/tenants/${tenantId}/closing-days/${d.id}`);
      await days.reload();
      return `Schließtag ${formatDate(d.day)} entfernt.`;
    });
  return (
    <>
      <h1>Schließtage der Verwaltungen</h1>
      <p className="muted">
        An Schließtagen (z. B. Betriebsausflug, Brückentag) läuft die Antwortfrist der zweiten Ebene nicht, wie an Wochenenden und
        Feiertagen in Niedersachsen.
      </p>
      <div>
        <label htmlFor="closing-tenant">Verwaltung</label>
        <select id="closing-tenant" value={tenantId} onChange={(e) => setTenantId(e.target.value)}>
          <option value="">Bitte wählen</option>
          {tenants.data?.items.map((t) => (
            <option key={t.id} value={t.id}>
              {t.officialName}
            </option>
          ))}
        </select>
      </div>
      <Messages error={error} success={success} />
      {tenantId && (
        <>
          <h2>Eingetragene Schließtage</h2>
          {days.data && days.data.items.length === 0 && <p>Keine Schließtage eingetragen.</p>}
          <ul>
            {days.data?.items.map((d) => (
              <li key={d.id}>
                {formatDate(d.day)}: {d.reason}{' '}
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => remove(d)}
                  aria-label={`Schließtag ${formatDate(d.day)} entfernen`}
                >
                  Entfernen
                </button>
              </li>
            ))}
          </ul>
          <form onSubmit={add} noValidate aria-labelledby="closing-add">
            <h2 id="closing-add">Schließtag eintragen</h2>
            <Field id="closing-day" label="Datum" error={fieldErrors.day}>
              {(a) => <input {...a} type="date" value={day} onChange={(e) => setDay(e.target.value)} />}
            </Field>
            <Field id="closing-reason" label="Anlass" error={fieldErrors.reason}>
              {(a) => <input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <p>
              <button type="submit" disabled={busy}>
                Eintragen
              </button>
            </p>
          </form>
        </>
      )}
    </>
  );
}
