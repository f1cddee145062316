import type { Config } from '../../config.js';
import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { MailSentEffects } from '../../platform/mail/dispatcher.js';
import { applyMailSentEffects } from './request-mail-effects.js';
import { ticketSettings } from './request-lifecycle.js';
import { remindAndEscalate } from './sla-sweep.service.js';

export const TICKETS_DEADLINE_SWEEP_JOB = 'tickets-deadline-sweep';

/**
 * The second level's background work, run by the app's job runner: reminders and
 * escalation in service hours. Idempotent (once-only timestamps, row locks), so a
 * second instance or a repeated run does no harm.
 */
export function ticketJobs(config: Config): JobDefinition[] {
  const settings = ticketSettings(config);
  return [
    {
      name: TICKETS_DEADLINE_SWEEP_JOB,
      everySeconds: config.SLA_SWEEP_SECONDS,
      handler: ({ database, clock }) => remindAndEscalate(database, { settings, now: clock.now() }),
    },
  ];
}

/** What a sent mail means for a request (delivered, citizen informed → closed), keyed by the purpose topic `request`. */
export const ticketMailEffects: MailSentEffects = { request: applyMailSentEffects };
