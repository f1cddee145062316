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
import type { Role } from '../../platform/auth/roles.js';
import { createdAt, idColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenants } from '../tenancy/tenancy.schema.js';

/**
 * Staff accounts. The center's own staff (agents, supervisors, dispatchers, billing,
 * admins, auditors) work for every tenant and have no tenant; editors and back-office
 * staff belong to exactly one tenant, back-office staff also to departments.
 */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    /** Lower-case login name. */
    username: varchar('username', { length: 80 }).notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    /** argon2id, PHC string format; `NO_PASSWORD` for an account made by single sign-on (no local login). */
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().$type<Role[]>().notNull(),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    departmentIds: uuid('department_ids').array().notNull().default(sql`'{}'::uuid[]`),
    active: boolean('active').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** Single sign-on (decision 0132): the identity provider's issuer and the user's subject there; the one link. */
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    check('users_roles_nonempty', sql`cardinality(${t.roles}) > 0`),
    check('users_username_lower', sql`${t.username} = lower(${t.username})`),
    check('users_oidc_identity_whole', sql`(${t.oidcIssuer} is null) = (${t.oidcSubject} is null)`),
    uniqueIndex('users_oidc_identity_unique').on(t.oidcIssuer, t.oidcSubject),
  ],
);

/**
 * Single sign-on logins under way (decision 0132): the state (its SHA-256; the browser holds it in a
 * short-lived cookie), PKCE verifier and nonce of one authorization request, used once at the callback.
 * In the database, not in process memory, so the callback may reach another app instance.
 */
export const oidcLoginStates = pgTable('oidc_login_states', {
  stateHash: varchar('state_hash', { length: 64 }).primaryKey(),
  codeVerifier: text('code_verifier').notNull(),
  nonce: text('nonce').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: varchar('token_hash', { length: 64 }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Login locks per login name AND source (a client address, or a known device). Failed
 * passwords from one source lock only that source out, with a delay that grows with
 * every further failure; the same row is kept for unknown names, so a lock tells nobody
 * whether the name exists. The account's "locked until" is read from here (no copy on users).
 */
export const loginLocks = pgTable(
  'login_locks',
  {
    username: varchar('username', { length: 80 }).notNull(),
    /** `ip:<address>` or `device:<first 16 hex of the device token's hash>`. */
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.username, t.source] })],
);

/** Devices a user has signed in from (long-lived HttpOnly cookie; only its SHA-256 stored). A shared
 * workplace's one cookie is known for every account that signed in there. */
export const knownDevices = pgTable(
  'known_devices',
  {
    tokenHash: varchar('token_hash', { length: 64 }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenHash, t.userId] })],
);
