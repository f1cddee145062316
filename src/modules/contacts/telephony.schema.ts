import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { users } from '../accounts/accounts.schema.js';
import { tenants } from '../tenancy/tenancy.schema.js';

/**
 * A telephone system (ACD) that pushes call events. It authenticates with API tokens of
 * scope `telephony:events` whose subject is the system (platform/auth/api-tokens, decision
 * 0131). Center-wide configuration, no tenant.
 */
export const telephoneSystems = pgTable('telephone_systems', {
  id: idColumn(),
  name: text('name').notNull().unique(),
  active: boolean('active').notNull().default(true),
  lastEventAt: timestamp('last_event_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/**
 * The hotline numbers of a tenant: the number a citizen dialled tells which
 * municipality the call is for. `queueName` is the ACD queue serving that number,
 * used when an event (or an Asterisk queue_log line) carries no dialled number.
 */
export const tenantHotlines = pgTable(
  'tenant_hotlines',
  {
    /** Digits only, e.g. 0511168312 (normalised on write). */
    dialledNumber: varchar('dialled_number', { length: 30 }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    queueName: varchar('queue_name', { length: 80 }),
    label: text('label').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [tenantIsolationPolicy(), index('tenant_hotlines_queue_idx').on(t.queueName)],
).enableRLS();

/** Which staff account sits behind an ACD agent id (e.g. `SIP/1001`) of one telephone system. */
export const agentLines = pgTable(
  'agent_lines',
  {
    /** The assignment's own key for the admin API (agent ids such as `SIP/1001` hold slashes). */
    id: uuid('id').notNull().default(sql`gen_random_uuid()`),
    telephoneSystemId: uuid('telephone_system_id')
      .notNull()
      .references(() => telephoneSystems.id, { onDelete: 'cascade' }),
    externalAgentId: varchar('external_agent_id', { length: 80 }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.telephoneSystemId, t.externalAgentId] }),
    uniqueIndex('agent_lines_id_unique').on(t.id),
    index('agent_lines_user_idx').on(t.userId),
  ],
);

/**
 * Every call event as received, once: (system, event id) is unique, so a repeated
 * event is ignored. The call's state is derived from all its events ordered by
 * their own timestamps, never from arrival order.
 */
export const callEvents = pgTable(
  'call_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    telephoneSystemId: uuid('telephone_system_id').notNull(),
    eventId: varchar('event_id', { length: 160 }).notNull(),
    callId: varchar('call_id', { length: 120 }).notNull(),
    /** offered | queued | ringing | answered | transferred | abandoned | diverted | ended | callback_requested */
    type: varchar('type', { length: 30 }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    callerNumber: varchar('caller_number', { length: 40 }),
    dialledNumber: varchar('dialled_number', { length: 30 }),
    queueName: varchar('queue_name', { length: 80 }),
    agentId: varchar('agent_id', { length: 80 }),
    /** Transfer target and the like. */
    target: varchar('target', { length: 120 }),
    /** `diverted` events: why the system ended or sent the call away (call-fold.ts `divertReasons`). */
    reason: varchar('reason', { length: 30 }),
    tenantId: uuid('tenant_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('call_events_system_event_uq').on(t.telephoneSystemId, t.eventId),
    index('call_events_system_call_idx').on(t.telephoneSystemId, t.callId),
  ],
).enableRLS();

/**
 * The statistics record of one call (Wazo's lesson: statistics apart from
 * configuration). Tenant, queue and agent names and the service-level thresholds
 * are copied at the time of the call, so renaming a tenant, queue or agent or
 * changing an agreement later does not rewrite history.
 */
export const calls = pgTable(
  'calls',
  {
    id: idColumn(),
    telephoneSystemId: uuid('telephone_system_id').notNull(),
    externalCallId: varchar('external_call_id', { length: 120 }).notNull(),
    /** Null when the dialled number belongs to no tenant. */
    tenantId: uuid('tenant_id'),
    tenantName: text('tenant_name'),
    dialledNumber: varchar('dialled_number', { length: 30 }),
    callerNumber: varchar('caller_number', { length: 40 }),
    queueName: varchar('queue_name', { length: 80 }),
    agentId: varchar('agent_id', { length: 80 }),
    agentUserId: uuid('agent_user_id'),
    agentName: text('agent_name'),
    /** queued | ringing | answered | completed | abandoned | diverted | callback */
    status: varchar('status', { length: 20 }).notNull(),
    /**
     * Status `diverted`: Wazo's outcome, why the telephone system ended or sent away the call without
     * an agent (full, closed, joinempty, leaveempty, timeout, divert_ca_ratio, divert_waittime, diverted).
     */
    divertReason: varchar('divert_reason', { length: 30 }),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Seconds from offer to answer, abandon or call-back request. */
    waitSeconds: integer('wait_seconds'),
    talkSeconds: integer('talk_seconds'),
    isTransferred: boolean('is_transferred').notNull().default(false),
    transferTarget: varchar('transfer_target', { length: 120 }),
    /** Thresholds of the tenant's agreement when the call was offered. */
    serviceLevelSeconds: integer('service_level_seconds').notNull().default(30),
    shortAbandonSeconds: integer('short_abandon_seconds').notNull().default(5),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('calls_system_call_uq').on(t.telephoneSystemId, t.externalCallId),
    index('calls_offered_idx').on(t.offeredAt),
    index('calls_tenant_offered_idx').on(t.tenantId, t.offeredAt),
    index('calls_caller_idx').on(t.callerNumber),
    check('calls_status_check', sql`${t.status} in ('queued', 'ringing', 'answered', 'completed', 'abandoned', 'diverted', 'callback')`),
  ],
).enableRLS();
