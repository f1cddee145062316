import { useApi } from '../../../app/use-api';
import { useSession } from '../../../app/session';
import { formatDate, lifecycleLabels, type Department } from '../admin-labels';
import { summariseHours, useTenantsWithAgreements } from './use-served-tenants';

/** The signed-in tenant-bound user's tenant with its agreement and departments. */
function useOwnTenant() {
  const { me } = useSession();
  const { rows, loaded, error } = useTenantsWithAgreements();
  const own = rows.find((r) => r.tenant.id === me?.user.tenantId);
  const departments = useApi<{ items: Department[] }>(own ? `/api/v1/tenants/${own.tenant.id}/departments` : null);
  return { me, own, departments: departments.data?.items ?? [], loaded, error: error ?? departments.error };
}

/** Editor start: which administration the editor keeps, how the center serves it, and its departments (the Zuständigkeiten). */
export function EditorTenantSection() {
  const { own, departments, loaded, error } = useOwnTenant();
  return (
    <section aria-labelledby="editor-tenant-heading">
      <h2 id="editor-tenant-heading">Redaktion {own?.tenant.officialName ?? ''}</h2>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {!loaded && !error && <p role="status">Wird geladen …</p>}
      {own && (
        <>
          <p>
            {lifecycleLabels[own.tenant.lifecycle]}
            {own.tenant.pilotStart && ` seit ${formatDate(own.tenant.pilotStart)}`}
            {own.agreement && `. Das DialogCenter ist erreichbar: ${summariseHours(own.agreement.serviceHours)}.`}
          </p>
          <p>Ihre Texte dienen allen Kanälen (Telefon, E-Mail, online). Zuständige Fachbereiche Ihrer Verwaltung:</p>
          <ul aria-label="Fachbereiche Ihrer Verwaltung">
            {departments
              .filter((d) => d.active)
              .map((d) => (
                <li key={d.id}>
                  {d.name}
                  {d.email && <span className="muted"> · {d.email}</span>}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Back-office start: the departments this person answers for, and the reply promise of the agreement. */
export function BackofficeDepartmentsSection() {
  const { me, own, departments, loaded, error } = useOwnTenant();
  const mine = departments.filter((d) => me?.user.departmentIds.includes(d.id));
  const hours = own?.agreement?.replyWithinWorkingHours;
  return (
    <section aria-labelledby="backoffice-departments-heading">
      <h2 id="backoffice-departments-heading">Fachbereich {own?.tenant.name ?? ''}</h2>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {!loaded && !error && <p role="status">Wird geladen …</p>}
      {hours && (
        <p>
          Zusage an die Bürgerinnen und Bürger: Antwort auf weitergeleitete Anliegen innerhalb von{' '}
          <strong>{hours} Stunden an Werktagen</strong> (ohne Wochenenden und Feiertage in Niedersachsen).
        </p>
      )}
      {loaded && (
        <>
          <h3>Ihre Fachbereiche</h3>
          {mine.length === 0 && <p>Ihrem Konto ist noch kein Fachbereich zugeordnet. Bitte wenden Sie sich an die Administration.</p>}
          <ul aria-label="Ihre Fachbereiche">
            {mine.map((d) => (
              <li key={d.id}>
                <strong>{d.name}</strong>
                {d.email && <> · Postfach {d.email}</>}
                {d.deputyEmail && <> · Vertretung {d.deputyEmail}</>}
                {!d.active && <span className="status-off"> (deaktiviert)</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
