import { Link } from 'react-router-dom';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import type { RequestSummary } from './tickets-labels';
import { plural } from '../../app/plural';

/** Start page: what waits in the second level for this person. */
export function SecondLevelStartSection() {
  const { hasRole } = useSession();
  const open = useApi<{ items: RequestSummary[] }>('/api/v1/service-requests?status=forwarded,waiting_for_citizen');
  const returned = useApi<{ items: RequestSummary[] }>(hasRole('agent', 'supervisor') ? '/api/v1/service-requests?status=returned' : null);
  const callbacks = useApi<{ items: unknown[] }>(hasRole('agent', 'supervisor') ? '/api/v1/callback-tasks' : null);
  const overdue = open.data?.items.filter((r) => r.isOverdue).length ?? 0;
  return (
    <section aria-labelledby="second-level-start">
      <h2 id="second-level-start">Zweite Ebene</h2>
      <ul>
        <li>
          <Link to="/anliegen">
            {open.data ? plural(open.data.items.length, { one: 'offene Anfrage', other: 'offene Anfragen' }) : '… offene Anfragen'}
          </Link>
          {overdue > 0 && <strong style={{ color: 'var(--error)' }}> ({overdue} überfällig)</strong>}
        </li>
        {hasRole('agent', 'supervisor') && (
          <>
            <li>
              <Link to="/rueckrufe">
                {callbacks.data
                  ? plural(callbacks.data.items.length, { one: 'Rückruf wartet', other: 'Rückrufe warten' })
                  : '… Rückrufe warten'}
              </Link>
            </li>
            <li>
              <Link to="/anliegen?status=returned">{returned.data?.items.length ?? '…'} an den Erstkontakt zurückgegeben</Link>
            </li>
            <li>
              <Link to="/weiterleitung/neu">Neues Anliegen weiterleiten</Link>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}
