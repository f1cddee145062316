import { usePageTitle } from '../../app/page-title';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { $api, failureOf } from '../../app/api-client';
import { AgreementForm } from './agreement-form';
import { ContactsSection } from './contacts-section';
import { DepartmentsSection } from './departments-section';
import { TenantForm } from './tenant-form';
import { formatDate, kindLabels, lifecycleLabels, type TenantDetail } from './admin-labels';

/** One tenant: master data and lifecycle, service agreement, departments, contacts. */
export function TenantDetailPage() {
  const { tenantId } = useParams<{ tenantId: string }>();
  const queryClient = useQueryClient();
  const path = { params: { path: { tenantId: tenantId ?? '' } } };
  const query = $api.useQuery('get', '/api/v1/tenants/{tenantId}', path, { enabled: !!tenantId });
  const detail: TenantDetail | null = query.data ?? null;
  const error = failureOf(query);
  // A form's saved answer goes into the cache at once (the refetch after the write confirms it).
  const setDetail = (change: (d: TenantDetail) => TenantDetail) =>
    queryClient.setQueryData<TenantDetail>($api.queryOptions('get', '/api/v1/tenants/{tenantId}', path).queryKey, (d) => d && change(d));
  // Bumped by "Neu laden" after a conflict: the forms start again from the server's state.
  const [generation, setGeneration] = useState(0);
  const { refetch } = query;
  const load = useCallback(async () => {
    await refetch();
  }, [refetch]);

  usePageTitle(detail ? `Mandant ${detail.tenant.officialName}` : null);

  const reloadForms = useCallback(async () => {
    await load();
    setGeneration((g) => g + 1);
  }, [load]);

  if (error && !detail)
    return (
      <>
        <h1>Mandant</h1>
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      </>
    );
  if (!detail) return <p role="status">Wird geladen …</p>;
  const { tenant, agreement } = detail;

  return (
    <>
      <p>
        <Link to="/verwaltung/mandanten">← Alle Mandanten</Link>
      </p>
      <h1>{tenant.officialName}</h1>
      <p>
        {kindLabels[tenant.kind]}, AGS {tenant.ags} · {lifecycleLabels[tenant.lifecycle]}
        {tenant.pilotStart && `, Pilot seit ${formatDate(tenant.pilotStart)}`}
        {tenant.liveStart && `, Regelbetrieb seit ${formatDate(tenant.liveStart)}`}
        {tenant.endedOn && `, beendet am ${formatDate(tenant.endedOn)}`}
      </p>
      <p>
        <Link to={`/verwaltung/mandanten/${tenant.id}/onboarding`}>Onboarding: Schritte, Dokumente, Betriebsbereitschaft, Start</Link>
      </p>
      <nav aria-label="Abschnitte dieser Seite">
        <ul className="row-actions" style={{ listStyle: 'none', padding: 0 }}>
          <li>
            <a href="#tenant-form-heading">Stammdaten</a>
          </li>
          <li>
            <a href="#agreement-heading">Servicevereinbarung</a>
          </li>
          <li>
            <a href="#departments-heading">Fachbereiche ({detail.departments.length})</a>
          </li>
          <li>
            <a href="#contacts-heading">Ansprechpersonen ({detail.contacts.length})</a>
          </li>
        </ul>
      </nav>
      <TenantForm
        key={`t${generation}`}
        tenant={tenant}
        onSaved={(t) => setDetail((d) => ({ ...d, tenant: t }))}
        onReload={() => void reloadForms()}
      />
      <div className="admin-section">
        {agreement ? (
          <AgreementForm
            key={`a${generation}`}
            tenantId={tenant.id}
            agreement={agreement}
            onSaved={(a) => setDetail((d) => ({ ...d, agreement: a }))}
            onReload={() => void reloadForms()}
          />
        ) : (
          <>
            <h2 id="agreement-heading">Servicevereinbarung</h2>
            <p>Für diesen Mandanten gibt es noch keine Servicevereinbarung.</p>
          </>
        )}
      </div>
      <DepartmentsSection tenantId={tenant.id} departments={detail.departments} onChanged={load} />
      <ContactsSection tenantId={tenant.id} contacts={detail.contacts} departments={detail.departments} onChanged={load} />
    </>
  );
}
