import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn } from '../db/columns.js';
import { tenantIsolationPolicy } from '../db/tenant-policy.js';

/** A file sent along with a mail (e.g. the appointment's termin.ics). Text content, or base64 for binary files. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'base64';
}

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The one transactional mail outbox of every module: a mail is written in the same
 * transaction as the state change that causes it (enqueueMail) and sent by the
 * dispatcher after commit, outside any transaction. A mail server outage loses nothing.
 */
export const outboxMail = pgTable(
  'outbox_mail',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** What the mail is for, `<topic>.<kind>`, e.g. request.delivery, appointment.confirmation. The topic selects the after-sent effect. */
    purpose: varchar('purpose', { length: 60 }).notNull(),
    /** The record the mail belongs to (service request, appointment, waiting-list entry), if any. */
    refId: uuid('ref_id'),
    toAddresses: text('to_addresses').array().notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    attachments: jsonb('attachments').$type<MailAttachment[]>().notNull().default([]),
    /** pending | sending | sent | failed (failed = gave up after the maximum of attempts) */
    status: varchar('status', { length: 10 }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    /** Set while a dispatcher holds the mail (status sending); after lease_until another dispatcher may take it over. */
    claimToken: uuid('claim_token'),
    leaseUntil: ts('lease_until'),
    lastError: text('last_error'),
    sentAt: ts('sent_at'),
    /** When retention (or an erasure) removed recipients, subject, text and attachments; the row's metadata stays for the audit. */
    purgedAt: ts('purged_at'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('outbox_mail_due_idx').on(t.status, t.nextAttemptAt),
    index('outbox_mail_ref_idx').on(t.refId),
    check('outbox_mail_status_check', sql`${t.status} in ('pending', 'sending', 'sent', 'failed')`),
    check('outbox_mail_recipients_check', sql`cardinality(${t.toAddresses}) > 0`),
  ],
).enableRLS();
