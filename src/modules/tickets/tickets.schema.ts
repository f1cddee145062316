import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgSequence, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { departments, tenants } from '../tenancy/tenancy.schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Running number of the public reference code (DC-2026-000123-K7QX); one sequence for all tenants. */
export const serviceRequestNumberSeq = pgSequence('service_request_number_seq', { startWith: 1000 });

export const requestStatuses = ['forwarded', 'waiting_for_citizen', 'answered', 'returned', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const answerChannels = ['email', 'callback'] as const;
export type AnswerChannel = (typeof answerChannels)[number];

/**
 * A second-level request (Weiterleitung): a concern first level could not answer,
 * forwarded to the tenant's responsible department, with the D115 reply deadline.
 * Every SLA timestamp is a column, so every figure can be reported later.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Public reference code given to the citizen: running number plus a random check part. */
    referenceCode: varchar('reference_code', { length: 30 }).notNull().unique(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** The first-level contact this came from (contacts module), if any. No FK: modules stay apart. */
    contactId: uuid('contact_id'),
    /** LeiKa key (14 digits) of the service concerned, if known. */
    leikaKey: varchar('leika_key', { length: 14 }),
    serviceTitle: text('service_title').notNull(),
    question: text('question').notNull(),
    /** Minimal contact data of the citizen: only what the answer channel needs. */
    citizenName: text('citizen_name').notNull(),
    citizenEmail: text('citizen_email'),
    citizenPhone: text('citizen_phone'),
    answerChannel: varchar('answer_channel', { length: 10 }).$type<AnswerChannel>().notNull(),
    status: varchar('status', { length: 24 }).$type<RequestStatus>().notNull().default('forwarded'),
    /** Promised working hours (copied from the service agreement at forwarding). */
    budgetHours: integer('budget_hours').notNull(),
    /** Working time consumed before the current running segment (ms); grows at each pause. */
    slaConsumedMs: bigint('sla_consumed_ms', { mode: 'number' }).notNull().default(0),
    /** Start of the current running segment; null while paused or stopped. */
    slaRunningSince: ts('sla_running_since'),
    /** Deadline in force; null while paused. Frozen when answered, so on-time = answered_at <= due_at. */
    dueAt: ts('due_at'),
    createdAt: createdAt(),
    /** The department mail actually left the outbox. */
    deliveredAt: ts('delivered_at'),
    /** The department's first reaction (answer, question to the citizen, return, passing on). */
    firstResponseAt: ts('first_response_at'),
    /** Start of the current pause (waiting for the citizen); null when not paused. */
    pausedAt: ts('paused_at'),
    /** Sum of all finished pauses, real time in ms. */
    pausedTotalMs: bigint('paused_total_ms', { mode: 'number' }).notNull().default(0),
    answeredAt: ts('answered_at'),
    returnedAt: ts('returned_at'),
    closedAt: ts('closed_at'),
    remindedAt: ts('reminded_at'),
    escalatedAt: ts('escalated_at'),
    /** The answer of the department, passed on to the citizen. */
    answer: text('answer'),
    answeredBy: text('answered_by'),
    /** When the citizen was told the answer (mail sent or call-back done). */
    citizenInformedAt: ts('citizen_informed_at'),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('service_requests_tenant_status_idx').on(t.tenantId, t.status),
    index('service_requests_department_idx').on(t.departmentId, t.status),
    index('service_requests_due_idx').on(t.dueAt),
    index('service_requests_created_idx').on(t.tenantId, t.createdAt),
    check('service_requests_status_check', sql`${t.status} in ('forwarded', 'waiting_for_citizen', 'answered', 'returned', 'closed')`),
    check('service_requests_channel_check', sql`${t.answerChannel} in ('email', 'callback')`),
    check(
      'service_requests_contact_check',
      sql`(${t.answerChannel} = 'email' and ${t.citizenEmail} is not null) or (${t.answerChannel} = 'callback' and ${t.citizenPhone} is not null)`,
    ),
  ],
).enableRLS();

/** Full status history of a request, including pauses, reminders and mails. Append-only. */
export const serviceRequestEvents = pgTable(
  'service_request_events',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    at: ts('at').notNull().defaultNow(),
    /** created | delivered | answered | asked_citizen | citizen_replied | returned | passed_on | reminded | escalated | citizen_informed | callback_created | knowledge_proposed | closed */
    kind: varchar('kind', { length: 30 }).notNull(),
    fromStatus: varchar('from_status', { length: 24 }),
    toStatus: varchar('to_status', { length: 24 }),
    actorName: text('actor_name').notNull(),
    departmentId: uuid('department_id'),
    /** Free text: the question to the citizen, the reason for returning… */
    note: text('note'),
  },
  (t) => [tenantIsolationPolicy(), index('service_request_events_request_idx').on(t.requestId, t.at)],
).enableRLS();

/** Days a tenant's offices are closed beyond public holidays; the deadline skips them. */
export const tenantClosingDays = pgTable(
  'tenant_closing_days',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [tenantIsolationPolicy(), unique('tenant_closing_days_unique').on(t.tenantId, t.day)],
).enableRLS();

/**
 * Secure, expiring, single-purpose links for department members without an
 * account (and citizens replying). Only the SHA-256 of the token is stored.
 */
export const requestAccessLinks = pgTable(
  'request_access_links',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    /** department_answer | citizen_reply */
    purpose: varchar('purpose', { length: 24 }).notNull(),
    departmentId: uuid('department_id'),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('request_access_links_purpose_check', sql`${t.purpose} in ('department_answer', 'citizen_reply')`),
  ],
).enableRLS();

/** Answers that must reach the citizen by phone: a call-back task in the agents' list. */
export const callbackTasks = pgTable(
  'callback_tasks',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    /** answer (pass on the answer) | question (ask the citizen the department's question) */
    kind: varchar('kind', { length: 10 }).notNull(),
    /** The item in the agents' routed queue (routing module) that offers this call-back to an agent. */
    workItemId: uuid('work_item_id'),
    citizenName: text('citizen_name').notNull(),
    phone: text('phone').notNull(),
    message: text('message').notNull(),
    /** open | done | unreachable */
    status: varchar('status', { length: 12 }).notNull().default('open'),
    createdAt: createdAt(),
    doneAt: ts('done_at'),
    doneBy: text('done_by'),
    outcomeNote: text('outcome_note'),
  },
  (t) => [tenantIsolationPolicy(), index('callback_tasks_status_idx').on(t.status, t.createdAt)],
).enableRLS();

/** An answer proposed to the editors as an addition to the knowledge base. */
export const knowledgeProposals = pgTable(
  'knowledge_proposals',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    requestId: uuid('request_id').references(() => serviceRequests.id, { onDelete: 'set null' }),
    leikaKey: varchar('leika_key', { length: 14 }),
    serviceTitle: text('service_title').notNull(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    proposedBy: text('proposed_by').notNull(),
    /** proposed | accepted | rejected */
    status: varchar('status', { length: 10 }).notNull().default('proposed'),
    decidedBy: text('decided_by'),
    decidedAt: ts('decided_at'),
    createdAt: createdAt(),
  },
  (_t) => [tenantIsolationPolicy()],
).enableRLS();
