import { actionLabels, fieldLabels, roleNames } from './audit-labels';
import { plural } from '../../app/plural';

export interface AuditEntry {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string;
  tenantId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

export const actionLabel = (action: string) => actionLabels[action] ?? action;

/** Turns one value of the trail into text people read: names for tenants and roles, dates in German. */
function formatValue(key: string, value: unknown, tenantName: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (key === 'roles' && Array.isArray(value)) return value.map((r) => roleNames[String(r)] ?? String(r)).join(', ') || '–';
  if (key === 'tenantId' && typeof value === 'string') return tenantName(value) ?? value;
  if (key === 'departmentIds' && Array.isArray(value))
    return value.length === 0 ? 'keine' : plural(value.length, { one: 'Fachbereich', other: 'Fachbereiche' });
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') || '–';
  if (typeof value === 'object') {
    return (
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => `${fieldLabels[k] ?? k}: ${formatValue(k, v, tenantName)}`)
        .join('; ') || '–'
    );
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value))
    return new Date(value).toLocaleString('de-DE', { timeZone: 'Europe/Berlin' });
  return String(value);
}

/** The entry's details as a list: changes as "field: from → to", everything else as "field: value". */
export function AuditDetails({
  details,
  tenantName,
}: {
  details: Record<string, unknown> | null;
  tenantName: (id: string) => string | undefined;
}) {
  if (!details || Object.keys(details).length === 0) return <span className="muted">–</span>;
  const { changes, ...rest } = details as { changes?: Record<string, unknown> } & Record<string, unknown>;
  const items: { key: string; text: string }[] = [];
  // Who or what first (e.g. the login name), then the changes.
  for (const [key, value] of Object.entries(rest)) {
    items.push({ key, text: `${fieldLabels[key] ?? key}: ${formatValue(key, value, tenantName)}` });
  }
  if (changes && typeof changes === 'object') {
    for (const [field, change] of Object.entries(changes)) {
      const label = fieldLabels[field] ?? field;
      if (change && typeof change === 'object' && 'from' in change && 'to' in change) {
        const c = change as { from: unknown; to: unknown };
        items.push({
          key: `c-${field}`,
          text: `${label}: ${formatValue(field, c.from, tenantName)} → ${formatValue(field, c.to, tenantName)}`,
        });
      } else {
        items.push({ key: `c-${field}`, text: `${label}: ${formatValue(field, change, tenantName)}` });
      }
    }
  }
  return (
    <ul className="audit-details">
      {items.map((i) => (
        <li key={i.key}>{i.text}</li>
      ))}
    </ul>
  );
}
