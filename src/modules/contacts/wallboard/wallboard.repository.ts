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
  diverted: number;
  waiting: number;
  oldest_waiting: Date | string | null;
}

/**
 * Today's calls per tenant and queue: the decided calls' counts come from the
 * 15-minute rollups (the same definitions and cells every report reads, see
 * ../statistics/call-figures.ts); only the calls still waiting come from `calls`.
 */
export function callCountsSince(tx: Tx, from: Date, now: Date) {
  const staleBefore = sql`${now.toISOString()}::timestamptz - ${STALE_WAITING}`;
  return queryRows<CallCountRow>(
    tx,
    sql`with decided as (
          select tenant_id, queue_name,
            sum(answered)::int as answered, sum(answered_within_target)::int as answered_within_sl,
            sum(abandoned)::int as abandoned, sum(short_abandoned)::int as short_abandoned, sum(callbacks)::int as callbacks,
            sum(diverted)::int as diverted
          from call_rollups
          where interval_start >= to_timestamp(floor(extract(epoch from ${from.toISOString()}::timestamptz) / 900) * 900)
          group by tenant_id, queue_name
          having sum(offered) + sum(short_abandoned) > 0
        ), waiting as (
          select tenant_id, coalesce(queue_name, '') as queue_name, max(tenant_name) as tenant_name,
            (count(*) filter (where status in ('queued', 'ringing') and offered_at > ${staleBefore}))::int as waiting,
            min(offered_at) filter (where status in ('queued', 'ringing') and offered_at > ${staleBefore}) as oldest_waiting
          from calls
          where offered_at >= ${from.toISOString()}::timestamptz
             or (status in ('queued', 'ringing') and offered_at > ${staleBefore})
          group by 1, 2
        )
        select coalesce(d.tenant_id, w.tenant_id) as tenant_id,
          coalesce(w.tenant_name, (select t.name from tenants t where t.id = coalesce(d.tenant_id, w.tenant_id))) as tenant_name,
          nullif(coalesce(d.queue_name, w.queue_name), '') as queue_name,
          coalesce(d.answered, 0) as answered, coalesce(d.answered_within_sl, 0) as answered_within_sl,
          coalesce(d.abandoned, 0) as abandoned, coalesce(d.short_abandoned, 0) as short_abandoned, coalesce(d.callbacks, 0) as callbacks,
          coalesce(d.diverted, 0) as diverted, coalesce(w.waiting, 0) as waiting, w.oldest_waiting
        from decided d
        full join waiting w on w.tenant_id is not distinct from d.tenant_id and w.queue_name = d.queue_name`,
  );
}
