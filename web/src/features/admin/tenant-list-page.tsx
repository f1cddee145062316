import { TableScroll } from '../../app/table-scroll';
import { Link, useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { SelectField } from './form-controls';
import { formatDate, kindLabels, lifecycleLabels, type Lifecycle, type Tenant } from './admin-labels';
import { plural } from '../../app/plural';

const lifecycles = Object.keys(lifecycleLabels) as Lifecycle[];

/** All tenants with key, kind and lifecycle; the filter lives in the address (?lebenszyklus=pilot) so it can be linked. */
export function TenantListPage() {
  const { data, error, loading } = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const [params, setParams] = useSearchParams();
  const filter = (params.get('lebenszyklus') ?? '') as Lifecycle | '';
  const tenants = (data?.items ?? []).filter((t) => !filter || t.lifecycle === filter);
  return (
    <>
      <h1>Mandanten</h1>
      <p>Die Verwaltungen, für die das DialogCenter arbeitet, mit Lebenszyklus, Servicevereinbarung, Fachbereichen und Ansprechpersonen.</p>
      <div className="filter-bar">
        <SelectField
          id="lifecycle-filter"
          label="Lebenszyklus"
          value={filter}
          onChange={(v) => setParams(v ? { lebenszyklus: v } : {}, { replace: true })}
          options={[{ value: '', label: 'Alle' }, ...lifecycles.map((l) => ({ value: l, label: lifecycleLabels[l] }))]}
        />
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {loading && !data && <p role="status">Wird geladen …</p>}
      {data && (
        <>
          <TableScroll label="Mandanten">
            <table>
              <caption className="visually-hidden">
                {plural(tenants.length, { one: 'Mandant', other: 'Mandanten' })}
                {filter ? ` im Zustand „${lifecycleLabels[filter]}“` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">AGS</th>
                  <th scope="col">Art</th>
                  <th scope="col">Lebenszyklus</th>
                  <th scope="col">Pilot seit</th>
                  <th scope="col">Regelbetrieb seit</th>
                  <th scope="col">Beendet am</th>
                  <th scope="col">PLZ</th>
                </tr>
              </thead>
              <tbody>
                {tenants.map((t) => (
                  <tr key={t.id}>
                    <td>
                      <Link to={`/verwaltung/mandanten/${t.id}`}>{t.officialName}</Link>
                      {t.isHost && <span className="muted"> (Träger)</span>}
                    </td>
                    <td>{t.ags}</td>
                    <td>{kindLabels[t.kind]}</td>
                    <td>
                      {lifecycleLabels[t.lifecycle]}
                      {(t.lifecycle === 'planned' || t.lifecycle === 'ended') && (
                        <>
                          {' '}
                          <Link to={`/verwaltung/mandanten/${t.id}/onboarding`} aria-label={`Onboarding ${t.officialName}`}>
                            Onboarding
                          </Link>
                        </>
                      )}
                    </td>
                    <td>{formatDate(t.pilotStart)}</td>
                    <td>{formatDate(t.liveStart)}</td>
                    <td>{formatDate(t.endedOn)}</td>
                    <td>{t.postalCodes.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            {tenants.length} von {plural(data.items.length, { one: 'Mandant', other: 'Mandanten' })} angezeigt.
          </p>
        </>
      )}
    </>
  );
}
