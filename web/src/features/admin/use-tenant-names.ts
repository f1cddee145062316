import { useEffect, useMemo, useState } from 'react';
import { api } from '../../app/api';
import { useApi } from '../../app/use-api';
import type { Department, Tenant } from './admin-labels';

/** Tenants by id, for showing names instead of ids. */
export function useTenants() {
  const { data, error } = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const byId = useMemo(() => new Map((data?.items ?? []).map((t) => [t.id, t])), [data]);
  return { tenants: data?.items ?? [], byId, error };
}

/** Departments of the given tenants, by id (loaded once per tenant). */
export function useDepartmentsOf(tenantIds: (string | null)[]) {
  const [byId, setById] = useState<Map<string, Department>>(new Map());
  const key = [...new Set(tenantIds.filter((t): t is string => !!t))].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void Promise.all(
      key.split(',').map((id) =>
        api<{ items: Department[] }>('GET', `/api/v1/tenants/${id}/departments`)
          .then((r) => r.items)
          .catch(() => []),
      ),
    ).then((lists) => {
      if (!cancelled) setById(new Map(lists.flat().map((d) => [d.id, d])));
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return byId;
}
