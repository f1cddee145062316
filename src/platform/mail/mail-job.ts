import type { JobDefinition } from '../jobs/job-runner.js';
import { dispatchOutbox, type DispatchOptions, type MailSentEffects } from './dispatcher.js';
import { smtpTransport, type MailTransport, type SmtpSettings } from './transport.js';

/** Name of the outbox job; modules trigger it after a commit that queued mail. */
export const MAIL_OUTBOX_JOB = 'mail-outbox';

export interface MailJobOptions extends Omit<DispatchOptions, 'clock' | 'effects'> {
  smtp: SmtpSettings;
  everySeconds: number;
  effects: MailSentEffects;
  /** Another transport instead of SMTP (tests). */
  transport?: MailTransport;
}

/** The outbox dispatcher as a job of the runner: one pooled SMTP transport, closed when the runner stops. */
export function mailOutboxJob(options: MailJobOptions): JobDefinition {
  let transport: MailTransport | null = options.transport ?? null;
  const { smtp, everySeconds, effects, transport: _given, ...dispatch } = options;
  return {
    name: MAIL_OUTBOX_JOB,
    everySeconds,
    // Longer than the lease would be pointless: after the lease another run may take the mails over anyway.
    timeoutSeconds: Math.ceil((dispatch.leaseMs ?? 10 * 60_000) / 1000),
    handler: async ({ database, clock }) => {
      transport ??= smtpTransport(smtp);
      return dispatchOutbox(database, transport, { ...dispatch, clock, effects });
    },
    close() {
      transport?.close();
      transport = options.transport ?? null;
    },
  };
}
