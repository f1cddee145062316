import { useMemo } from 'react';
import { useApi } from '../../../app/use-api';
import type { Agreement, Tenant } from '../admin-labels';

/** Tenants (in the caller's scope) with their service agreements, for the role start sections. */
export function useTenantsWithAgreements() {
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const agreements = useApi<{ items: Agreement[] }>('/api/v1/service-agreements');
  const rows = useMemo(() => {
    const byTenant = new Map((agreements.data?.items ?? []).map((a) => [a.tenantId, a]));
    return (tenants.data?.items ?? []).map((tenant) => ({ tenant, agreement: byTenant.get(tenant.id) ?? null }));
  }, [tenants.data, agreements.data]);
  return { rows, loaded: !!tenants.data && !!agreements.data, error: tenants.error ?? agreements.error };
}

export const isServed = (t: Tenant) => t.lifecycle === 'pilot' || t.lifecycle === 'live';

/** "Mo–Fr 08:00–18:00"-style summary of service hours. */
export function summariseHours(hours: Agreement['serviceHours']): string {
  const names = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
  const days = names.map((name, i) => ({
    name,
    text: hours[(i + 1) as keyof typeof hours].map((iv) => `${iv.from}–${iv.to}`).join(', '),
  }));
  const groups: { from: string; to: string; text: string }[] = [];
  for (const d of days) {
    const last = groups.at(-1);
    if (last && last.text === d.text) last.to = d.name;
    else groups.push({ from: d.name, to: d.name, text: d.text });
  }
  return (
    groups
      .filter((g) => g.text)
      .map((g) => `${g.from === g.to ? g.from : `${g.from}–${g.to}`} ${g.text}`)
      .join('; ') || 'keine Servicezeiten'
  );
}

/** Today's service hours in Berlin (ISO weekday). */
export function todaysHours(hours: Agreement['serviceHours']): string {
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'Europe/Berlin' }).format(new Date());
  const iso = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday) + 1;
  const today = hours[iso as keyof typeof hours] ?? [];
  return today.length ? today.map((iv) => `${iv.from}–${iv.to}`).join(', ') : 'heute nicht erreichbar';
}
