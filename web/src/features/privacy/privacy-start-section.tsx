import { Link } from 'react-router-dom';
import { formatDateTime } from '../admin/admin-labels';
import { useApi } from '../../app/use-api';
import { plural } from '../../app/plural';
import { requestKindLabels, type PrivacyRequest, type RetentionRun } from './privacy-labels';

/** Start page of data-protection staff: the last deletion run, the latest requests, the way into each page. */
export function PrivacyStartSection() {
  const runs = useApi<{ items: RetentionRun[] }>('/api/v1/privacy/retention/runs');
  const requests = useApi<{ items: PrivacyRequest[] }>('/api/v1/privacy/requests');
  const last = runs.data?.items[0];
  const lastTotal = last ? Object.values(last.counts).reduce((a, b) => a + b, 0) : 0;
  const recent = requests.data?.items.slice(0, 3) ?? [];
  return (
    <section aria-labelledby="privacy-start-heading">
      <h2 id="privacy-start-heading">Datenschutz</h2>
      {(runs.error || requests.error) && (
        <div role="alert" className="alert alert-error">
          {runs.error ?? requests.error}
        </div>
      )}
      <ul className="counts" aria-label="Datenschutz auf einen Blick">
        <li>
          <span className="count">{requests.data ? requests.data.items.length : '–'}</span>
          <Link to="/datenschutz/anfragen">Betroffenenanfragen bearbeitet</Link>
        </li>
        <li>
          <span className="count">{runs.data ? (last ? lastTotal : 0) : '–'}</span>
          <Link to="/datenschutz/aufbewahrung">beim letzten Löschlauf gelöscht oder anonymisiert</Link>
        </li>
      </ul>
      {runs.data && (
        <p className="muted">
          {last
            ? `Letzter Löschlauf: ${formatDateTime(last.ranAt)} (${last.trigger === 'job' ? 'täglich' : 'von Hand'}).`
            : 'Noch kein Löschlauf.'}
        </p>
      )}
      {recent.length > 0 && (
        <>
          <h3>Zuletzt bearbeitet</h3>
          <ul aria-label="Zuletzt bearbeitete Anfragen">
            {recent.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.at)}: {requestKindLabels[r.kind] ?? r.kind},{' '}
                {plural(r.recordCount, { one: 'Eintrag', other: 'Einträge' })} ({r.actorName})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/datenschutz/anfragen">Person suchen</Link> · <Link to="/datenschutz/aufbewahrung">Aufbewahrungsfristen</Link> ·{' '}
        <Link to="/datenschutz/verzeichnis">Verzeichnis der Verarbeitungstätigkeiten</Link>
      </p>
    </section>
  );
}
