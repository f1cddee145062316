import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './database.js';

export const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));

/** Any constant: the advisory lock key that serialises migrations across app instances. */
const MIGRATION_LOCK_KEY = 4_711_115;

/**
 * Applies pending migrations; already applied ones are skipped (drizzle keeps a
 * journal in drizzle.__drizzle_migrations), so this is safe on every start and
 * when several instances start at once against one PostgreSQL.
 */
export async function runMigrations(database: Database, databaseUrl?: string): Promise<void> {
  if (database.kind === 'pglite' && database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  if (!databaseUrl) throw new Error('runMigrations on PostgreSQL needs the database URL');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

export interface MigrationState {
  applied: number;
  known: number;
  pending: number;
  latest: string | null;
}

export async function readMigrationState(database: Database): Promise<MigrationState> {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  let applied = 0;
  try {
    const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    applied = rows[0]?.n ?? 0;
  } catch {
    applied = 0;
  }
  const known = journal.entries.length;
  return {
    applied,
    known,
    pending: Math.max(0, known - applied),
    latest: journal.entries[applied - 1]?.tag ?? null,
  };
}
