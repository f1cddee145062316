import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.js';

/** Calls still waiting longer than this are treated as lost events, not as waiting callers. */
const STALE_WAITING = sql`interval '4 hours'`;

export interface CallCountRow {
  tenant_id: string | null;
  tenant_name: string | null;
  queue_name: string | null;
  answered: number;
  answered_within_sl: number;
  abandoned: number;
  short_abandoned: number;
  callbacks: number;
  waiting: number;
  oldest_waiting: Date | string | null;
}

/**
 * Today's calls per tenant and queue, classified as docs/metrics.md defines:
 * thresholds come from the call record (copied from the agreement when offered).
 */
export function callCountsSince(tx: Tx, from: Date) {
  return queryRows<CallCountRow>(
    tx,
    sql`select tenant_id, max(tenant_name) as tenant_name, queue_name,
          (count(*) filter (where answered_at is not null))::int as answered,
          (count(*) filter (where answered_at is not null and wait_seconds <= service_level_seconds))::int as answered_within_sl,
          (count(*) filter (where status = 'abandoned' and coalesce(wait_seconds, 0) > short_abandon_seconds))::int as abandoned,
          (count(*) filter (where status = 'abandoned' and coalesce(wait_seconds, 0) <= short_abandon_seconds))::int as short_abandoned,
          (count(*) filter (where status = 'callback'))::int as callbacks,
          (count(*) filter (where status in ('queued', 'ringing') and offered_at > now() - ${STALE_WAITING}))::int as waiting,
          min(offered_at) filter (where status in ('queued', 'ringing') and offered_at > now() - ${STALE_WAITING}) as oldest_waiting
        from calls
        where offered_at >= ${from.toISOString()}::timestamptz
           or (status in ('queued', 'ringing') and offered_at > now() - ${STALE_WAITING})
        group by tenant_id, queue_name`,
  );
}
