import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';

interface Tenant {
  id: string;
  ags: string;
  name: string;
}

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Tenant and month range of a report, kept in the URL (bookmark and share). */
export function useMonthFilters(idPrefix: string) {
  const [params, setParams] = useSearchParams();
  const tenant = params.get('tenant') ?? 'all';
  const from = monthPattern.test(params.get('from') ?? '') ? params.get('from')! : '';
  const to = monthPattern.test(params.get('to') ?? '') ? params.get('to')! : '';
  const query = `tenant=${encodeURIComponent(tenant)}${from ? `&from=${from}` : ''}${to ? `&to=${to}` : ''}`;
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filters = (
    <form className="filters report-filters" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label htmlFor={`${idPrefix}-tenant`}>Mandant</label>
        <select id={`${idPrefix}-tenant`} value={tenant} onChange={(e) => set('tenant', e.target.value)}>
          <option value="all">DialogCenter gesamt</option>
          {tenants.data?.items.map((t) => (
            <option key={t.id} value={t.ags}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-from`}>Von Monat</label>
        <input
          id={`${idPrefix}-from`}
          type="month"
          value={from}
          aria-describedby={`${idPrefix}-range-hint`}
          onChange={(e) => set('from', e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`}>Bis Monat</label>
        <input
          id={`${idPrefix}-to`}
          type="month"
          value={to}
          aria-describedby={`${idPrefix}-range-hint`}
          onChange={(e) => set('to', e.target.value)}
        />
      </div>
      <p id={`${idPrefix}-range-hint`} className="muted small">
        Leer: seit dem Beitritt bis zum laufenden Monat.
      </p>
    </form>
  );
  return { tenant, from, to, query, filters };
}

/** Export links of a report (the same query, another format). */
export function ExportLinks({ path, query }: { path: string; query: string }) {
  return (
    <>
      Export: <a href={`${path}?${query}&format=csv`}>CSV</a> · <a href={`${path}?${query}&format=xlsx`}>Excel</a> ·{' '}
      <a href={`${path}?${query}&format=pdf`}>PDF</a>
    </>
  );
}
