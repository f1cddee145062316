import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import './reporting.css';

interface Tenant {
  id: string;
  ags: string;
  name: string;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
export const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
export const daysBefore = (ymd: string, n: number) => new Date(Date.parse(`${ymd}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Tenant and day range (Berlin days, inclusive) of a report, kept in the URL so a report can be
 * bookmarked and shared; `extra` adds the report's own fields (they call `set`).
 */
export function useDayFilters(idPrefix: string, defaultDays = 28) {
  const [params, setParams] = useSearchParams();
  const today = berlinToday();
  const from = dayPattern.test(params.get('from') ?? '') ? params.get('from')! : daysBefore(today, defaultDays - 1);
  const to = dayPattern.test(params.get('to') ?? '') ? params.get('to')! : today;
  const tenant = params.get('tenant') ?? 'all';
  const query = `from=${from}&to=${to}&tenant=${encodeURIComponent(tenant)}`;
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (!next.get('from')) next.set('from', from);
    if (!next.get('to')) next.set('to', to);
    setParams(next, { replace: true });
  };
  const filters = (extra?: ReactNode) => (
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
        <label htmlFor={`${idPrefix}-from`}>Von</label>
        <input id={`${idPrefix}-from`} type="date" value={from} onChange={(e) => e.target.value && set('from', e.target.value)} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-to`}>Bis (einschließlich)</label>
        <input id={`${idPrefix}-to`} type="date" value={to} onChange={(e) => e.target.value && set('to', e.target.value)} />
      </div>
      {extra}
    </form>
  );
  return { params, tenant, from, to, query, set, filters };
}

/** Error and loading lines of a report page (the loading line is a live status region). */
export function ReportStatus({ error, loading }: { error: string | null | undefined; loading: boolean }) {
  return (
    <>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird berechnet …' : ''}
      </p>
    </>
  );
}
