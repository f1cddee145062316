import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { privacyRequests, privacyRestrictions, retentionRuns, retentionSettings } from './privacy.schema.js';

export const listRetentionSettings = (tx: Tx) => tx.select().from(retentionSettings);

/**
 * Saves one kind's days if nobody changed it since the caller read it (optimistic locking): version 0 means
 * the caller saw the default (no row yet). Returns false when the row moved on (the caller answers 409).
 */
export async function saveRetentionSetting(
  tx: Tx,
  row: { kind: string; days: number; updatedAt: Date; updatedBy: string },
  expectedVersion: number,
): Promise<boolean> {
  if (expectedVersion === 0) {
    const created = await tx.insert(retentionSettings).values(row).onConflictDoNothing().returning({ kind: retentionSettings.kind });
    return created.length === 1;
  }
  const updated = await tx
    .update(retentionSettings)
    .set({ days: row.days, updatedAt: row.updatedAt, updatedBy: row.updatedBy, version: sql`${retentionSettings.version} + 1` })
    .where(and(eq(retentionSettings.kind, row.kind), eq(retentionSettings.version, expectedVersion)))
    .returning({ kind: retentionSettings.kind });
  return updated.length === 1;
}

export async function insertRetentionRun(tx: Tx, row: typeof retentionRuns.$inferInsert) {
  const [created] = await tx.insert(retentionRuns).values(row).returning();
  return created!;
}

export const listRetentionRuns = (tx: Tx, limit: number) => tx.select().from(retentionRuns).orderBy(desc(retentionRuns.ranAt)).limit(limit);

export async function insertPrivacyRequest(tx: Tx, row: typeof privacyRequests.$inferInsert) {
  const [created] = await tx.insert(privacyRequests).values(row).returning();
  return created!;
}

export const listPrivacyRequests = (tx: Tx, limit: number) =>
  tx.select().from(privacyRequests).orderBy(desc(privacyRequests.at)).limit(limit);

/** The restricted ones among the ids, with the first retention run that kept them (null: none yet). */
export async function restrictedAmong(tx: Tx, ids: string[]): Promise<Map<string, Date | null>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: privacyRestrictions.recordId, dueSince: privacyRestrictions.retentionDueSince })
    .from(privacyRestrictions)
    .where(inArray(privacyRestrictions.recordId, ids));
  return new Map(rows.map((r) => [r.id, r.dueSince]));
}

/** Every restriction in force (record id and kind), for the retention run. */
export const listRestrictions = (tx: Tx) =>
  tx.select({ recordId: privacyRestrictions.recordId, kind: privacyRestrictions.kind }).from(privacyRestrictions);

/** Marks the restricted records a retention run kept although due (the first such run stays). */
export async function markRetentionDue(tx: Tx, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await tx
    .update(privacyRestrictions)
    .set({ retentionDueSince: at })
    .where(and(inArray(privacyRestrictions.recordId, ids), isNull(privacyRestrictions.retentionDueSince)));
}

export async function insertRestrictions(tx: Tx, rows: (typeof privacyRestrictions.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(privacyRestrictions).values(rows).onConflictDoNothing();
}
