import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';

/** The office enters a closed day (staff outing, strike) or special hours; holidays are closed automatically. */
export function DayExceptionForm({ locationId, onSaved }: { locationId: string; onSaved: () => void }) {
  const [closed, setClosed] = useState(true);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const seats = Number(form.get('ex-seats') ?? 0);
    setError(null);
    setMessage(null);
    try {
      await api('POST', `/api/v1/appointments/locations/${locationId}/exceptions`, {
        day: String(form.get('ex-day') ?? ''),
        closed,
        opens: closed ? null : String(form.get('ex-opens') ?? ''),
        closes: closed ? null : String(form.get('ex-closes') ?? ''),
        seats: closed ? null : seats,
        callcenterSeats: closed ? null : seats,
        onlineSeats: closed ? null : seats,
        reason: String(form.get('ex-reason') ?? ''),
      });
      setMessage(closed ? 'Schließtag eingetragen. Für diesen Tag werden keine Termine mehr angeboten.' : 'Sonderöffnung eingetragen.');
      onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : errorText(e));
    }
  }
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  return (
    <details className="card no-print">
      <summary>Schließtag oder Sonderöffnung eintragen</summary>
      <form onSubmit={submit} className="appt-form">
        {error && (
          <div role="alert" className="alert alert-error">
            {typeof error === 'string' ? error : error.message}
          </div>
        )}
        {message && (
          <div role="status" className="alert alert-ok">
            {message}
          </div>
        )}
        <label htmlFor="ex-day">Tag</label>
        <input id="ex-day" name="ex-day" type="date" required />
        {fieldError('day') && <p className="field-error">{fieldError('day')}</p>}
        <fieldset>
          <legend>Art</legend>
          <input id="ex-closed" type="radio" name="ex-kind" checked={closed} onChange={() => setClosed(true)} />{' '}
          <label htmlFor="ex-closed" style={{ display: 'inline' }}>
            Geschlossen
          </label>{' '}
          <input id="ex-open" type="radio" name="ex-kind" checked={!closed} onChange={() => setClosed(false)} />{' '}
          <label htmlFor="ex-open" style={{ display: 'inline' }}>
            Sonderöffnung
          </label>
        </fieldset>
        {!closed && (
          <>
            <label htmlFor="ex-opens">Von</label>
            <input id="ex-opens" name="ex-opens" type="time" required />
            <label htmlFor="ex-closes">Bis</label>
            <input id="ex-closes" name="ex-closes" type="time" required />
            <label htmlFor="ex-seats">Plätze</label>
            <input id="ex-seats" name="ex-seats" type="number" min={1} max={50} defaultValue={2} required />
          </>
        )}
        <label htmlFor="ex-reason">Grund</label>
        <input id="ex-reason" name="ex-reason" required />
        {fieldError('reason') && <p className="field-error">{fieldError('reason')}</p>}
        <p>
          <button type="submit">Eintragen</button>
        </p>
      </form>
    </details>
  );
}
