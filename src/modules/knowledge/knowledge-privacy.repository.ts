import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { countOf, type RetentionOutcome } from '../../platform/privacy/personal-data.js';

/** Agents' search logs older than the cutoff deleted (a search may hold a name or a number typed in). */
export const purgeSearchLogs = async (tx: Tx, cutoff: Date): Promise<RetentionOutcome> => ({
  changed: await countOf(tx, sql`delete from knowledge_searches where created_at < ${cutoff} returning 1`),
  kept: [],
});
