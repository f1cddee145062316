import { and, desc, eq, gte, ilike, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { countOf } from '../privacy/personal-data.js';
import { auditLog } from './audit.schema.js';

export type AuditEntryInput = typeof auditLog.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;

export async function insertAuditEntry(tx: Tx, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

export interface AuditFilter {
  actorUserId?: string;
  /** Login name of the actor as recorded (login names are lower-case; the input is lower-cased). */
  actorName?: string;
  tenantId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  text?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit: number;
}

/**
 * Makes user input literal inside a LIKE pattern. Escaping (rather than
 * dropping) `_` matters: actions such as `personal_data.read` contain it.
 */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchAuditEntries(tx: Tx, f: AuditFilter): Promise<AuditEntry[]> {
  const conditions: SQL[] = [];
  if (f.actorUserId) conditions.push(eq(auditLog.actorUserId, f.actorUserId));
  if (f.actorName) conditions.push(eq(auditLog.actorName, f.actorName.trim().toLowerCase()));
  if (f.tenantId) conditions.push(eq(auditLog.tenantId, f.tenantId));
  // Actions are lower-case dotted verbs: a case-sensitive LIKE lets the planner estimate the
  // prefix from statistics and walk the primary key backwards (ILIKE made it scan the table).
  if (f.action) conditions.push(like(auditLog.action, `${escapeLike(f.action.trim().toLowerCase())}%`));
  if (f.entityType) conditions.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditLog.entityId, f.entityId));
  if (f.text) {
    const pattern = `%${escapeLike(f.text)}%`;
    conditions.push(or(ilike(auditLog.actorName, pattern), ilike(auditLog.entityId, pattern))!);
  }
  if (f.from) conditions.push(gte(auditLog.at, f.from));
  if (f.to) conditions.push(lte(auditLog.at, f.to));
  if (f.beforeId) conditions.push(lt(auditLog.id, f.beforeId));
  return tx
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(f.limit);
}

/**
 * The retention rule of the audit trail: entries older than the cutoff are deleted. The app role has no
 * DELETE on the trail (migration 0002), so this one statement runs as the connection's own role, and the
 * trigger lets it through only while app.audit_retention is on (migration 0044); both settings are local
 * to this transaction and are switched back at once.
 */
export async function deleteAuditEntriesBefore(tx: Tx, cutoff: Date): Promise<number> {
  await tx.execute(sql`select set_config('app.audit_retention', 'on', true)`);
  await tx.execute(sql`reset role`);
  try {
    return await countOf(tx, sql`delete from audit_log where at < ${cutoff} returning 1`);
  } finally {
    await tx.execute(sql`select set_config('role', 'dc_app', true), set_config('app.audit_retention', 'off', true)`);
  }
}
