import { ALL_TENANTS, type Database, type Tx } from '../db/database.js';
import type { Clock } from '../time/clock.js';
import { claimDueMails, markMailFailed, markMailSent, type OutboxMailRow } from './mail.repository.js';
import type { MailTransport } from './transport.js';

/**
 * What a module does once one of its mails has actually left, keyed by the purpose's
 * topic (`request` for `request.delivery`). Runs in the short transaction that marks
 * the mail sent, so the effect and the "sent" mark commit together. Modules export
 * theirs through their public entry; the app wires them (platform imports no module).
 */
export type MailSentEffect = (tx: Tx, mail: OutboxMailRow, sentAt: Date) => Promise<void>;
export type MailSentEffects = Readonly<Record<string, MailSentEffect>>;

export interface DispatchOptions {
  clock: Clock;
  from: string;
  /** Mails claimed per run (default 20). */
  batchSize?: number;
  /** After this many failed attempts a mail is marked failed (shown to supervisors), not retried (default 10). */
  maxAttempts?: number;
  /** How long a claim holds; afterwards another dispatcher may take the mail over (default 10 min). Longer than a batch's worst case. */
  leaseMs?: number;
  /** First retry delay; doubles per attempt (default 30 s). */
  retryBaseMs?: number;
  /** Longest retry delay (default 1 h). */
  retryMaxMs?: number;
  effects?: MailSentEffects;
  /** Right-hand side of the Message-ID (default: the domain of `from`). */
  messageIdDomain?: string;
}

export interface DispatchResult {
  claimed: number;
  sent: number;
  failed: number;
  /** Mails given up for good in this run (maximum of attempts reached). */
  gaveUp: number;
}

/** Retry delay after the n-th failed attempt: base, 2 × base, 4 × base … capped. */
export const retryDelayMs = (attempts: number, baseMs = 30_000, maxMs = 3_600_000) =>
  Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);

/** The Message-ID of an outbox mail: its id, so a duplicate after a crash between "sent" and "marked" is recognisable. */
export const messageIdOf = (id: string, domain: string) => `<${id}@${domain}>`;

const domainOf = (from: string) => /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'dialogcenter.invalid';
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends due mails from the outbox, at least once each:
 * 1. claim a batch in one short transaction (FOR UPDATE SKIP LOCKED, status sending with a
 *    lease) and COMMIT;
 * 2. send each mail with no transaction open (SMTP timeouts bound every wait);
 * 3. record each outcome in its own short transaction: sent (+ the module's effect), or the
 *    next attempt with exponential backoff, or failed after the maximum of attempts.
 * One failing mail never stops the others. A crash after sending but before marking sends
 * that mail again once its lease ran out; its Message-ID (the outbox id) stays the same.
 */
export async function dispatchOutbox(database: Database, transport: MailTransport, options: DispatchOptions): Promise<DispatchResult> {
  const { clock } = options;
  const maxAttempts = options.maxAttempts ?? 10;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const domain = options.messageIdDomain ?? domainOf(options.from);
  const claimedAt = clock.now();
  const claimed = await database.scoped(ALL_TENANTS, (tx) =>
    claimDueMails(tx, claimedAt, new Date(+claimedAt + leaseMs), options.batchSize ?? 20),
  );
  const result: DispatchResult = { claimed: claimed.length, sent: 0, failed: 0, gaveUp: 0 };
  for (const mail of claimed) {
    const token = mail.claimToken!;
    let rejected: string[];
    try {
      ({ rejected } = await transport.send({
        messageId: messageIdOf(mail.id, domain),
        from: options.from,
        to: mail.toAddresses,
        subject: mail.subject,
        text: mail.bodyText,
        attachments: mail.attachments,
      }));
    } catch (error) {
      result.failed++;
      const giveUp = mail.attempts >= maxAttempts;
      if (giveUp) result.gaveUp++;
      const now = clock.now();
      await database.scoped(ALL_TENANTS, (tx) =>
        markMailFailed(tx, mail.id, token, {
          status: giveUp ? 'failed' : 'pending',
          nextAttemptAt: new Date(+now + retryDelayMs(mail.attempts, options.retryBaseMs, options.retryMaxMs)),
          lastError: errorText(error),
        }),
      );
      continue;
    }
    const sentAt = clock.now();
    const note = rejected.length ? `Vom Mailserver abgelehnt: ${rejected.join(', ')}`.slice(0, 500) : null;
    const effect = options.effects?.[mail.purpose.split('.')[0]!];
    try {
      await database.scoped(ALL_TENANTS, async (tx) => {
        if ((await markMailSent(tx, mail.id, token, sentAt, note)) && effect) await effect(tx, mail, sentAt);
      });
    } catch (error) {
      if (!effect) throw error;
      // The mail left; a failing effect must not make it go out again: mark it sent alone, keep the error.
      await database.scoped(ALL_TENANTS, (tx) =>
        markMailSent(tx, mail.id, token, sentAt, `Folgeschritt fehlgeschlagen: ${errorText(error)}`.slice(0, 500)),
      );
    }
    result.sent++;
  }
  return result;
}
