import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { appRole, scopeCondition } from '../db/tenant-policy.js';

/**
 * Append-only audit trail: logins, permission changes, data changes and reads of
 * personal data. Written in the same transaction as the change it records. A
 * trigger refuses UPDATE and DELETE for everyone (see migration 0002).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** Copied, so the trail stays readable when the account is renamed or removed. */
    actorName: text('actor_name').notNull(),
    /** Tenant whose data was touched; null for center-wide events such as logins. */
    tenantId: uuid('tenant_id'),
    /** Dotted verb, e.g. `auth.login`, `tenant.updated`, `personal_data.read`. */
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_tenant_at_idx').on(t.tenantId, t.at),
    index('audit_log_actor_at_idx').on(t.actorUserId, t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    // The auditor page filters by login name, newest first. A plain column, not lower(): under
    // row-level security only leakproof operators (text =, not lower()) can be index conditions.
    // Login names are lower-case already (users_username_lower).
    index('audit_log_actor_name_id_idx').on(t.actorName, t.id),
    // Anyone may append; reading follows the tenant scope (center-wide rows only for '*').
    pgPolicy('audit_insert', { as: 'permissive', for: 'insert', to: appRole, withCheck: sql`true` }),
    pgPolicy('audit_select', {
      as: 'permissive',
      for: 'select',
      to: appRole,
      using: sql.raw(scopeCondition('tenant_id')),
    }),
  ],
).enableRLS();
