import { TableScroll } from '../../app/table-scroll';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import { AuditDetails, actionLabel, type AuditEntry } from './audit-details';
import { actionPrefixes, entityTypeLabels } from './audit-labels';
import { plural } from '../../app/plural';

const PAGE_SIZE = 50;
const filterKeys = ['from', 'to', 'action', 'tenantId', 'actorName', 'entityType', 'entityId'] as const;
type Filter = Record<(typeof filterKeys)[number], string>;

interface TenantName {
  id: string;
  name: string;
}

const foundText = (n: number, hasMore: boolean) =>
  n === 0 ? 'Keine Einträge gefunden.' : n === 1 ? '1 Eintrag gefunden.' : `${n}${hasMore ? ' oder mehr' : ''} Einträge gefunden.`;

/** datetime-local (browser time, Europe/Berlin for the staff) → ISO instant for the API. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : '');

/** Auditors search the trail; filters live in the address so a search can be linked (e.g. from the start page). */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const initial = useMemo(() => Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? ''])) as Filter, [params]);
  const [filter, setFilter] = useState<Filter>(initial);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [nextBeforeId, setNextBeforeId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const tenants = useApi<{ items: TenantName[] }>('/api/v1/tenants');
  const tenantName = useCallback((id: string) => tenants.data?.items.find((t) => t.id === id)?.name, [tenants.data]);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  const search = useCallback(async (f: Filter, beforeId?: number) => {
    setBusy(true);
    setError(null);
    const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const key of filterKeys) {
      const value = key === 'from' || key === 'to' ? toInstant(f[key]) : f[key].trim();
      if (value) query.set(key, value);
    }
    if (beforeId) query.set('beforeId', String(beforeId));
    try {
      const page = await api<{ items: AuditEntry[]; nextBeforeId: number | null }>('GET', `/api/v1/audit?${query}`);
      setEntries((old) => (beforeId ? [...old, ...page.items] : page.items));
      setNextBeforeId(page.nextBeforeId);
      setStatus(
        beforeId
          ? `${plural(page.items.length, { one: 'weiterer Eintrag', other: 'weitere Einträge' })} geladen.`
          : foundText(page.items.length, page.nextBeforeId !== null),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, []);

  // Search whenever the address's filter changes (first load, submit, links).
  useEffect(() => {
    setFilter(initial);
    void search(initial);
  }, [initial, search]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = Object.fromEntries(filterKeys.filter((k) => filter[k].trim()).map((k) => [k, filter[k].trim()]));
    setParams(next);
    // Same address (unchanged filter): search anyway, the trail may have grown.
    if (new URLSearchParams(next).toString() === params.toString()) void search(filter);
    resultsRef.current?.focus();
  }

  const set = (key: keyof Filter) => (e: { target: { value: string } }) => setFilter((f) => ({ ...f, [key]: e.target.value }));

  return (
    <>
      <h1>Protokoll durchsuchen</h1>
      <p>
        Alle Anmeldungen, Berechtigungsänderungen, Datenänderungen und Lesezugriffe auf personenbezogene Daten. Jede Suche wird selbst
        protokolliert.
      </p>
      <form onSubmit={submit} noValidate aria-labelledby="audit-filter-heading">
        <h2 id="audit-filter-heading" className="visually-hidden">
          Suchfilter
        </h2>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor="audit-from">Von (Zeitpunkt)</label>
            <input id="audit-from" type="datetime-local" value={filter.from} onChange={set('from')} />
          </div>
          <div className="form-field">
            <label htmlFor="audit-to">Bis (Zeitpunkt)</label>
            <input id="audit-to" type="datetime-local" value={filter.to} onChange={set('to')} />
          </div>
          <div className="form-field">
            <label htmlFor="audit-action">Aktion (Anfang)</label>
            <p id="audit-action-hint" className="field-hint">
              z. B. „permission.“ für alle Berechtigungsänderungen
            </p>
            <input
              id="audit-action"
              list="audit-action-list"
              value={filter.action}
              onChange={set('action')}
              aria-describedby="audit-action-hint"
            />
            <datalist id="audit-action-list">
              {actionPrefixes.map((a) => (
                <option key={a.value} value={a.value}>
                  {a.label}
                </option>
              ))}
            </datalist>
          </div>
          <div className="form-field">
            <label htmlFor="audit-tenant">Mandant</label>
            <select id="audit-tenant" value={filter.tenantId} onChange={set('tenantId')}>
              <option value="">alle</option>
              {(tenants.data?.items ?? []).map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="audit-actor">Handelnde Person (Benutzername)</label>
            <input id="audit-actor" value={filter.actorName} onChange={set('actorName')} autoComplete="off" />
          </div>
          <div className="form-field">
            <label htmlFor="audit-entity-type">Objektart</label>
            <select id="audit-entity-type" value={filter.entityType} onChange={set('entityType')}>
              <option value="">alle</option>
              {Object.entries(entityTypeLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor="audit-entity-id">Objekt-Kennung</label>
            <input id="audit-entity-id" value={filter.entityId} onChange={set('entityId')} autoComplete="off" />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Suchen
          </button>
          <button type="button" className="secondary" onClick={() => setParams({})}>
            Filter zurücksetzen
          </button>
        </div>
      </form>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <h2 id="audit-results-heading" tabIndex={-1} ref={resultsRef}>
        Ergebnisse
      </h2>
      <p role="status">{busy ? 'Wird gesucht …' : status}</p>
      {entries.length > 0 && (
        <TableScroll label="Protokolleinträge">
          <table aria-labelledby="audit-results-heading">
            <thead>
              <tr>
                <th scope="col">Zeitpunkt</th>
                <th scope="col">Person</th>
                <th scope="col">Aktion</th>
                <th scope="col">Mandant</th>
                <th scope="col">Objekt</th>
                <th scope="col">Einzelheiten</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.at).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' })}</td>
                  <td>
                    {e.actorName}
                    {e.ip && <div className="muted">{e.ip}</div>}
                  </td>
                  <td>
                    {actionLabel(e.action)}
                    <div className="muted">
                      <code>{e.action}</code>
                    </div>
                  </td>
                  <td>{e.tenantId ? (tenantName(e.tenantId) ?? e.tenantId) : <span className="muted">zentral</span>}</td>
                  <td>
                    {e.entityType ? (entityTypeLabels[e.entityType] ?? e.entityType) : ''}
                    {e.entityId && (
                      <div className="muted">
                        <code>{e.entityId}</code>
                      </div>
                    )}
                  </td>
                  <td>
                    <AuditDetails details={e.details} tenantName={tenantName} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {nextBeforeId && (
        <p>
          <button type="button" disabled={busy} onClick={() => void search(filter, nextBeforeId)}>
            Weitere laden
          </button>
        </p>
      )}
    </>
  );
}
