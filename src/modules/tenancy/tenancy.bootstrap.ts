import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../platform/db/database.js';

/** How many tenants exist: 0 means a fresh installation (start-up decides on demo data). */
export async function listTenantsCount(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from tenants`);
  return row?.n ?? 0;
}
