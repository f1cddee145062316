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
import { solveProofOfWork } from './proof-of-work';
import { PublicFrame } from './public-frame';
import { ServiceSearchForm, type SearchRequest } from './service-search-form';
import { SlotPicker } from './slot-picker';
import { WaitlistForm } from './waitlist-form';

/** /buerger/termine: a citizen finds a free slot, holds it, fills in the form and gets the confirmation mail. */
export function PublicBookingPage() {
  const catalogue = useApi<{ tenants: CatalogueTenant[] }>('/api/v1/public/appointments/catalogue');
  const [request, setRequest] = useState<SearchRequest | null>(null);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [hold, setHold] = useState<(Hold & { locationName: string }) | null>(null);
  const [done, setDone] = useState<BookingResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(newIdempotencyKey());
  const statusRef = useRef<HTMLDivElement>(null);

  async function search(r: SearchRequest) {
    setBusy(true);
    setError(null);
    setRequest(r);
    try {
      setResult(await api<SearchResult>('POST', '/api/v1/public/appointments/search', r));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function choose(locationId: string, slot: Slot) {
    if (!request) return;
    setBusy(true);
    setError(null);
    try {
      const work = await solveProofOfWork();
      const h = await api<Hold>('POST', '/api/v1/public/appointments/holds', {
        locationId,
        start: slot.start,
        services: request.services,
        ...work,
      });
      const name = result?.locations.find((l) => l.location.id === locationId)?.location.name ?? '';
      idempotencyKey.current = newIdempotencyKey();
      setHold({ ...h, locationName: name });
    } catch (e) {
      setError(errorText(e));
      if (request) void search(request);
    } finally {
      setBusy(false);
    }
  }

  async function book(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!hold) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    setIssues(null);
    try {
      const phone = String(form.get('phone') ?? '').trim();
      setDone(
        await api<BookingResult>('POST', '/api/v1/public/appointments/bookings', {
          holdId: hold.holdId,
          holdSecret: hold.holdSecret,
          idempotencyKey: idempotencyKey.current,
          name: String(form.get('name') ?? ''),
          email: String(form.get('email') ?? ''),
          phone: phone || null,
          website: String(form.get('website') ?? ''),
        }),
      );
    } catch (e) {
      setError(errorText(e));
      if (e instanceof ApiError) setIssues(e);
    } finally {
      setBusy(false);
      statusRef.current?.focus();
    }
  }

  if (done) {
    return (
      <PublicFrame title="Ihr Termin ist gebucht">
        <div role="status" className="alert alert-ok">
          Vielen Dank. Die Bestätigung mit Kalendereintrag ist per E-Mail unterwegs.
        </div>
        <dl className="appt-summary">
          <dt>Terminnummer</dt>
          <dd>{done.appointment.reference}</dd>
          <dt>Wann</dt>
          <dd>
            {formatDay(done.appointment.startsAt)}, {formatTime(done.appointment.startsAt)} Uhr
          </dd>
          <dt>Wo</dt>
          <dd>
            {done.location.name}, {done.location.street}, {done.location.postalCode} {done.location.city}
          </dd>
          <dt>Anliegen</dt>
          <dd>{serviceText(done.appointment)}</dd>
        </dl>
        <p>Absagen oder verschieben können Sie über den Link in der E-Mail.</p>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title="Termin im Bürgerbüro oder in der Ausländerbehörde buchen">
      <div ref={statusRef} tabIndex={-1}>
        {error && (
          <div role="alert" className="alert alert-error">
            {error}
          </div>
        )}
      </div>
      {hold ? (
        <section aria-labelledby="daten">
          <h2 id="daten">Ihre Angaben</h2>
          <p role="status">
            Reserviert: {formatDay(hold.start)}, {formatTime(hold.start)} Uhr, {hold.locationName}. Die Reservierung gilt bis{' '}
            {formatTime(hold.expiresAt)} Uhr.
          </p>
          <form onSubmit={book} className="appt-form" noValidate>
            <label htmlFor="name">Vor- und Nachname</label>
            <input
              id="name"
              name="name"
              autoComplete="name"
              required
              aria-describedby={issues?.fieldMessage('name') ? 'name-error' : undefined}
            />
            {issues?.fieldMessage('name') && (
              <p id="name-error" className="field-error">
                {issues.fieldMessage('name')}
              </p>
            )}
            <label htmlFor="email">E-Mail-Adresse (für die Bestätigung)</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              required
              aria-describedby={issues?.fieldMessage('email') ? 'email-error' : undefined}
            />
            {issues?.fieldMessage('email') && (
              <p id="email-error" className="field-error">
                {issues.fieldMessage('email')}
              </p>
            )}
            <label htmlFor="phone">Telefon (freiwillig)</label>
            <input id="phone" name="phone" type="tel" autoComplete="tel" />
            <div className="appt-honeypot" aria-hidden="true">
              <label htmlFor="website">Webseite (bitte leer lassen)</label>
              <input id="website" name="website" tabIndex={-1} autoComplete="off" />
            </div>
            <p className="muted">Ihre Angaben werden nur für diesen Termin verwendet und spätestens 30 Tage nach dem Termin gelöscht.</p>
            <p className="appt-actions">
              <button type="submit" disabled={busy}>
                {busy ? 'Wird gebucht …' : 'Termin verbindlich buchen'}
              </button>
              <button type="button" className="secondary" onClick={() => setHold(null)}>
                Anderen Termin wählen
              </button>
            </p>
          </form>
        </section>
      ) : (
        <>
          <section aria-labelledby="suche">
            <h2 id="suche">Was möchten Sie erledigen?</h2>
            {catalogue.error && (
              <div role="alert" className="alert alert-error">
                {catalogue.error}
              </div>
            )}
            <ServiceSearchForm tenants={catalogue.data?.tenants ?? []} onSearch={search} busy={busy} idPrefix="buerger" />
          </section>
          {result && request && (
            <section aria-labelledby="frei">
              <h2 id="frei">Freie Termine</h2>
              {busy && <p role="status">Termin wird reserviert …</p>}
              <SlotPicker result={result} onChoose={choose} busy={busy} />
              <WaitlistForm request={request} publicPage />
            </section>
          )}
        </>
      )}
    </PublicFrame>
  );
}
