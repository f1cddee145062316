import { Link } from 'react-router-dom';
import { useApi } from '../../../app/use-api';
import { lifecycleLabels, roleLabels, type Lifecycle, type Tenant, type User } from '../admin-labels';
import { isLocked } from '../users-page';

/** Administration start: tenants by lifecycle and accounts at a glance, with links into the lists. */
export function AdminOverviewSection() {
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const users = useApi<{ items: User[] }>('/api/v1/users');
  const lifecycles = Object.keys(lifecycleLabels) as Lifecycle[];
  const accounts = users.data?.items ?? [];
  const locked = accounts.filter(isLocked);
  const inactive = accounts.filter((u) => !u.active);
  return (
    <section aria-labelledby="admin-overview-heading">
      <h2 id="admin-overview-heading">Administration</h2>
      {(tenants.error || users.error) && (
        <div role="alert" className="alert alert-error">
          {tenants.error ?? users.error}
        </div>
      )}
      <h3>Mandanten nach Lebenszyklus</h3>
      <ul className="counts" aria-label="Mandanten nach Lebenszyklus">
        {lifecycles.map((l) => (
          <li key={l}>
            <span className="count">{tenants.data ? tenants.data.items.filter((t) => t.lifecycle === l).length : '–'}</span>
            <Link to={`/verwaltung/mandanten?lebenszyklus=${l}`}>{lifecycleLabels[l]}</Link>
          </li>
        ))}
      </ul>
      <h3>Konten</h3>
      <ul className="counts" aria-label="Konten">
        <li>
          <span className="count">{users.data ? accounts.length : '–'}</span>
          <Link to="/verwaltung/konten">Konten insgesamt</Link>
        </li>
        <li>
          <span className="count">{users.data ? locked.length : '–'}</span>gesperrt
        </li>
        <li>
          <span className="count">{users.data ? inactive.length : '–'}</span>deaktiviert
        </li>
      </ul>
      {locked.length > 0 && (
        <p className="status-warn">
          Gesperrt:{' '}
          {locked.map((u, i) => (
            <span key={u.id}>
              {i > 0 && ', '}
              <Link to={`/verwaltung/konten/${u.id}`}>{u.username}</Link>
            </span>
          ))}
        </p>
      )}
      {users.data && (
        <p className="muted">
          Nach Rolle:{' '}
          {(Object.keys(roleLabels) as (keyof typeof roleLabels)[])
            .map((r) => `${roleLabels[r]} ${accounts.filter((u) => u.roles.includes(r)).length}`)
            .join(' · ')}
        </p>
      )}
      <p>
        <Link to="/verwaltung/mandanten">Mandanten verwalten</Link> · <Link to="/verwaltung/konten">Konten verwalten</Link> ·{' '}
        <Link to="/verwaltung/konten/neu">Neues Konto</Link>
      </p>
    </section>
  );
}
