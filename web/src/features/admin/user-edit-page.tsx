import { usePageTitle } from '../../app/page-title';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import type { Role } from '../../app/session';
import { CheckboxField, FormMessages, orNull, SelectField, TextField, useFormFeedback } from './form-controls';
import { UserSecurityActions } from './user-security-actions';
import { allRoles, roleLabels, tenantBoundRoles, type Department, type User } from './admin-labels';
import { useTenants } from './use-tenant-names';

/** Create (`/verwaltung/konten/neu`) or edit an account: roles, tenant binding, departments, active. */
export function UserEditPage() {
  const { userId } = useParams<{ userId: string }>();
  const isNew = !userId;
  const [user, setUser] = useState<User | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (isNew) return;
    api<User>('GET', `/api/v1/users/${userId}`).then(setUser, (e) => setLoadError(errorText(e)));
  }, [isNew, userId]);

  usePageTitle(user ? `Konto ${user.username}` : null);

  if (loadError)
    return (
      <>
        <h1>Konto</h1>
        <div role="alert" className="alert alert-error">
          {loadError}
        </div>
      </>
    );
  if (!isNew && !user) return <p role="status">Wird geladen …</p>;
  return (
    <>
      <p>
        <Link to="/verwaltung/konten">← Alle Konten</Link>
      </p>
      <h1>{user ? `Konto ${user.username}` : 'Neues Konto'}</h1>
      <UserForm key={user?.id ?? 'neu'} user={user} onSaved={setUser} />
      {user && <UserSecurityActions user={user} onSaved={setUser} />}
    </>
  );
}

function UserForm({ user, onSaved }: { user: User | null; onSaved(u: User): void }) {
  const navigate = useNavigate();
  const location = useLocation();
  const { tenants } = useTenants();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [email, setEmail] = useState(user?.email ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [tenantId, setTenantId] = useState(user?.tenantId ?? '');
  const [departmentIds, setDepartmentIds] = useState<string[]>(user?.departmentIds ?? []);
  const [active, setActive] = useState(user?.active ?? true);
  const { fieldErrors, error, success, busy, run, setSuccess } = useFormFeedback();

  const isBound = roles.some((r) => tenantBoundRoles.includes(r));
  // Billing alone (or with bound roles) may be bound: the tenant's billing contact (own invoices only).
  const mayBind = isBound || (roles.length > 0 && roles.every((r) => tenantBoundRoles.includes(r) || r === 'billing'));
  const isBackoffice = roles.includes('backoffice');
  const { data: deptData } = useApi<{ items: Department[] }>(isBackoffice && tenantId ? `/api/v1/tenants/${tenantId}/departments` : null);
  const departments = (deptData?.items ?? []).filter((d) => d.tenantId === tenantId && (d.active || departmentIds.includes(d.id)));

  // A message handed over from the create form after navigating here.
  useEffect(() => {
    const message = (location.state as { message?: string } | null)?.message;
    if (message) setSuccess(message);
  }, [location.state, setSuccess]);

  function toggleRole(role: Role, checked: boolean) {
    const next = checked ? [...roles, role] : roles.filter((r) => r !== role);
    setRoles(next);
    if (!next.some((r) => tenantBoundRoles.includes(r)) && !next.every((r) => r === 'billing' || tenantBoundRoles.includes(r)))
      setTenantId('');
    if (!next.includes('backoffice')) setDepartmentIds([]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const binding = { roles, tenantId: mayBind ? orNull(tenantId) : null, departmentIds: isBackoffice ? departmentIds : [] };
    await run(async () => {
      if (!user) {
        const created = await api<User>('POST', '/api/v1/users', {
          username: username.trim(),
          displayName: displayName.trim(),
          email: orNull(email),
          password,
          ...binding,
        });
        navigate(`/verwaltung/konten/${created.id}`, { state: { message: `Das Konto „${created.username}“ wurde angelegt.` } });
        return;
      }
      const saved = await api<User>('PATCH', `/api/v1/users/${user.id}`, {
        version: user.version,
        displayName: displayName.trim(),
        email: orNull(email),
        active,
        ...binding,
      });
      onSaved(saved);
      return 'Das Konto wurde gespeichert.';
    });
  }

  const rolesError = fieldErrors.roles;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="user-form-heading">
      <h2 id="user-form-heading">{user ? 'Angaben, Rollen und Zuordnung' : 'Angaben, Rollen und Zuordnung des neuen Kontos'}</h2>
      <FormMessages error={error} success={success} onReload={() => window.location.reload()} />
      <div className="form-grid">
        {!user && (
          <TextField
            id="user-username"
            label="Benutzername"
            hint="3 bis 80 Zeichen: a-z, Ziffern, Punkt, Binde- oder Unterstrich."
            autoComplete="off"
            value={username}
            onChange={setUsername}
            error={fieldErrors.username}
            required
          />
        )}
        <TextField
          id="user-display-name"
          label="Anzeigename"
          value={displayName}
          onChange={setDisplayName}
          error={fieldErrors.displayName}
          required
        />
        <TextField id="user-email" label="E-Mail (optional)" type="email" value={email} onChange={setEmail} error={fieldErrors.email} />
        {!user && (
          <TextField
            id="user-password"
            label="Erstpasswort"
            hint="Mindestens 12 Zeichen, ohne den Benutzernamen."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password ?? fieldErrors.newPassword}
            required
          />
        )}
      </div>
      <fieldset aria-describedby={rolesError ? 'user-roles-error' : undefined}>
        <legend>Rollen</legend>
        <ul className="checkbox-list">
          {allRoles.map((role) => (
            <li key={role}>
              <CheckboxField
                variant="inline"
                id={`role-${role}`}
                label={roleLabels[role]}
                checked={roles.includes(role)}
                onChange={(checked) => toggleRole(role, checked)}
              />
            </li>
          ))}
        </ul>
        {rolesError && (
          <p id="user-roles-error" className="field-error">
            {rolesError}
          </p>
        )}
      </fieldset>
      <SelectField
        id="user-tenant"
        label="Mandant"
        hint={
          isBound
            ? 'Pflicht für Redaktion und Fachbereich: das Konto sieht nur Daten dieses Mandanten.'
            : mayBind
              ? 'Abrechnung ohne Mandant: die Abrechnung des DialogCenters. Mit Mandant: dessen Rechnungskontakt, sieht nur die eigenen Rechnungen.'
              : 'Nur Redaktion, Fachbereich und Abrechnung werden an einen Mandanten gebunden; alle anderen Rollen arbeiten für alle Mandanten.'
        }
        value={tenantId}
        onChange={(v) => {
          setTenantId(v);
          setDepartmentIds([]);
        }}
        options={[
          { value: '', label: isBound ? '– bitte wählen –' : '– alle Mandanten (Zentrale) –' },
          ...tenants.map((t) => ({ value: t.id, label: t.officialName })),
        ]}
        disabled={!mayBind}
        required={isBound}
        error={fieldErrors.tenantId}
      />
      {isBackoffice && (
        <fieldset aria-describedby={`user-departments-hint${fieldErrors.departmentIds ? ' user-departments-error' : ''}`}>
          <legend>Fachbereiche</legend>
          <p id="user-departments-hint" className="field-hint">
            Das Konto bearbeitet die an diese Fachbereiche weitergeleiteten Anliegen.
          </p>
          {!tenantId && <p className="muted">Bitte zuerst einen Mandanten wählen.</p>}
          <ul className="checkbox-list">
            {departments.map((d) => (
              <li key={d.id}>
                <CheckboxField
                  variant="inline"
                  id={`department-${d.id}`}
                  label={`${d.name}${d.active ? '' : ' (deaktiviert)'}`}
                  checked={departmentIds.includes(d.id)}
                  onChange={(checked) => setDepartmentIds((ids) => (checked ? [...ids, d.id] : ids.filter((x) => x !== d.id)))}
                />
              </li>
            ))}
          </ul>
          {fieldErrors.departmentIds && (
            <p id="user-departments-error" className="field-error">
              {fieldErrors.departmentIds}
            </p>
          )}
        </fieldset>
      )}
      {user && (
        <p>
          <CheckboxField
            variant="inline"
            id="user-active"
            label="Konto aktiv"
            checked={active}
            onChange={setActive}
            hint="Deaktivieren beendet alle Sitzungen; die Anmeldung ist dann nicht mehr möglich."
          />
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : user ? 'Konto speichern' : 'Konto anlegen'}
        </button>
      </div>
    </form>
  );
}
