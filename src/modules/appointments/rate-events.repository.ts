import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { appointmentRateEvents } from './appointments.schema.js';

/** SQL of the rate-limit counters (bot protection). Mail goes through the platform outbox. */

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
