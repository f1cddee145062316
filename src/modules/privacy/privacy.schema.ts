import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn } from '../../platform/db/columns.js';

/**
 * Data protection (decision 0137). Center-wide tables without tenant_id: the center is the
 * processor for every tenant and its data-protection staff work across tenants; the rows name
 * the tenants they touched in their details.
 */

/** The administrator's retention per kind of data (days); a kind without a row uses its lawful default. */
export const retentionSettings = pgTable('retention_settings', {
  kind: varchar('kind', { length: 40 }).primaryKey(),
  days: integer('days').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
  /** Optimistic locking: a save names the version it changed; 0 in the API means "still the default". */
  version: integer('version').notNull().default(1),
});

/** One run of the retention job: what it deleted or anonymised, per kind. */
export const retentionRuns = pgTable(
  'retention_runs',
  {
    id: idColumn(),
    ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
    /** job | manual */
    trigger: varchar('trigger', { length: 10 }).notNull(),
    actorName: text('actor_name').notNull(),
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
    cutoffs: jsonb('cutoffs').$type<Record<string, string>>().notNull(),
    /** Per kind: records that were due but kept because their processing is restricted (Art. 18). */
    kept: jsonb('kept').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [index('retention_runs_ran_at_idx').on(t.ranAt)],
);

/** Requests of citizens (Art. 15, 17, 18 GDPR): who did what, why, and what it touched. */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: idColumn(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** access | erasure | restriction */
    kind: varchar('kind', { length: 12 }).notNull(),
    subject: jsonb('subject').$type<Record<string, string>>().notNull(),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    recordCount: integer('record_count').notNull(),
    records: jsonb('records').$type<{ module: string; kind: string; id: string; tenantId: string | null }[]>().notNull(),
  },
  (t) => [index('privacy_requests_at_idx').on(t.at)],
);

/** Records whose processing is restricted (Art. 18): kept, shown as restricted, not erased by retention or requests. */
export const privacyRestrictions = pgTable('privacy_restrictions', {
  recordId: uuid('record_id').primaryKey(),
  kind: varchar('kind', { length: 40 }).notNull(),
  requestId: uuid('request_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  /** First retention run that would have deleted or anonymised the record and kept it for the restriction. */
  retentionDueSince: timestamp('retention_due_since', { withTimezone: true }),
});
