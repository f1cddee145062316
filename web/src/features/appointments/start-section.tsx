import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import type { Location } from './appointments-types';
import { plural } from '../../app/plural';

/** Start page: appointments at a glance — book for a caller, or open the office's day list. */
export function AppointmentsStartSection() {
  const { hasRole } = useSession();
  const isOffice = hasRole('backoffice', 'supervisor', 'admin');
  const locations = useApi<{ items: Location[] }>(isOffice ? '/api/v1/appointments/locations' : null);
  return (
    <section aria-labelledby="appointments-start">
      <h2 id="appointments-start">Terminvergabe</h2>
      <ul>
        <li>
          <Link to="/termine/buchen">Termin für eine anrufende Person buchen</Link> (nächster freier Termin, auch in Nachbarorten)
        </li>
        {isOffice && (
          <li>
            <Link to="/termine/tagesliste">Tagesliste</Link>
            {locations.data ? ` für ${plural(locations.data.items.length, { one: 'Standort', other: 'Standorte' })}` : ''}
          </li>
        )}
        <li>
          Für Bürgerinnen und Bürger: <a href="/buerger/termine">Online-Terminbuchung</a>
        </li>
      </ul>
    </section>
  );
}
