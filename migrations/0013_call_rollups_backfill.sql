-- Fills call_rollups from the calls that exist before the rollups did. Same
-- definitions as contributionOf() in src/modules/contacts/statistics/call-figures.ts;
-- the nightly re-derive (JS, from that function) compares both and reports differences.
INSERT INTO call_rollups (interval_start, tenant_id, queue_name, agent_key, agent_name, offered, answered, answered_within_target,
  abandoned, short_abandoned, callbacks, undecided, answer_wait_seconds, talk_seconds, talked_calls, wrap_up_seconds, wrapped_calls,
  transferred, longest_wait_seconds)
SELECT to_timestamp(floor(extract(epoch from c.offered_at) / 900) * 900), c.tenant_id, coalesce(c.queue_name, ''),
  coalesce(c.agent_user_id::text, c.agent_id, ''), max(c.agent_name),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL
    OR (c.status = 'abandoned' AND coalesce(c.wait_seconds, 0) > c.short_abandon_seconds) OR c.status = 'callback'),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND coalesce(c.wait_seconds, 0) <= c.service_level_seconds),
  count(*) FILTER (WHERE c.answered_at IS NULL AND c.status = 'abandoned' AND coalesce(c.wait_seconds, 0) > c.short_abandon_seconds),
  count(*) FILTER (WHERE c.answered_at IS NULL AND c.status = 'abandoned' AND coalesce(c.wait_seconds, 0) <= c.short_abandon_seconds),
  count(*) FILTER (WHERE c.answered_at IS NULL AND c.status = 'callback'),
  count(*) FILTER (WHERE c.answered_at IS NULL AND c.status NOT IN ('abandoned', 'callback')),
  coalesce(sum(coalesce(c.wait_seconds, 0)) FILTER (WHERE c.answered_at IS NOT NULL), 0),
  coalesce(sum(c.talk_seconds) FILTER (WHERE c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL AND c.talk_seconds IS NOT NULL), 0),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL AND c.talk_seconds IS NOT NULL),
  coalesce(sum(k.wrap_up_seconds) FILTER (WHERE c.answered_at IS NOT NULL AND k.wrap_up_seconds IS NOT NULL), 0),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND k.wrap_up_seconds IS NOT NULL),
  count(*) FILTER (WHERE c.answered_at IS NOT NULL AND c.is_transferred),
  max(coalesce(c.wait_seconds, 0)) FILTER (WHERE c.answered_at IS NOT NULL
    OR (c.status = 'abandoned' AND coalesce(c.wait_seconds, 0) > c.short_abandon_seconds) OR c.status = 'callback')
FROM calls c
LEFT JOIN contacts k ON k.call_id = c.id
GROUP BY 1, 2, 3, 4;
