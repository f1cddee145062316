import type { FastifyInstance } from 'fastify';
import { dispatchOutbox, smtpTransport, type MailTransport } from './mail-dispatcher.js';
import { ticketSettings } from './request-lifecycle.js';
import { remindAndEscalate } from './sla-sweep.service.js';

/**
 * The two periodic jobs of the second level, inside the server process: the
 * outbox dispatcher and the deadline sweep. Small polling loops instead of a job
 * library (decision 0031): both are idempotent and safe to run on several
 * instances (SKIP LOCKED claims, once-only timestamps).
 */
export function startTicketJobs(app: FastifyInstance) {
  const { config, database } = app;
  const settings = ticketSettings(config);
  const transport: MailTransport | null = config.SMTP_URL ? smtpTransport(config.SMTP_URL) : null;
  if (!transport) app.log.warn('SMTP_URL fehlt: Mails bleiben im Postausgang, bis ein Mailserver konfiguriert ist.');
  let busy = false;
  const guarded = (name: string, job: () => Promise<unknown>) => async () => {
    if (busy) return;
    busy = true;
    try {
      await job();
    } catch (error) {
      app.log.error({ err: error }, `${name} fehlgeschlagen`);
    } finally {
      busy = false;
    }
  };
  const timers = [
    transport &&
      setInterval(guarded('Postausgang', () => dispatchOutbox(database, transport, { from: config.MAIL_FROM })), config.OUTBOX_POLL_SECONDS * 1000),
    setInterval(guarded('Fristüberwachung', () => remindAndEscalate(database, { settings })), config.SLA_SWEEP_SECONDS * 1000),
  ].filter((t): t is NodeJS.Timeout => !!t);
  for (const t of timers) t.unref();
  app.addHook('onClose', async () => {
    for (const t of timers) clearInterval(t);
    transport?.close();
  });
}
