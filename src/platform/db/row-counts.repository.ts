import { sql } from 'drizzle-orm';
import { ALL_TENANTS, queryRows, type Database } from './database.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Exact row counts of the named tables across all tenants, in one round trip.
 * For progress lines and reports of bulk steps (demo data), not for request paths.
 */
export async function countRows(database: Database, tables: readonly string[]): Promise<Record<string, number>> {
  if (tables.length === 0) return {};
  for (const table of tables) if (!IDENTIFIER.test(table)) throw new Error(`not a table name: ${table}`);
  const columns = sql.join(
    tables.map((table) => sql.raw(`(select count(*) from ${table})::int as ${table}`)),
    sql`, `,
  );
  const [row] = await database.scoped(ALL_TENANTS, (tx) => queryRows<Record<string, number>>(tx, sql`select ${columns}`));
  return row ?? {};
}
