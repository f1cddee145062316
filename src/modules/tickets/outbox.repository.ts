import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { mailOutbox } from './tickets.schema.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;
export type OutboxInsert = typeof mailOutbox.$inferInsert;

export async function insertOutboxMail(tx: Tx, values: OutboxInsert): Promise<OutboxRow> {
  const [row] = await tx.insert(mailOutbox).values(values).returning();
  return row!;
}

/**
 * Claims up to `limit` due mails for one dispatcher: pending ones whose next
 * attempt is due, and ones another dispatcher claimed but never finished (crash).
 * FOR UPDATE SKIP LOCKED lets several dispatchers run side by side on PostgreSQL
 * without taking the same mail.
 */
export async function claimDueMails(tx: Tx, now: Date, staleBefore: Date, limit: number): Promise<OutboxRow[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update mail_outbox set status = 'sending', claimed_at = ${now.toISOString()}::timestamptz, attempts = attempts + 1
        where id in (
          select id from mail_outbox
          where (status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz)
             or (status = 'sending' and claimed_at < ${staleBefore.toISOString()}::timestamptz)
          order by next_attempt_at
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  if (rows.length === 0) return [];
  return tx
    .select()
    .from(mailOutbox)
    .where(sql`${mailOutbox.id} in (${sql.join(rows.map((r) => sql`${r.id}::uuid`), sql`, `)})`);
}

/** Marks a claimed mail sent; false when the claim was lost (someone else took it over). */
export async function markMailSent(tx: Tx, id: string, claimedAt: Date, sentAt: Date): Promise<boolean> {
  const rows = await tx
    .update(mailOutbox)
    .set({ status: 'sent', sentAt, claimedAt: null, lastError: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending'), eq(mailOutbox.claimedAt, claimedAt)))
    .returning({ id: mailOutbox.id });
  return rows.length === 1;
}

export async function markMailFailed(tx: Tx, id: string, values: { status: 'pending' | 'failed'; nextAttemptAt: Date; lastError: string }) {
  await tx
    .update(mailOutbox)
    .set({ ...values, claimedAt: null })
    .where(and(eq(mailOutbox.id, id), eq(mailOutbox.status, 'sending')));
}

export const listOutboxForRequest = (tx: Tx, requestId: string) =>
  tx.select().from(mailOutbox).where(eq(mailOutbox.requestId, requestId)).orderBy(mailOutbox.createdAt);

export async function outboxBacklog(tx: Tx): Promise<{ pending: number; failed: number; oldestPendingAt: string | null }> {
  const [row] = await queryRows<{ pending: number; failed: number; oldestPendingAt: string | null }>(
    tx,
    sql`select count(*) filter (where status in ('pending', 'sending'))::int as pending,
               count(*) filter (where status = 'failed')::int as failed,
               min(created_at) filter (where status in ('pending', 'sending'))::text as "oldestPendingAt"
        from mail_outbox`,
  );
  return row!;
}
