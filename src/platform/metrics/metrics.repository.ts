import { sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../db/database.js';

export interface JobQueueRow {
  name: string;
  waiting: number;
  active: number;
  failed: number;
}

/**
 * Jobs of pg-boss per queue: waiting (created or retry, start time reached or not), active, failed
 * (kept until pg-boss archives them). Empty before the job runner created its schema.
 */
export async function jobQueueDepths(q: Queryable): Promise<JobQueueRow[]> {
  const [exists] = await queryRows<{ present: boolean }>(q, sql`select to_regclass('pgboss.job') is not null as present`);
  if (!exists?.present) return [];
  return queryRows<JobQueueRow>(
    q,
    sql`select name,
               count(*) filter (where state in ('created', 'retry'))::int as waiting,
               count(*) filter (where state = 'active')::int as active,
               count(*) filter (where state = 'failed')::int as failed
        from pgboss.job group by name order by name`,
  );
}
