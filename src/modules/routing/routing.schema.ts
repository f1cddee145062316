import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { users } from '../accounts/accounts.schema.js';

export const workItemChannels = ['email', 'web_form', 'chat', 'callback'] as const;
export type WorkItemChannel = (typeof workItemChannels)[number];
export const workItemStatuses = ['waiting', 'offered', 'assigned', 'done', 'cancelled'] as const;
export type WorkItemStatus = (typeof workItemStatuses)[number];

/**
 * One item in the routed queue: an e-mail, a contact-form message, a web chat or
 * a call-back task. Order: higher priority first; within a priority, items whose
 * deadline is near come first, then first come first served by `enqueuedAt`
 * (a call-back keeps the time its caller entered the telephone queue).
 */
export const workItems = pgTable(
  'work_items',
  {
    id: idColumn(),
    tenantId: uuid('tenant_id').notNull(),
    channel: varchar('channel', { length: 20 }).$type<WorkItemChannel>().notNull(),
    status: varchar('status', { length: 20 }).$type<WorkItemStatus>().notNull().default('waiting'),
    /** 0 normal, 1 high, 2 urgent. */
    priority: integer('priority').notNull().default(0),
    /** Skill: topic the agent must cover (null: any agent). */
    topic: varchar('topic', { length: 60 }),
    /** Skill: language of the citizen (ISO 639-1). */
    language: varchar('language', { length: 8 }).notNull().default('de'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Place in the queue. */
    enqueuedAt: timestamp('enqueued_at', { withTimezone: true }).notNull().defaultNow(),
    subject: text('subject').notNull(),
    fromName: text('from_name'),
    fromAddress: text('from_address'),
    body: text('body'),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** Idempotency key of the source (e-mail Message-ID, call id of a call-back). */
    sourceRef: varchar('source_ref', { length: 250 }),
    /** Random token a chat or form visitor uses to see their position (no login). */
    publicToken: varchar('public_token', { length: 64 }),
    /** The reference number the citizen was given (contact form KF-…, chat CH-…); the public status page finds it. */
    referenceCode: varchar('reference_code', { length: 24 }),
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    assignedName: text('assigned_name'),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('work_items_source_uq').on(t.sourceRef),
    uniqueIndex('work_items_token_uq').on(t.publicToken),
    uniqueIndex('work_items_reference_uq').on(t.referenceCode),
    index('work_items_queue_idx').on(t.status, t.priority, t.enqueuedAt),
    index('work_items_assigned_idx').on(t.assignedUserId, t.status),
    check('work_items_channel_check', sql`${t.channel} in ('email', 'web_form', 'chat', 'callback')`),
    check('work_items_status_check', sql`${t.status} in ('waiting', 'offered', 'assigned', 'done', 'cancelled')`),
    check('work_items_priority_check', sql`${t.priority} between 0 and 2`),
  ],
).enableRLS();

/** Messages of a web chat, visitor and agent. */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    workItemId: uuid('work_item_id')
      .notNull()
      .references(() => workItems.id, { onDelete: 'cascade' }),
    author: varchar('author', { length: 10 }).$type<'visitor' | 'agent'>().notNull(),
    authorName: text('author_name'),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantIsolationPolicy(), index('chat_messages_item_idx').on(t.workItemId, t.id)],
).enableRLS();

/**
 * What an agent can take: tenants (empty = all), topics (empty = all) and
 * languages. Agents without a row take everything in German.
 */
export const agentSkills = pgTable('agent_skills', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tenantIds: uuid('tenant_ids').array().notNull().default(sql`'{}'::uuid[]`),
  topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
  languages: text('languages').array().notNull().default(sql`'{de}'::text[]`),
  /**
   * Tenants the agent was trained for (onboarding: the municipality's services, contacts and
   * specialities). Unlike `tenantIds` it restricts nothing; the readiness check counts it (decision 0170).
   */
  trainedTenantIds: uuid('trained_tenant_ids').array().notNull().default(sql`'{}'::uuid[]`),
  updatedAt: updatedAt(),
});

export const agentStateValues = ['available', 'on_call', 'wrap_up', 'break', 'offline'] as const;
export type AgentState = (typeof agentStateValues)[number];

/** The current state of each agent (routing offers work only to available agents). Center staff, no tenant. */
export const agentStates = pgTable(
  'agent_states',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    state: varchar('state', { length: 20 }).$type<AgentState>().notNull(),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
    /** Copied display name for the wallboard. */
    displayName: text('display_name').notNull(),
  },
  (t) => [check('agent_states_state_check', sql`${t.state} in ('available', 'on_call', 'wrap_up', 'break', 'offline')`)],
);

/** Every state an agent was in, with start and end, so durations can be reported. */
export const agentStateLog = pgTable(
  'agent_state_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    state: varchar('state', { length: 20 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('agent_state_log_user_idx').on(t.userId, t.startedAt)],
);
