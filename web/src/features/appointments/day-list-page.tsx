import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { api, errorText } from '../../app/api';
import { BreakGlassForm } from '../../app/break-glass';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { DayExceptionForm } from './day-exception-form';
import { formatDay, formatTime, serviceText, statusLabels, type Appointment, type Location } from './appointments-types';
import { plural } from '../../app/plural';

interface DayList {
  location: Location;
  day: string;
  holiday: string | null;
  seats: number;
  openingWindows: { start: string; end: string; seats: number }[];
  items: Appointment[];
}

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());

/** The office's day: appointments per counter, check-in and no-show, printable. */
export function DayListPage() {
  const { hasRole } = useSession();
  const locations = useApi<{ items: Location[] }>('/api/v1/appointments/locations');
  const [locationId, setLocationId] = useState('');
  const [day, setDay] = useState(today());
  const chosen = locationId || locations.data?.items[0]?.id || '';
  const list = useApi<DayList>(chosen ? `/api/v1/appointments/locations/${chosen}/day?date=${day}` : null);
  const [error, setError] = useState<string | null>(null);

  async function act(id: string, action: 'check-in' | 'no-show') {
    setError(null);
    try {
      await api('POST', `/api/v1/appointments/${id}/${action}`);
      await list.reload();
    } catch (e) {
      setError(errorText(e));
    }
  }

  const counters = Array.from({ length: list.data?.seats ?? 0 }, (_, i) => i + 1);
  return (
    <>
      <h1>Tagesliste {list.data ? `${list.data.location.name}, ${formatDay(`${list.data.day}T12:00:00Z`)}` : ''}</h1>
      <div className="no-print appt-form">
        <label htmlFor="dl-location">Standort</label>
        <select id="dl-location" value={chosen} onChange={(e) => setLocationId(e.target.value)}>
          {locations.data?.items.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        <label htmlFor="dl-day">Tag</label>
        <input id="dl-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <p>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Drucken
          </button>
        </p>
      </div>
      {chosen && hasRole('backoffice', 'admin') && <DayExceptionForm locationId={chosen} onSaved={() => void list.reload()} />}
      {(error || list.error) && (
        <div role="alert" className="alert alert-error">
          {error ?? list.error}
        </div>
      )}
      {list.breakGlass && <BreakGlassForm key={`${chosen}-${day}`} what="Die Tagesliste" onSubmit={list.breakGlass.submit} />}
      {list.data && (
        <p>
          {list.data.holiday
            ? `Feiertag (${list.data.holiday}): geschlossen.`
            : list.data.openingWindows.length === 0
              ? 'An diesem Tag ist geschlossen.'
              : `Geöffnet ${list.data.openingWindows.map((w) => `${formatTime(w.start)}–${formatTime(w.end)} Uhr (${plural(w.seats, { one: 'Platz', other: 'Plätze' })})`).join(', ')}; ${plural(list.data.items.filter((a) => a.status !== 'cancelled').length, { one: 'Termin', other: 'Termine' })}.`}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p>Für diesen Tag sind keine Termine gebucht.</p>}
      {list.data &&
        counters.map((counter) => {
          const items = list.data!.items.filter((a) => a.seat === counter);
          if (items.length === 0) return null;
          return (
            <section key={counter} className="appt-counter" aria-labelledby={`schalter-${counter}`}>
              <h2 id={`schalter-${counter}`}>Platz {counter}</h2>
              <TableScroll label={`Termine an Platz ${counter}`}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Zeit</th>
                      <th scope="col">Nummer</th>
                      <th scope="col">Name</th>
                      <th scope="col">Anliegen</th>
                      <th scope="col">Telefon</th>
                      <th scope="col">Status</th>
                      <th scope="col" className="no-print">
                        Aktion
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((a) => (
                      <tr key={a.id}>
                        <td>
                          {formatTime(a.startsAt)}–{formatTime(a.endsAt)}
                        </td>
                        <td>{a.reference}</td>
                        <td>{a.name}</td>
                        <td>{serviceText(a)}</td>
                        <td>{a.phone ?? ''}</td>
                        <td>{statusLabels[a.status]}</td>
                        <td className="no-print">
                          {a.status === 'booked' && (
                            <span className="appt-actions">
                              <button type="button" onClick={() => act(a.id, 'check-in')} aria-label={`${a.name} ist angekommen`}>
                                Angekommen
                              </button>
                              <button
                                type="button"
                                className="secondary"
                                onClick={() => act(a.id, 'no-show')}
                                aria-label={`${a.name} nicht erschienen`}
                              >
                                Nicht erschienen
                              </button>
                            </span>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          );
        })}
    </>
  );
}
