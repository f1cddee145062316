import { useState, type FormEvent } from 'react';
import { api, errorText } from '../../app/api';
import type { SearchRequest } from './service-search-form';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + days * 86_400_000));

/** Nothing suitable? Join the waiting list: a freed slot is reserved for you and offered by e-mail. */
export function WaitlistForm({ request, publicPage }: { request: SearchRequest; publicPage: boolean }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await api('POST', publicPage ? '/api/v1/public/appointments/waitlist' : '/api/v1/appointments/waitlist', {
        tenantId: request.tenantId,
        services: request.services,
        name: String(form.get('wl-name') ?? ''),
        email: String(form.get('wl-email') ?? ''),
        earliestDate: String(form.get('wl-from') ?? ''),
        latestDate: String(form.get('wl-to') ?? ''),
      });
      setMessage('Eingetragen. Sobald ein passender Termin frei wird, wird er reserviert und per E-Mail angeboten.');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="card">
      <summary>Kein passender Termin? Auf die Warteliste setzen</summary>
      {message ? (
        <p role="status" className="alert alert-ok">
          {message}
        </p>
      ) : (
        <form onSubmit={submit} className="appt-form">
          {error && (
            <div role="alert" className="alert alert-error">
              {error}
            </div>
          )}
          <label htmlFor="wl-name">Vor- und Nachname</label>
          <input id="wl-name" name="wl-name" required autoComplete="name" />
          <label htmlFor="wl-email">E-Mail-Adresse</label>
          <input id="wl-email" name="wl-email" type="email" required autoComplete="email" />
          <label htmlFor="wl-from">Frühestens am</label>
          <input id="wl-from" name="wl-from" type="date" defaultValue={today()} required />
          <label htmlFor="wl-to">Spätestens am</label>
          <input id="wl-to" name="wl-to" type="date" defaultValue={inDays(28)} required />
          <p>
            <button type="submit" disabled={busy}>
              Auf die Warteliste
            </button>
          </p>
        </form>
      )}
    </details>
  );
}
