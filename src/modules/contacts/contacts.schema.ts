import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';

export * from './telephony.schema.js';
export * from './statistics/call-rollups.schema.js';

export const contactChannels = ['phone', 'email', 'web_form', 'chat', 'callback'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const contactOutcomes = [
  'answered_first_level',
  'transferred',
  'forwarded_second_level',
  'appointment_booked',
  'it_fault',
  'public_order_incident',
  'other',
] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

/**
 * One contact of a citizen (or staff member) with the center, on any channel.
 * Every answered call gets exactly one (created automatically when the call is
 * answered, status `open`), so a forgotten documentation shows up as an open
 * contact for the supervisor. The reason is coded against the service catalogue
 * (LeiKa key) and the caller's municipality (tenant): billing, reporting and the
 * knowledge gaps all count these rows.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: idColumn(),
    /** The municipality the concern belongs to; null until known (unknown hotline number). */
    tenantId: uuid('tenant_id'),
    channel: varchar('channel', { length: 20 }).$type<ContactChannel>().notNull(),
    /** The call this contact documents (phone); unique: one record per call. */
    callId: uuid('call_id'),
    /** The routed work item this contact documents (e-mail, form, chat, call-back). */
    workItemId: uuid('work_item_id'),
    agentUserId: uuid('agent_user_id'),
    /** Copied, so reports survive renamed accounts. */
    agentName: text('agent_name'),
    /** Caller's number as the telephone system reported it (personal data; for earlier-contact lookup). */
    callerNumber: varchar('caller_number', { length: 40 }),
    /** 14-digit LeiKa key of the service (Leistung) the concern was about. */
    leikaKey: varchar('leika_key', { length: 14 }),
    /** Title of the service when documented (copied). */
    serviceTitle: text('service_title'),
    outcome: varchar('outcome', { length: 30 }).$type<ContactOutcome>(),
    note: text('note'),
    /** open: not yet documented | documented */
    status: varchar('status', { length: 20 }).$type<'open' | 'documented'>().notNull().default('open'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    documentedAt: timestamp('documented_at', { withTimezone: true }),
    /** Seconds of after-call work, from the end of the conversation to documentation. */
    wrapUpSeconds: integer('wrap_up_seconds'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('contacts_call_uq').on(t.callId),
    uniqueIndex('contacts_work_item_uq').on(t.workItemId),
    index('contacts_tenant_started_idx').on(t.tenantId, t.startedAt),
    index('contacts_status_idx').on(t.status, t.startedAt),
    index('contacts_agent_idx').on(t.agentUserId, t.startedAt),
    index('contacts_caller_idx').on(t.callerNumber),
    check('contacts_channel_check', sql`${t.channel} in ('phone', 'email', 'web_form', 'chat', 'callback')`),
    check(
      'contacts_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in ('answered_first_level', 'transferred', 'forwarded_second_level', 'appointment_booked', 'it_fault', 'public_order_incident', 'other')`,
    ),
    check('contacts_leika_check', sql`${t.leikaKey} is null or ${t.leikaKey} ~ '^[0-9]{14}$'`),
    check('contacts_documented_check', sql`${t.status} = 'open' or (${t.tenantId} is not null and ${t.outcome} is not null)`),
  ],
).enableRLS();
