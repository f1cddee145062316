import { lt, sql } from 'drizzle-orm';
import { queryRows, type Queryable } from '../db/database.js';
import { rateLimitHits } from './rate-limit.schema.js';

/** Records this hit and returns how many hits the bucket had in the window before it, in one round trip. */
export async function recordHitAndCountEarlier(q: Queryable, bucket: string, since: Date, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    q,
    sql`with recorded as (insert into rate_limit_hits (bucket, at) values (${bucket}, ${now.toISOString()}::timestamptz) returning id)
        select count(*)::int as n from rate_limit_hits
        where bucket = ${bucket} and at > ${since.toISOString()}::timestamptz and at <= ${now.toISOString()}::timestamptz`,
  );
  return row?.n ?? 0;
}

export async function deleteHitsBefore(q: Queryable, before: Date) {
  await q.delete(rateLimitHits).where(lt(rateLimitHits.at, before));
}

export async function countHitsSince(q: Queryable, bucket: string, since: Date, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    q,
    sql`select count(*)::int as n from rate_limit_hits
        where bucket = ${bucket} and at > ${since.toISOString()}::timestamptz and at <= ${now.toISOString()}::timestamptz`,
  );
  return row?.n ?? 0;
}

export async function insertHit(q: Queryable, bucket: string, now: Date) {
  await q.insert(rateLimitHits).values({ bucket, at: now });
}
