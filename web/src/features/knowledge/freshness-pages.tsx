import { TableScroll } from '../../app/table-scroll';
import { useState } from 'react';
import { api, errorText } from '../../app/api';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import type { ApiItem, ApiResponse } from '../../app/api-types';
import { formatDate } from './knowledge-types';
import { plural } from '../../app/plural';

type Freshness = ApiResponse<'/api/v1/knowledge/freshness'>;
type FreshnessEntry = Freshness['local'][number];

function EntryTable({ entries, part, onVerified }: { entries: FreshnessEntry[]; part: 'local' | 'shared'; onVerified: () => void }) {
  const { hasRole } = useSession();
  const [error, setError] = useState<string | null>(null);
  const verify = async (e: FreshnessEntry) => {
    try {
      await api('POST', `/api/v1/knowledge/services/${e.leikaKey}/verify`, { part });
      onVerified();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <TableScroll label="Überprüfung der Leistungstexte">
        <table>
          <thead>
            <tr>
              <th>Leistung</th>
              <th>Überprüfung bis</th>
              <th>Zuletzt geprüft</th>
              <th>Fehlende Angaben</th>
              {hasRole('editor') && <th>Aktion</th>}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.leikaKey}>
                <td>
                  {e.title}
                  <div className="muted">{e.leikaKey}</div>
                </td>
                <td>
                  {formatDate(e.reviewDue)}
                  {e.isOverdue && <span className="badge kb-overdue"> überfällig</span>}
                </td>
                <td>
                  {e.verifiedBy ?? '–'}, {formatDate(e.verifiedAt)}
                </td>
                <td>{e.missing.join(', ') || '–'}</td>
                {hasRole('editor') && (
                  <td>
                    <button type="button" className="secondary" onClick={() => void verify(e)}>
                      Geprüft
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** Per tenant: what is overdue for review, due within 30 days, or missing fields. */
export function FreshnessPage() {
  const { me } = useSession();
  const tenants = useApi<{ items: { id: string; officialName: string }[] }>(me?.tenant ? null : '/api/v1/tenants');
  const [tenantId, setTenantId] = useState('');
  const data = useApi<Freshness>(`/api/v1/knowledge/freshness${tenantId ? `?tenantId=${tenantId}` : ''}`);
  const f = data.data;
  return (
    <>
      <h1>Aktualität der Wissensdatenbank</h1>
      {tenants.data && (
        <>
          <label htmlFor="kb-fresh-tenant">Verwaltung</label>
          <select id="kb-fresh-tenant" value={tenantId} onChange={(e) => setTenantId(e.target.value)}>
            <option value="">Landeshauptstadt Hannover (mit gemeinsamen Texten)</option>
            {tenants.data.items.map((t) => (
              <option key={t.id} value={t.id}>
                {t.officialName}
              </option>
            ))}
          </select>
        </>
      )}
      {data.error && (
        <div role="alert" className="alert alert-error">
          {data.error}
        </div>
      )}
      {f && (
        <>
          <ul className="cards" aria-label="Kennzahlen">
            <li className="card">
              <strong>{f.summary.overdue}</strong> überfällig
            </li>
            <li className="card">
              <strong>{f.summary.dueSoon}</strong> in den nächsten 30 Tagen fällig
            </li>
            <li className="card">
              <strong>{f.summary.incomplete}</strong> mit fehlenden Angaben
            </li>
            <li className="card">
              <strong>{f.summary.total}</strong> örtliche Einträge von {f.tenant.officialName}
            </li>
          </ul>
          <h2>Örtliche Einträge</h2>
          <EntryTable entries={f.local} part="local" onVerified={() => void data.reload()} />
          {f.shared.length > 0 && (
            <>
              <h2>Gemeinsame Texte ({f.summary.sharedOverdue} überfällig)</h2>
              <EntryTable entries={f.shared} part="shared" onVerified={() => void data.reload()} />
            </>
          )}
        </>
      )}
    </>
  );
}

type Gap = ApiItem<'/api/v1/knowledge/gaps'>;

/** Searches that found nothing useful: the editors' to-do list for new texts and synonyms. */
export function GapsPage() {
  const gaps = useApi<{ items: Gap[] }>('/api/v1/knowledge/gaps');
  const resolve = async (g: Gap) => {
    await api('POST', '/api/v1/knowledge/gaps/resolve', { tenantId: g.tenantId, query: g.query });
    await gaps.reload();
  };
  return (
    <>
      <h1>Wissenslücken</h1>
      <p className="muted">Suchen ohne Treffer, ohne geöffneten Treffer, oder nach denen eine andere Leistung dokumentiert wurde.</p>
      {gaps.error && (
        <div role="alert" className="alert alert-error">
          {gaps.error}
        </div>
      )}
      <TableScroll label="Wissenslücken">
        <table>
          <thead>
            <tr>
              <th>Suchanfrage</th>
              <th>Verwaltung</th>
              <th>Anzahl</th>
              <th>ohne Treffer</th>
              <th>nicht geöffnet</th>
              <th>andere Leistung dokumentiert</th>
              <th>Zuletzt</th>
              <th>Aktion</th>
            </tr>
          </thead>
          <tbody>
            {gaps.data?.items.map((g) => (
              <tr key={`${g.tenantId}:${g.query}`}>
                <td>{g.query}</td>
                <td>{g.tenant.officialName}</td>
                <td>{g.searches}</td>
                <td>{g.noResult}</td>
                <td>{g.noClick}</td>
                <td>
                  {g.documentedOther}
                  {g.documentedLeikaKey ? ` (${g.documentedLeikaKey})` : ''}
                </td>
                <td>{formatDate(g.lastSearchedAt)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => void resolve(g)}>
                    Erledigt
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** Editors' start page: how much of their part is due for review. */
export function ReviewReminderSection() {
  const data = useApi<Freshness>('/api/v1/knowledge/freshness');
  if (!data.data) return null;
  const s = data.data.summary;
  return (
    <section aria-labelledby="kb-reminder">
      <h2 id="kb-reminder">Wissensdatenbank: Überprüfungen</h2>
      <p>
        {plural(s.overdue, { one: 'Eintrag ist', other: 'Einträge sind' })} überfällig,{' '}
        {plural(s.dueSoon, { one: 'wird', other: 'werden' })} in den nächsten 30 Tagen fällig,{' '}
        {plural(s.incomplete, { one: 'ist', other: 'sind' })} unvollständig. <a href="/wissen/aktualitaet">Zur Aktualitätsübersicht</a>
      </p>
    </section>
  );
}
