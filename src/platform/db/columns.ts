import { sql } from 'drizzle-orm';
import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column helpers so every table spells ids and timestamps the same way. */
export const idColumn = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
export const tenantIdColumn = () => uuid('tenant_id').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** Optimistic locking: a write names the version it read; a stale write is a CONFLICT. */
export const versionColumn = () => integer('version').notNull().default(1);
