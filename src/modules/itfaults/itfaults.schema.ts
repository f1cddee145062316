import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { departments } from '../tenancy/tenancy.schema.js';
import { impacts, urgencies, type Impact, type Urgency } from './priority.js';

/**
 * The IT fault desk (IuK-Störungen): faults the city's staff report to the center,
 * handed over to the IT service desk, known errors first level reads out, and mass
 * outages. Every row carries the tenant whose staff reported (the host by default).
 */

export const faultCategories = [
  'workplace_pc',
  'printer',
  'telephone',
  'application',
  'network',
  'email',
  'access_rights',
  'other',
] as const;
export type FaultCategory = (typeof faultCategories)[number];

/** recorded → handed_over → accepted → in_progress ⇄ waiting → resolved → closed; known_error: attached instead of a new IT ticket. */
export const faultStatuses = [
  'recorded',
  'handed_over',
  'accepted',
  'in_progress',
  'waiting',
  'resolved',
  'closed',
  'known_error',
] as const;
export type FaultStatus = (typeof faultStatuses)[number];
/** What IT reports back. */
export const itStatuses = ['accepted', 'in_progress', 'waiting', 'resolved', 'closed'] as const;
export type ItStatus = (typeof itStatuses)[number];
export const faultSources = ['call', 'queue', 'api'] as const;
export type FaultSource = (typeof faultSources)[number];

export const knownErrorStatuses = ['investigating', 'workaround', 'fixed', 'proposed'] as const;
export type KnownErrorStatus = (typeof knownErrorStatuses)[number];

export const deliveryStatuses = ['pending', 'sending', 'delivered', 'failing', 'given_up'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const itFaultReferenceSeq = pgSequence('it_fault_reference_seq', { startWith: 1 });

export const itKnownErrors = pgTable(
  'it_known_errors',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    title: text('title').notNull(),
    /** The symptom as staff describe it on the phone. */
    symptom: text('symptom').notNull(),
    /** Colloquial words and spellings that should find it ("drucker spinnt"). */
    keywords: text('keywords').notNull().default(''),
    /** What first level reads out to the caller. */
    workaround: text('workaround').notNull().default(''),
    category: varchar('category', { length: 30 }).$type<FaultCategory>().notNull(),
    status: varchar('status', { length: 20 }).$type<KnownErrorStatus>().notNull().default('investigating'),
    itTicketNumber: varchar('it_ticket_number', { length: 60 }),
    itTicketUrl: text('it_ticket_url'),
    /** Normalised search text (symptom, title, keywords; umlauts folded), trigram-indexed. */
    searchText: text('search_text').notNull().default(''),
    /** A resolved fault with a workaround proposed this entry (status proposed until IT or a supervisor confirms). */
    proposedFromFaultId: uuid('proposed_from_fault_id'),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('it_known_errors_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('it_known_errors_fts').using('gin', sql`to_tsvector('german', ${t.searchText})`),
    check('it_known_errors_category_check', sql`${t.category} in (${list(faultCategories)})`),
    check('it_known_errors_status_check', sql`${t.status} in (${list(knownErrorStatuses)})`),
  ],
).enableRLS();

export const itOutages = pgTable(
  'it_outages',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** "E-Mail gestört" */
    title: text('title').notNull(),
    category: varchar('category', { length: 30 }).$type<FaultCategory>().notNull(),
    /** Since when it is disturbed (may be before the declaration). */
    since: timestamp('since', { withTimezone: true }).notNull(),
    /** The short message agents read to callers. */
    callerMessage: text('caller_message').notNull(),
    itTicketNumber: varchar('it_ticket_number', { length: 60 }),
    status: varchar('status', { length: 10 }).$type<'active' | 'closed'>().notNull().default('active'),
    /** Calls counted on it (kept in step with it_outage_calls in the same transaction). */
    callCount: integer('call_count').notNull().default(0),
    declaredByName: text('declared_by_name').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByName: text('closed_by_name'),
    closeNote: text('close_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('it_outages_status_idx').on(t.status, t.declaredAt),
    check('it_outages_category_check', sql`${t.category} in (${list(faultCategories)})`),
    check('it_outages_status_check', sql`${t.status} in ('active', 'closed')`),
    check('it_outages_closed_check', sql`${t.status} = 'active' or ${t.closedAt} is not null`),
  ],
).enableRLS();

/** One call about an active outage: counted on the outage instead of a fault of its own. */
export const itOutageCalls = pgTable(
  'it_outage_calls',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    outageId: uuid('outage_id')
      .notNull()
      .references(() => itOutages.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id'),
    reporterName: text('reporter_name'),
    departmentName: text('department_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('it_outage_calls_outage_idx').on(t.outageId, t.at),
    // One call (contact) is counted once.
    uniqueIndex('it_outage_calls_contact_uq').on(t.outageId, t.contactId),
  ],
).enableRLS();

export const itFaults = pgTable(
  'it_faults',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** Readable reference for phone and mail subjects, e.g. ITS-2026-000123. */
    reference: varchar('reference', { length: 20 }).notNull(),
    source: varchar('source', { length: 10 }).$type<FaultSource>().notNull(),
    /** The call's contact record (outcome 5 on the desktop) or the routed e-mail's work item. */
    contactId: uuid('contact_id'),
    workItemId: uuid('work_item_id'),
    reporterName: text('reporter_name').notNull(),
    reporterRoom: text('reporter_room'),
    reporterPhone: varchar('reporter_phone', { length: 40 }),
    reporterEmail: text('reporter_email'),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    /** Copied at intake: the report keeps the name if the directory changes. */
    departmentName: text('department_name').notNull(),
    /** Inventory number or free text. */
    asset: text('asset'),
    category: varchar('category', { length: 30 }).$type<FaultCategory>().notNull(),
    /** Name of the specialist application (category application). */
    applicationName: text('application_name'),
    description: text('description').notNull(),
    impact: varchar('impact', { length: 12 }).$type<Impact>().notNull(),
    urgency: varchar('urgency', { length: 12 }).$type<Urgency>().notNull(),
    /** What the matrix gives; `priority` differs only with an override reason. */
    matrixPriority: smallint('matrix_priority').notNull(),
    priority: smallint('priority').notNull(),
    priorityReason: text('priority_reason'),
    status: varchar('status', { length: 20 }).$type<FaultStatus>().notNull().default('recorded'),
    knownErrorId: uuid('known_error_id').references(() => itKnownErrors.id, { onDelete: 'set null' }),
    itTicketNumber: varchar('it_ticket_number', { length: 60 }),
    /** IT's last message (also shown to the reporter). */
    itMessage: text('it_message'),
    /** Workaround IT reported with the resolution (proposes a known error). */
    workaround: text('workaround'),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }).notNull(),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    /** First status from IT (accepted or later): the response time ends here. */
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('it_faults_reference_uq').on(t.reference),
    index('it_faults_status_idx').on(t.tenantId, t.status, t.reportedAt),
    check('it_faults_category_check', sql`${t.category} in (${list(faultCategories)})`),
    check('it_faults_status_check', sql`${t.status} in (${list(faultStatuses)})`),
    check('it_faults_source_check', sql`${t.source} in (${list(faultSources)})`),
    check('it_faults_impact_check', sql`${t.impact} in (${list(impacts)})`),
    check('it_faults_urgency_check', sql`${t.urgency} in (${list(urgencies)})`),
    check('it_faults_priority_check', sql`${t.priority} between 1 and 5 and ${t.matrixPriority} between 1 and 5`),
    check('it_faults_override_check', sql`${t.priority} = ${t.matrixPriority} or ${t.priorityReason} is not null`),
  ],
).enableRLS();

/** Append-only history of a fault: intake, hand-over, deliveries, status from IT, messages. */
export const itFaultEvents = pgTable(
  'it_fault_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantIdColumn(),
    faultId: uuid('fault_id')
      .notNull()
      .references(() => itFaults.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** recorded | priority_override | handover_mail | delivery | status | message | known_error */
    kind: varchar('kind', { length: 30 }).notNull(),
    status: varchar('status', { length: 20 }),
    message: text('message'),
    actorName: text('actor_name').notNull(),
  },
  (t) => [tenantIsolationPolicy(), index('it_fault_events_fault_idx').on(t.faultId, t.at)],
).enableRLS();

/**
 * One outbound webhook call to the IT service desk (a fault handed over, an outage
 * closed). Sent by the job runner outside any transaction, retried with backoff;
 * the idempotency key stays the same over every attempt.
 */
export const itDeliveries = pgTable(
  'it_deliveries',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    faultId: uuid('fault_id').references(() => itFaults.id, { onDelete: 'cascade' }),
    outageId: uuid('outage_id').references(() => itOutages.id, { onDelete: 'cascade' }),
    /** fault.handover | outage.closed */
    event: varchar('event', { length: 30 }).notNull(),
    idempotencyKey: uuid('idempotency_key').notNull().default(sql`gen_random_uuid()`),
    url: text('url').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: varchar('status', { length: 12 }).$type<DeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    claimToken: uuid('claim_token'),
    lastError: text('last_error'),
    lastStatusCode: integer('last_status_code'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('it_deliveries_key_uq').on(t.idempotencyKey),
    index('it_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    check('it_deliveries_status_check', sql`${t.status} in (${list(deliveryStatuses)})`),
  ],
).enableRLS();

/** Signatures of accepted inbound status calls, kept for the replay window: a second use is refused. */
export const itStatusReceipts = pgTable(
  'it_status_receipts',
  {
    signature: varchar('signature', { length: 80 }).primaryKey(),
    tenantId: tenantIdColumn(),
    faultId: uuid('fault_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  () => [tenantIsolationPolicy()],
).enableRLS();
