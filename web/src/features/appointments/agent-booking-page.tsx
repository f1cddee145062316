import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import {
  formatDay,
  formatTime,
  newIdempotencyKey,
  serviceText,
  type BookingResult,
  type CatalogueTenant,
  type Hold,
  type SearchResult,
  type Slot,
} from './appointments-types';
import { ServiceSearchForm, type SearchRequest } from './service-search-form';
import { SlotPicker } from './slot-picker';
import { WaitlistForm } from './waitlist-form';

/** Staff: book an appointment for the caller during the call (call-center contingent) or at the counter (internal). */
export function AgentBookingPage() {
  const catalogue = useApi<{ tenants: CatalogueTenant[] }>('/api/v1/public/appointments/catalogue');
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [hold, setHold] = useState<(Hold & { locationName: string }) | null>(null);
  const [done, setDone] = useState<BookingResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setProblem(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
      if (e instanceof ApiError) setProblem(e);
    } finally {
      setBusy(false);
    }
  }
  const search = (r: SearchRequest) =>
    run(async () => {
      setRequest(r);
      setDone(null);
      setResult(await api<SearchResult>('POST', '/api/v1/appointments/search', r));
    });
  const choose = (locationId: string, slot: Slot) =>
    run(async () => {
      const h = await api<Hold>('POST', '/api/v1/appointments/holds', { locationId, start: slot.start, services: request!.services });
      key.current = newIdempotencyKey();
      setHold({ ...h, locationName: result?.locations.find((l) => l.location.id === locationId)?.location.name ?? '' });
    });
  function book(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('a-email') ?? '').trim();
    const phone = String(form.get('a-phone') ?? '').trim();
    void run(async () => {
      setDone(
        await api<BookingResult>('POST', '/api/v1/appointments/bookings', {
          holdId: hold!.holdId,
          holdSecret: hold!.holdSecret,
          idempotencyKey: key.current,
          name: String(form.get('a-name') ?? ''),
          email: email || null,
          phone: phone || null,
        }),
      );
      setHold(null);
      setResult(null);
    });
  }

  return (
    <>
      <h1>Termin buchen</h1>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {done && (
        <div role="status" className="alert alert-ok">
          Gebucht: <strong>{done.appointment.reference}</strong>, {formatDay(done.appointment.startsAt)},{' '}
          {formatTime(done.appointment.startsAt)} Uhr, {done.location.name} ({serviceText(done.appointment)}).
          {done.cancelCode && (
            <>
              {' '}
              Code zum Absagen für die anrufende Person: <strong>{done.cancelCode}</strong>.
            </>
          )}
        </div>
      )}
      {hold ? (
        <section aria-labelledby="anrufer">
          <h2 id="anrufer">Angaben der anrufenden Person</h2>
          <p role="status">
            Reserviert bis {formatTime(hold.expiresAt)} Uhr: {formatDay(hold.start)}, {formatTime(hold.start)} Uhr, {hold.locationName}.
          </p>
          <form onSubmit={book} className="appt-form">
            <label htmlFor="a-name">Vor- und Nachname</label>
            <input id="a-name" name="a-name" required />
            {problem?.fieldMessage('name') && <p className="field-error">{problem.fieldMessage('name')}</p>}
            <label htmlFor="a-phone">Telefon</label>
            <input id="a-phone" name="a-phone" type="tel" />
            <label htmlFor="a-email">E-Mail (für Bestätigung und Kalendereintrag, freiwillig)</label>
            <input id="a-email" name="a-email" type="email" />
            {problem?.fieldMessage('email') && <p className="field-error">{problem.fieldMessage('email')}</p>}
            <p className="appt-actions">
              <button type="submit" disabled={busy}>
                Verbindlich buchen
              </button>
              <button type="button" className="secondary" onClick={() => setHold(null)}>
                Anderen Termin wählen
              </button>
            </p>
          </form>
        </section>
      ) : (
        <>
          <ServiceSearchForm tenants={catalogue.data?.tenants ?? []} onSearch={search} busy={busy} idPrefix="agent" />
          {result && request && (
            <section aria-labelledby="agent-frei">
              <h2 id="agent-frei">Freie Termine (Callcenter-Kontingent)</h2>
              <SlotPicker result={result} onChoose={choose} busy={busy} />
              <WaitlistForm request={request} publicPage={false} />
            </section>
          )}
        </>
      )}
    </>
  );
}
