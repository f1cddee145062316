import { Link } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { AuditDetails, actionLabel, type AuditEntry } from './audit-details';

/** Auditor start: the latest permission changes (the search is audited like any other). */
export function PermissionChangesSection() {
  const { data, error } = useApi<{ items: AuditEntry[] }>('/api/v1/audit?action=permission.&limit=5');
  const tenants = useApi<{ items: { id: string; name: string }[] }>('/api/v1/tenants');
  const tenantName = (id: string) => tenants.data?.items.find((t) => t.id === id)?.name;
  return (
    <section aria-labelledby="auditor-permissions-heading">
      <h2 id="auditor-permissions-heading">Letzte Berechtigungsänderungen</h2>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {data && data.items.length === 0 && <p>Keine Berechtigungsänderungen protokolliert.</p>}
      {data && data.items.length > 0 && (
        <ul aria-label="Letzte Berechtigungsänderungen">
          {data.items.map((e) => (
            <li key={e.id}>
              <strong>{new Date(e.at).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}</strong>: {actionLabel(e.action)} durch{' '}
              {e.actorName}
              {e.tenantId && ` (${tenantName(e.tenantId) ?? 'Mandant'})`}
              <AuditDetails details={e.details} tenantName={tenantName} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/revision?action=permission.">Alle Berechtigungsänderungen</Link> ·{' '}
        <Link to="/revision?action=personal_data.read">Lesezugriffe auf personenbezogene Daten</Link> ·{' '}
        <Link to="/revision">Protokoll durchsuchen</Link>
      </p>
    </section>
  );
}
