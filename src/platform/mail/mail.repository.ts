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

/** Written where a purged mail's recipients, subject and text were. */
export const PURGED_MAIL = '(gelöscht)';

/** An e-mail address in a server's error text (POSIX classes: no backslashes to escape). */
const EMAIL_PATTERN = '[^[:space:]<>,;:()]+@[^[:space:]<>,;:()]+';

const purgeSet = (at: Date) =>
  sql`to_addresses = array[${PURGED_MAIL}]::text[], subject = ${PURGED_MAIL}, body_text = ${PURGED_MAIL}, attachments = '[]'::jsonb,
      last_error = regexp_replace(last_error, ${EMAIL_PATTERN}, ${PURGED_MAIL}, 'g'), purged_at = ${at.toISOString()}::timestamptz`;

/** Finished mails (sent, or failed for good) older than the cutoff that still hold their content. */
const duePurge = (cutoff: Date) =>
  sql`status in ('sent', 'failed') and purged_at is null and coalesce(sent_at, next_attempt_at) < ${cutoff.toISOString()}::timestamptz`;

/** Ids of the records (ref_id) whose mails are due, among `refIds`. */
export async function mailRefsDue(tx: Tx, cutoff: Date, refIds: readonly string[]): Promise<string[]> {
  if (refIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select distinct ref_id::text as id from outbox_mail where ${duePurge(cutoff)} and ref_id = any(${`{${refIds.join(',')}}`}::uuid[])`,
  );
  return rows.map((r) => r.id);
}

/** Purges what is due, except the mails of `keepRefIds` (restricted records); returns how many mails. */
export async function purgeFinishedMails(tx: Tx, cutoff: Date, at: Date, keepRefIds: readonly string[]): Promise<number> {
  const keep = keepRefIds.length === 0 ? sql`true` : sql`(ref_id is null or not (ref_id = any(${`{${keepRefIds.join(',')}}`}::uuid[])))`;
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with changed as (update outbox_mail set ${purgeSet(at)} where ${duePurge(cutoff)} and ${keep} returning 1)
        select count(*)::int as n from changed`,
  );
  return row?.n ?? 0;
}

/** An erased record's mails (Art. 17), whatever their state but pending or being sent; returns how many. */
export async function purgeMailsOf(tx: Tx, refId: string, at: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`with changed as (update outbox_mail set ${purgeSet(at)}
                          where ref_id = ${refId}::uuid and purged_at is null and status in ('sent', 'failed') returning 1)
        select count(*)::int as n from changed`,
  );
  return row?.n ?? 0;
}
