import { index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../../db/columns.js';
import { tenantIsolationPolicy } from '../../db/tenant-policy.js';

/**
 * API tokens of machines (telephone systems, the IT service desk, reporting and billing
 * readers): only the token's SHA-256 is stored, the token itself is shown once. A token
 * holds scopes, expires (migrated telephony tokens may have no expiry until rotated), is
 * revoked rather than deleted, and records its last use.
 *
 * `tenant_id` null: a center-wide token, visible only to center-wide scopes (RLS: null is
 * in no tenant list). `subject_type`/`subject_id` name what the token speaks for, e.g.
 * `telephone_system` and its id (several tokens per subject allow rotation with overlap).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: idColumn(),
    tenantId: uuid('tenant_id'),
    name: text('name').notNull(),
    scopes: text('scopes').array().notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    /** The first characters of the token, to recognise it in the list (null for migrated tokens). */
    tokenPrefix: varchar('token_prefix', { length: 16 }),
    subjectType: varchar('subject_type', { length: 40 }),
    subjectId: uuid('subject_id'),
    createdAt: createdAt(),
    createdBy: text('created_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedIp: varchar('last_used_ip', { length: 64 }),
  },
  (t) => [tenantIsolationPolicy(), index('api_tokens_subject_idx').on(t.subjectType, t.subjectId)],
).enableRLS();
