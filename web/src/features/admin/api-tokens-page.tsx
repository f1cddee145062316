import { useState } from 'react';
import { api } from '../../app/api';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { formatDateTime } from './admin-labels';
import { FormMessages, TextField, useFormFeedback } from './form-controls';
import { useTenants } from './use-tenant-names';

interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  tenantId: string | null;
  tokenPrefix: string | null;
  subjectType: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
  state: 'active' | 'expired' | 'revoked';
}
interface ScopeInfo {
  scope: string;
  label: string;
  issuedHere: boolean;
}

const stateLabel = { active: 'aktiv', expired: 'abgelaufen', revoked: 'widerrufen' } as const;
const stateClass = { active: 'status-ok', expired: 'status-warn', revoked: 'status-off' } as const;

/** Admins: API tokens of machines (telephone systems, IT service desk, report and invoice readers). */
export function ApiTokensPage() {
  const { data, error, loading, reload } = useApi<{ items: ApiToken[]; scopes: ScopeInfo[] }>('/api/v1/api-tokens');
  const { byId: tenants } = useTenants();
  const form = useFormFeedback();
  const [name, setName] = useState('');
  const [days, setDays] = useState('365');
  const [scopes, setScopes] = useState<string[]>([]);
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const labelOf = new Map((data?.scopes ?? []).map((s) => [s.scope, s.label]));

  const submit = () =>
    form.run(async () => {
      const res = await api<{ token: string; item: ApiToken }>('POST', '/api/v1/api-tokens', {
        name,
        scopes,
        expiresInDays: Number(days),
      });
      setShown({ name: res.item.name, token: res.token });
      setName('');
      setScopes([]);
      await reload();
      return `Token „${res.item.name}“ ausgestellt.`;
    });
  const revoke = (t: ApiToken) =>
    form.run(async () => {
      if (!window.confirm(`Token „${t.name}“ widerrufen? Anfragen damit werden sofort abgewiesen.`)) return;
      await api('DELETE', `/api/v1/api-tokens/${t.id}`);
      await reload();
      return `Token „${t.name}“ widerrufen.`;
    });

  return (
    <>
      <h1>API-Tokens</h1>
      <p>
        Zugänge für Maschinen: Telefonanlagen, IT-Service-Desk, Berichts- und Rechnungsabruf, Metriken. Ein Token wird nur beim Ausstellen
        einmal angezeigt und nur als Prüfsumme gespeichert. Tokens für Telefonanlagen entstehen beim Registrieren der Anlage.
      </p>
      {shown && (
        <div className="alert alert-ok" role="region" aria-label="Neues Token">
          <p>Token für „{shown.name}“ – jetzt kopieren, es wird nicht wieder angezeigt:</p>
          <p>
            <code className="token-once">{shown.token}</code>
          </p>
          <button type="button" className="secondary" onClick={() => setShown(null)}>
            Ausgeblendet lassen
          </button>
        </div>
      )}
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2>Neues Token</h2>
        <TextField id="token-name" label="Bezeichnung" value={name} onChange={setName} error={form.fieldErrors.name} required />
        <fieldset aria-describedby={form.fieldErrors.scopes ? 'token-scopes-error' : undefined}>
          <legend>Berechtigungen</legend>
          {(data?.scopes ?? [])
            .filter((s) => s.issuedHere)
            .map((s) => (
              <label key={s.scope} className="checkbox">
                <input
                  type="checkbox"
                  checked={scopes.includes(s.scope)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, s.scope] : scopes.filter((x) => x !== s.scope))}
                />{' '}
                {s.label} <span className="muted">({s.scope})</span>
              </label>
            ))}
          {form.fieldErrors.scopes && (
            <p id="token-scopes-error" className="field-error">
              {form.fieldErrors.scopes}
            </p>
          )}
        </fieldset>
        <TextField
          id="token-days"
          label="Gültig (Tage)"
          type="number"
          min={1}
          max={730}
          value={days}
          onChange={setDays}
          error={form.fieldErrors.expiresInDays}
        />
        <FormMessages error={form.error} success={form.success} />
        <button type="submit" disabled={form.busy}>
          Token ausstellen
        </button>
      </form>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {loading && !data && <p role="status">Wird geladen …</p>}
      {data && (
        <TableScroll label="API-Tokens">
          <table>
            <caption className="visually-hidden">API-Tokens</caption>
            <thead>
              <tr>
                <th scope="col">Bezeichnung</th>
                <th scope="col">Berechtigungen</th>
                <th scope="col">Mandant</th>
                <th scope="col">Beginnt mit</th>
                <th scope="col">Läuft ab</th>
                <th scope="col">Zuletzt benutzt</th>
                <th scope="col">Status</th>
                <th scope="col">Aktion</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((t) => (
                <tr key={t.id}>
                  <td>
                    {t.name}
                    <br />
                    <span className="muted">
                      {formatDateTime(t.createdAt)}, {t.createdBy}
                    </span>
                  </td>
                  <td>{t.scopes.map((s) => labelOf.get(s) ?? s).join(', ')}</td>
                  <td>{t.tenantId ? (tenants.get(t.tenantId)?.name ?? '…') : <span className="muted">alle</span>}</td>
                  <td>{t.tokenPrefix ? <code>{t.tokenPrefix}…</code> : <span className="muted">übernommen</span>}</td>
                  <td>{t.expiresAt ? formatDateTime(t.expiresAt) : <span className="status-warn">nie (bitte erneuern)</span>}</td>
                  <td>{formatDateTime(t.lastUsedAt) || <span className="muted">nie</span>}</td>
                  <td>
                    <span className={stateClass[t.state]}>{stateLabel[t.state]}</span>
                    {t.revokedBy && <span className="muted"> ({t.revokedBy})</span>}
                  </td>
                  <td>
                    {t.state !== 'revoked' && (
                      <button type="button" className="secondary" onClick={() => void revoke(t)} aria-label={`Token ${t.name} widerrufen`}>
                        Widerrufen
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
