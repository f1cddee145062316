-- Backfill the new wait sums of abandoned calls and call-backs from the calls still stored (the same
-- cell and the same rules as contributionOf in src/modules/contacts/statistics/call-figures.ts).
-- Cells whose calls were already deleted (retention) keep 0.
update call_rollups r
set abandon_wait_seconds = x.abandon_wait, callback_wait_seconds = x.callback_wait
from (
  select to_timestamp(floor(extract(epoch from c.offered_at) / 900) * 900) as interval_start,
         c.tenant_id,
         coalesce(c.queue_name, '') as queue_name,
         coalesce(c.agent_user_id::text, c.agent_id, '') as agent_key,
         coalesce(sum(coalesce(c.wait_seconds, 0)) filter (
           where c.answered_at is null and c.status = 'abandoned' and coalesce(c.wait_seconds, 0) > c.short_abandon_seconds), 0)::int as abandon_wait,
         coalesce(sum(coalesce(c.wait_seconds, 0)) filter (where c.answered_at is null and c.status = 'callback'), 0)::int as callback_wait
  from calls c
  where c.answered_at is null and c.status in ('abandoned', 'callback')
  group by 1, 2, 3, 4
) x
where r.interval_start = x.interval_start
  and r.tenant_id is not distinct from x.tenant_id
  and r.queue_name = x.queue_name
  and r.agent_key = x.agent_key;
