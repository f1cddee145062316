import type { Tx } from '../db/database.js';
import { insertOutboxMail, listMailsFor, outboxBacklog, type OutboxMailRow, purgeMailsOf } from './mail.repository.js';
import type { MailAttachment } from './mail.schema.js';

export type { MailAttachment } from './mail.schema.js';
export type { OutboxMailRow } from './mail.repository.js';
export { listMailsFor, outboxBacklog, purgeMailsOf };

/** A mail a use case wants sent once its transaction has committed. */
export interface OutgoingMail {
  tenantId: string;
  /** `<topic>.<kind>`, e.g. `request.delivery`; the topic selects the after-sent effect (see MailSentEffects). */
  purpose: string;
  /** The record the mail belongs to, if any (service request, appointment ...). */
  refId?: string | null;
  to: string[];
  subject: string;
  text: string;
  attachments?: MailAttachment[];
  /**
   * First attempt not before this instant: the use case's now (`ctx.clock.now()`), or later. Required: the
   * dispatcher compares it with its clock, so the database's `now()` (wall clock) must not decide it.
   */
  notBefore: Date;
}

let queued = 0;
/**
 * How many mails this process has queued so far (monotonic). The app compares it after
 * a request or job finished, i.e. after its commit, and asks the outbox job for an early
 * run, so a booking confirmation leaves within seconds instead of at the next poll.
 */
export const queuedMailCount = () => queued;

const PURPOSE = /^[a-z][a-z0-9_]*\.[a-z0-9_.-]+$/;

/**
 * Puts a mail into the outbox inside the caller's transaction (the use case's, with its
 * tenant scope: row-level security refuses a mail for another tenant). It leaves only
 * when that transaction commits; a rollback leaves no mail behind. Duplicate and empty
 * recipients are dropped; with no recipient left nothing is queued (returns null).
 */
export async function enqueueMail(tx: Tx, mail: OutgoingMail): Promise<OutboxMailRow | null> {
  if (!PURPOSE.test(mail.purpose)) throw new Error(`enqueueMail: purpose must look like topic.kind, got "${mail.purpose}"`);
  const to = [...new Set(mail.to.map((a) => a.trim()).filter(Boolean))];
  if (to.length === 0) return null;
  queued++;
  return insertOutboxMail(tx, {
    tenantId: mail.tenantId,
    purpose: mail.purpose,
    refId: mail.refId ?? null,
    toAddresses: to,
    subject: mail.subject,
    bodyText: mail.text,
    attachments: mail.attachments ?? [],
    nextAttemptAt: mail.notBefore,
  });
}
