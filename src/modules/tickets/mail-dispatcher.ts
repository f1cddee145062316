import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import * as outbox from './outbox.repository.js';
import { applyMailSentEffects } from './request-mail-effects.js';

/** What the dispatcher needs from a mail transport; SMTP in production and tests. */
export interface MailTransport {
  send(mail: { messageId: string; from: string; to: string[]; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** Real SMTP via nodemailer. Short timeouts: a dead server must not hold the dispatcher for minutes. */
export function smtpTransport(url: string): MailTransport {
  // Pooled: one SMTP connection carries many mails (a connection per mail costs a handshake each).
  const options = { url, pool: true, maxConnections: 2, maxMessages: 500, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 15_000 };
  const transporter = nodemailer.createTransport(options as SMTPTransport.Options);
  return {
    async send(mail) {
      await transporter.sendMail({ ...mail, to: mail.to.join(', ') });
    },
    close: () => transporter.close(),
  };
}

export interface DispatchOptions {
  from: string;
  now?: Date;
  batchSize?: number;
  /** After this many failed attempts a mail is marked failed (shown to supervisors), not retried. */
  maxAttempts?: number;
  /** A claim older than this is taken over (the dispatcher holding it died). */
  staleClaimMs?: number;
}

/** Retry delay after the n-th failed attempt: 30 s, 1 min, 2 min … capped at 1 hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * Sends due mails from the outbox. Claiming and marking are short transactions;
 * the SMTP conversation happens in between, outside any transaction, so a slow
 * mail server never holds database locks. Each mail carries its outbox id as
 * Message-ID, so the rare duplicate after a crash between "sent" and "marked"
 * can be recognised by the receiving side.
 */
export async function dispatchOutbox(database: Database, transport: MailTransport, options: DispatchOptions) {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? 10;
  const staleBefore = new Date(+now - (options.staleClaimMs ?? 10 * 60_000));
  const claimed = await database.scoped(ALL_TENANTS, (tx) => outbox.claimDueMails(tx, now, staleBefore, options.batchSize ?? 20));
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await transport.send({
        messageId: `<${mail.id}@dialogcenter.hannover.de>`,
        from: options.from,
        to: mail.toAddresses,
        subject: mail.subject,
        text: mail.body,
      });
    } catch (error) {
      failed++;
      const giveUp = mail.attempts >= maxAttempts;
      await database.scoped(ALL_TENANTS, (tx) =>
        outbox.markMailFailed(tx, mail.id, {
          status: giveUp ? 'failed' : 'pending',
          nextAttemptAt: new Date(+now + retryDelayMs(mail.attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error),
        }),
      );
      continue;
    }
    const sentAt = options.now ?? new Date();
    await database.scoped(ALL_TENANTS, async (tx) => {
      if (await outbox.markMailSent(tx, mail.id, mail.claimedAt!, sentAt)) await applyMailSentEffects(tx, mail, sentAt);
    });
    sent++;
  }
  return { claimed: claimed.length, sent, failed };
}
