import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/database.js';
import { outboxMail } from './mail.schema.js';

/** SQL of the mail outbox; only the outbox and the dispatcher call it. */
export type OutboxMailRow = typeof outboxMail.$inferSelect;
export type OutboxMailInsert = typeof outboxMail.$inferInsert;

export async function insertOutboxMail(tx: Tx, values: OutboxMailInsert): Promise<OutboxMailRow> {
  const [row] = await tx.insert(outboxMail).values(values).returning();
  return row!;
}

/**
 * Claims up to `limit` due mails for one dispatcher and marks them `sending` with a
 * lease: pending mails whose next attempt is due, and mails whose lease ran out (the
 * dispatcher holding them died). FOR UPDATE SKIP LOCKED lets several dispatchers run
 * side by side without taking the same mail. The caller commits right after, so no
 * lock is held while mail is sent.
 */
export async function claimDueMails(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<OutboxMailRow[]> {
  const token = randomUUID();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update outbox_mail
        set status = 'sending', claim_token = ${token}::uuid, lease_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
        where id in (
          select id from outbox_mail
          where (status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz)
             or (status = 'sending' and lease_until < ${now.toISOString()}::timestamptz)
          order by next_attempt_at
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  if (rows.length === 0) return [];
  return tx
    .select()
    .from(outboxMail)
    .where(
      and(
        eq(outboxMail.claimToken, token),
        sql`${outboxMail.id} in (${sql.join(
          rows.map((r) => sql`${r.id}::uuid`),
          sql`, `,
        )})`,
      ),
    )
    .orderBy(outboxMail.nextAttemptAt);
}

/** Marks a claimed mail sent; false when the claim was lost (the lease ran out and another dispatcher took it over). */
export async function markMailSent(tx: Tx, id: string, claimToken: string, sentAt: Date, note: string | null): Promise<boolean> {
  const rows = await tx
    .update(outboxMail)
    .set({ status: 'sent', sentAt, claimToken: null, leaseUntil: null, lastError: note })
    .where(and(eq(outboxMail.id, id), eq(outboxMail.status, 'sending'), eq(outboxMail.claimToken, claimToken)))
    .returning({ id: outboxMail.id });
  return rows.length === 1;
}

/** Records a failed attempt: back to pending with the next attempt's time, or failed for good. */
export async function markMailFailed(
  tx: Tx,
  id: string,
  claimToken: string,
  values: { status: 'pending' | 'failed'; nextAttemptAt: Date; lastError: string },
): Promise<boolean> {
  const rows = await tx
    .update(outboxMail)
    .set({ ...values, claimToken: null, leaseUntil: null })
    .where(and(eq(outboxMail.id, id), eq(outboxMail.status, 'sending'), eq(outboxMail.claimToken, claimToken)))
    .returning({ id: outboxMail.id });
  return rows.length === 1;
}

/** The mails of one record (request, appointment), oldest first. */
export const listMailsFor = (tx: Tx, refId: string) =>
  tx.select().from(outboxMail).where(eq(outboxMail.refId, refId)).orderBy(outboxMail.createdAt);

/** Backlog figures for supervisors, within the transaction's tenant scope. */
export async function outboxBacklog(tx: Tx): Promise<{ pending: number; failed: number; oldestPendingAt: string | null }> {
  const [row] = await queryRows<{ pending: number; failed: number; oldestPendingAt: string | null }>(
    tx,
    sql`select count(*) filter (where status in ('pending', 'sending'))::int as pending,
               count(*) filter (where status = 'failed')::int as failed,
               min(created_at) filter (where status in ('pending', 'sending'))::text as "oldestPendingAt"
        from outbox_mail`,
  );
  return row!;
}
