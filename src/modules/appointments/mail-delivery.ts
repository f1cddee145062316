import nodemailer, { type Transporter } from 'nodemailer';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import type { AppointmentSettings } from './appointment-settings.js';
import { lockNextPendingMail, markMailFailed, markMailSent } from './mail-outbox.repository.js';

const transports = new Map<string, Transporter>();
const transportFor = (url: string) => {
  let t = transports.get(url);
  if (!t) transports.set(url, (t = nodemailer.createTransport(url)));
  return t;
};

/**
 * Sends what the outbox holds, one mail per transaction (row locked with SKIP
 * LOCKED, so parallel senders never send one mail twice). Without SMTP_URL the
 * mails wait. Failures are counted and retried by the next run (at most five tries).
 */
export async function deliverPendingMail(database: Database, settings: AppointmentSettings, max = 50): Promise<number> {
  if (!settings.smtpUrl) return 0;
  const transport = transportFor(settings.smtpUrl);
  let sent = 0;
  for (let i = 0; i < max; i++) {
    const done = await database.scoped(ALL_TENANTS, async (tx) => {
      const mail = await lockNextPendingMail(tx);
      if (!mail) return false;
      try {
        await transport.sendMail({
          from: settings.mailFrom,
          to: mail.recipient,
          subject: mail.subject,
          text: mail.bodyText,
          ...(mail.ics
            ? {
                attachments: [
                  { filename: 'termin.ics', content: mail.ics, contentType: `text/calendar; charset=utf-8; method=${mail.icsMethod ?? 'PUBLISH'}` },
                ],
              }
            : {}),
        });
        await markMailSent(tx, mail.id);
        sent++;
      } catch (error) {
        await markMailFailed(tx, mail.id, error instanceof Error ? error.message : String(error));
        return false;
      }
      return true;
    });
    if (!done) break;
  }
  return sent;
}
