import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import {
  formatDay,
  formatTime,
  serviceText,
  statusLabels,
  type Appointment,
  type BookingResult,
  type Hold,
  type Location,
  type SearchResult,
  type Slot,
} from './appointments-types';
import { solveProofOfWork } from './proof-of-work';
import { PublicFrame } from './public-frame';
import { SlotPicker } from './slot-picker';

/** /buerger/termine/verwalten: with reference and code (from the mail link) a citizen sees, cancels or moves the appointment. */
export function ManageAppointmentPage() {
  const [params] = useSearchParams();
  const [reference, setReference] = useState(params.get('termin') ?? '');
  const [code, setCode] = useState(params.get('code') ?? '');
  const [data, setData] = useState<{ appointment: Appointment; location: Location } | null>(null);
  const [slots, setSlots] = useState<SearchResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(fn: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  const lookup = () => run(async () => setData(await api('POST', '/api/v1/public/appointments/manage/lookup', { reference, code })));
  useEffect(() => {
    if (params.get('termin') && params.get('code')) void lookup();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const cancel = () =>
    run(async () => {
      const appointment = await api<Appointment>('POST', '/api/v1/public/appointments/manage/cancel', { reference, code });
      setData((d) => (d ? { ...d, appointment } : d));
      setMessage('Ihr Termin ist abgesagt. Sie erhalten eine Bestätigung per E-Mail.');
    });
  const findOther = () =>
    run(async () => {
      if (!data) return;
      setSlots(
        await api<SearchResult>('POST', '/api/v1/public/appointments/search', {
          tenantId: data.appointment.tenantId,
          locationKind: data.location.kind,
          services: data.appointment.services.map((s) => ({ code: s.code, quantity: s.quantity })),
        }),
      );
    });
  const move = (locationId: string, slot: Slot) =>
    run(async () => {
      if (!data) return;
      const work = await solveProofOfWork();
      const hold = await api<Hold>('POST', '/api/v1/public/appointments/holds', {
        locationId,
        start: slot.start,
        services: data.appointment.services.map((s) => ({ code: s.code, quantity: s.quantity })),
        ...work,
      });
      const moved = await api<BookingResult>('POST', '/api/v1/public/appointments/manage/reschedule', {
        reference,
        code,
        holdId: hold.holdId,
        holdSecret: hold.holdSecret,
      });
      setCode(moved.cancelCode ?? code);
      setData({ appointment: moved.appointment, location: moved.location });
      setSlots(null);
      setMessage('Ihr Termin ist verschoben. Die neue Bestätigung mit neuem Code ist per E-Mail unterwegs.');
    });

  function submit(event: FormEvent) {
    event.preventDefault();
    void lookup();
  }

  return (
    <PublicFrame title="Termin absagen oder verschieben">
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {message && (
        <div role="status" className="alert alert-ok">
          {message}
        </div>
      )}
      {!data ? (
        <form onSubmit={submit} className="appt-form">
          <label htmlFor="reference">Terminnummer</label>
          <input id="reference" value={reference} onChange={(e) => setReference(e.target.value)} required />
          <label htmlFor="code">Code aus der Bestätigung</label>
          <input id="code" value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" />
          <p>
            <button type="submit" disabled={busy}>
              Termin anzeigen
            </button>
          </p>
        </form>
      ) : (
        <>
          <dl className="appt-summary">
            <dt>Terminnummer</dt>
            <dd>{data.appointment.reference}</dd>
            <dt>Status</dt>
            <dd>{statusLabels[data.appointment.status]}</dd>
            <dt>Wann</dt>
            <dd>
              {formatDay(data.appointment.startsAt)}, {formatTime(data.appointment.startsAt)} Uhr
            </dd>
            <dt>Wo</dt>
            <dd>
              {data.location.name}, {data.location.street}, {data.location.postalCode} {data.location.city}
            </dd>
            <dt>Anliegen</dt>
            <dd>{serviceText(data.appointment)}</dd>
          </dl>
          {data.appointment.status === 'booked' && (
            <p className="appt-actions">
              <button type="button" onClick={cancel} disabled={busy}>
                Termin absagen
              </button>
              <button type="button" className="secondary" onClick={findOther} disabled={busy}>
                Anderen Termin suchen
              </button>
            </p>
          )}
          {slots && (
            <section aria-labelledby="verschieben">
              <h2 id="verschieben">Neuen Termin wählen</h2>
              <SlotPicker result={slots} onChoose={move} busy={busy} />
            </section>
          )}
        </>
      )}
    </PublicFrame>
  );
}
