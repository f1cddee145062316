import { requireRole, type Actor } from '../auth/actor.js';
import { inActorScope, type UseCaseContext } from '../context.js';
import type { Tx } from '../db/database.js';
import { insertAuditEntry, searchAuditEntries, type AuditFilter } from './audit.repository.js';

export interface AuditEvent {
  action: string;
  tenantId?: string | null;
  entityType?: string;
  entityId?: string;
  details?: Record<string, unknown>;
}

/**
 * Records what an actor did. Call it with the same `tx` as the change itself, so
 * the change and its record commit or roll back together.
 */
export async function recordAudit(tx: Tx, actor: Actor, event: AuditEvent): Promise<void> {
  await insertAuditEntry(tx, {
    actorUserId: actor.userId,
    actorName: actor.username,
    tenantId: event.tenantId ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    details: event.details,
    ip: actor.ip,
  });
}

/**
 * A read of personal data (a record or a list showing citizens' names, addresses, numbers): one
 * `personal_data.read` entry in the reader's transaction. Lists record how many rows they showed;
 * nothing is recorded when nothing was shown. Break-glass reads carry the reason (decision 0136).
 */
export async function recordPersonalDataRead(
  tx: Tx,
  actor: Actor,
  read: { entityType: string; entityId?: string; tenantId?: string | null; count?: number; details?: Record<string, unknown> },
): Promise<void> {
  if (read.count === 0) return;
  await recordAudit(tx, actor, {
    action: 'personal_data.read',
    tenantId: read.tenantId ?? null,
    entityType: read.entityType,
    entityId: read.entityId,
    details: {
      ...(read.count !== undefined ? { count: read.count } : {}),
      ...(actor.breakGlassReason ? { breakGlass: true, reason: actor.breakGlassReason } : {}),
      ...read.details,
    },
  });
}

/** Field names whose changed values never go into the trail (only that they changed). */
const secretFields = new Set(['passwordHash', 'password', 'token', 'secret']);

/** The fields that differ between two versions of a record, for `details.changes`. */
/** JSON with object keys sorted: jsonb columns come back from PostgreSQL with their keys reordered. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'version') continue;
    const a = canonicalJson(before[key] ?? null);
    const b = canonicalJson(after[key] ?? null);
    if (a !== b) changes[key] = secretFields.has(key) ? '(geändert)' : { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

/** Auditors search the trail; the search itself is recorded (the trail holds personal data). */
export async function searchAudit(ctx: UseCaseContext, filter: AuditFilter) {
  requireRole(ctx.actor, 'auditor');
  return inActorScope(ctx, async (tx) => {
    const items = await searchAuditEntries(tx, filter);
    await recordAudit(tx, ctx.actor, { action: 'audit.searched', details: { filter: { ...filter } } });
    return items;
  });
}
