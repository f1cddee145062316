import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { TextField } from './form-controls';
import { formatDateTime, roleLabels, type User } from './admin-labels';
import { useDepartmentsOf, useTenants } from './use-tenant-names';
import { plural } from '../../app/plural';

/** The server sends `lockedUntil` only for a lock in force by its clock; the browser's clock is not asked. */
export const isLocked = (u: User) => !!u.lockedUntil;

/** All staff accounts with roles, binding and state. */
export function UsersPage() {
  const { data, error, loading } = useApi<{ items: User[] }>('/api/v1/users');
  const { byId: tenants } = useTenants();
  const users = data?.items ?? [];
  const departments = useDepartmentsOf(users.map((u) => u.tenantId));
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const shown = users.filter(
    (u) =>
      !q ||
      [u.username, u.displayName, u.email ?? '', tenants.get(u.tenantId ?? '')?.name ?? '', ...u.roles.map((r) => roleLabels[r])].some(
        (s) => s.toLowerCase().includes(q),
      ),
  );

  return (
    <>
      <h1>Konten</h1>
      <p>
        <Link className="button" to="/verwaltung/konten/neu">
          Neues Konto anlegen
        </Link>
      </p>
      <div className="filter-bar">
        <TextField id="user-filter" label="Suchen (Name, Rolle, Mandant)" type="search" value={query} onChange={setQuery} />
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {loading && !data && <p role="status">Wird geladen …</p>}
      {data && (
        <>
          <TableScroll label="Konten">
            <table>
              <caption className="visually-hidden">Konten</caption>
              <thead>
                <tr>
                  <th scope="col">Benutzername</th>
                  <th scope="col">Name</th>
                  <th scope="col">Rollen</th>
                  <th scope="col">Mandant</th>
                  <th scope="col">Fachbereiche</th>
                  <th scope="col">Status</th>
                  <th scope="col">Letzte Anmeldung</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <tr key={u.id}>
                    <td>
                      <Link to={`/verwaltung/konten/${u.id}`} aria-label={`Konto ${u.username} bearbeiten`}>
                        {u.username}
                      </Link>
                    </td>
                    <td>{u.displayName}</td>
                    <td>{u.roles.map((r) => roleLabels[r]).join(', ')}</td>
                    <td>{u.tenantId ? (tenants.get(u.tenantId)?.name ?? '…') : <span className="muted">alle (Zentrale)</span>}</td>
                    <td>{u.departmentIds.map((id) => departments.get(id)?.name ?? '…').join(', ')}</td>
                    <td>
                      {!u.active ? (
                        <span className="status-off">deaktiviert</span>
                      ) : isLocked(u) ? (
                        <span className="status-warn">gesperrt bis {formatDateTime(u.lockedUntil)}</span>
                      ) : (
                        <span className="status-ok">aktiv</span>
                      )}
                    </td>
                    <td>{formatDateTime(u.lastLoginAt) || <span className="muted">nie</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            {shown.length} von {plural(users.length, { one: 'Konto', other: 'Konten' })} angezeigt.
          </p>
        </>
      )}
    </>
  );
}
