import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { tenantIsolationPolicy } from '../../../platform/db/tenant-policy.js';

const count = (name: string) => integer(name).notNull().default(0);

/**
 * The call figures per 15-minute interval (of the offer time), tenant, queue and
 * agent: the additive counts of call-figures.ts. Kept current by the ingest in the
 * same transaction as the calls it re-derives (the call's old contribution is
 * subtracted, its new one added), so reports never scan raw calls and survive the
 * deletion of call rows (retention). Phone only: the channel of every call is
 * `phone`; the routed channels are counted from their contacts.
 *
 * Interval starts are UTC instants on a 15-minute grid; Europe/Berlin is a whole
 * number of hours from UTC, so they are Berlin quarter hours too.
 */
export const callRollups = pgTable(
  'call_rollups',
  {
    intervalStart: timestamp('interval_start', { withTimezone: true }).notNull(),
    /** Null: the dialled number belonged to no tenant. */
    tenantId: uuid('tenant_id'),
    queueName: varchar('queue_name', { length: 80 }).notNull().default(''),
    /** The staff account (uuid text) or, when unmapped, the ACD agent id; '' before an answer. */
    agentKey: varchar('agent_key', { length: 80 }).notNull().default(''),
    agentName: text('agent_name'),
    offered: count('offered'),
    answered: count('answered'),
    answeredWithinTarget: count('answered_within_target'),
    abandoned: count('abandoned'),
    shortAbandoned: count('short_abandoned'),
    callbacks: count('callbacks'),
    /** Offered calls the telephone system ended or sent away without an agent (status diverted). */
    diverted: count('diverted'),
    undecided: count('undecided'),
    answerWaitSeconds: count('answer_wait_seconds'),
    /** Waits of abandoned calls and of call-backs (until the choice): the patience estimate's exposure. */
    abandonWaitSeconds: count('abandon_wait_seconds'),
    callbackWaitSeconds: count('callback_wait_seconds'),
    talkSeconds: count('talk_seconds'),
    talkedCalls: count('talked_calls'),
    wrapUpSeconds: count('wrap_up_seconds'),
    wrappedCalls: count('wrapped_calls'),
    transferred: count('transferred'),
    /** Largest wait of an offered call in this cell (recomputed when a late event lowers it). */
    longestWaitSeconds: integer('longest_wait_seconds'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolationPolicy(),
    unique('call_rollups_cell_uq').on(t.intervalStart, t.tenantId, t.queueName, t.agentKey).nullsNotDistinct(),
    index('call_rollups_tenant_interval_idx').on(t.tenantId, t.intervalStart),
    index('call_rollups_interval_idx').on(t.intervalStart),
  ],
).enableRLS();

export const ROLLUP_INTERVAL_SECONDS = 900;
/** SQL of a call's rollup cell, from a `calls` row (kept next to the table it fills). */
export const callCellSql = {
  intervalStart: sql.raw(`to_timestamp(floor(extract(epoch from offered_at) / 900) * 900)`),
  queueName: sql.raw(`coalesce(queue_name, '')`),
  agentKey: sql.raw(`coalesce(agent_user_id::text, agent_id, '')`),
};
