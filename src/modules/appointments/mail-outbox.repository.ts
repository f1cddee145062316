import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { appointmentMailOutbox, appointmentRateEvents } from './appointments.schema.js';

/** SQL of the appointment mail outbox and the rate-limit counters. */
export type OutboxInsert = typeof appointmentMailOutbox.$inferInsert;
export type OutboxRow = typeof appointmentMailOutbox.$inferSelect;

export async function insertMail(tx: Tx, values: OutboxInsert) {
  await tx.insert(appointmentMailOutbox).values(values);
}

/** One pending mail, locked (SKIP LOCKED: parallel senders never send the same mail twice). */
export async function lockNextPendingMail(tx: Tx): Promise<OutboxRow | undefined> {
  const [row] = await tx
    .select()
    .from(appointmentMailOutbox)
    .where(sql`${appointmentMailOutbox.sentAt} is null and ${appointmentMailOutbox.attempts} < 5`)
    .orderBy(appointmentMailOutbox.createdAt)
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

export async function markMailSent(tx: Tx, id: string) {
  await tx
    .update(appointmentMailOutbox)
    .set({ sentAt: new Date(), attempts: sql`${appointmentMailOutbox.attempts} + 1` })
    .where(eq(appointmentMailOutbox.id, id));
}

export async function markMailFailed(tx: Tx, id: string, error: string) {
  await tx
    .update(appointmentMailOutbox)
    .set({ lastError: error.slice(0, 500), attempts: sql`${appointmentMailOutbox.attempts} + 1` })
    .where(eq(appointmentMailOutbox.id, id));
}

/** Counts the bucket's events in the window and records this one, in one round trip. */
export async function countAndRecordRateEvent(tx: Tx, bucket: string, windowMinutes: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with recorded as (insert into appointment_rate_events (bucket) values (${bucket}) returning id)
        select count(*)::int as n from appointment_rate_events
        where bucket = ${bucket} and occurred_at > now() - make_interval(mins => ${windowMinutes})`,
  );
  return row?.n ?? 0;
}

export async function pruneRateEvents(tx: Tx) {
  await tx.delete(appointmentRateEvents).where(sql`${appointmentRateEvents.occurredAt} < now() - interval '1 day'`);
}
