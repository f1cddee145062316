import type { Config } from '../../config.js';
import type { JobDefinition } from '../../platform/jobs/jobs.js';
import type { MailSentEffects } from '../../platform/mail/dispatcher.js';
import { markHandedOverInTx } from './faults.service.js';
import { itFaultSettings } from './itfaults.settings.js';
import { purgeStatusReceipts } from './status-inbound.service.js';
import { deliverDueWebhooks, ITFAULT_WEBHOOK_JOB } from './webhook-delivery.service.js';

/** The IT fault desk's background jobs: webhook deliveries (retries with backoff) and forgetting old signatures. */
export function itFaultJobs(config: Config): JobDefinition[] {
  const settings = itFaultSettings(config);
  const jobs: JobDefinition[] = [
    {
      name: 'itfaults-status-receipts',
      cron: '40 3 * * *',
      handler: ({ database, clock }) => purgeStatusReceipts(database, clock, settings),
    },
  ];
  if (settings.webhookUrl) {
    jobs.push({
      name: ITFAULT_WEBHOOK_JOB,
      everySeconds: settings.webhookPollSeconds,
      timeoutSeconds: Math.ceil((20 * settings.webhookTimeoutMs) / 1000) + 60,
      handler: ({ database, clock }) => deliverDueWebhooks(database, clock, settings),
    });
  }
  return jobs;
}

/** After the hand-over mail left (outbox): the fault counts as handed over. */
export const itFaultMailEffects: MailSentEffects = {
  itfault: async (tx, mail, sentAt) => {
    if (mail.purpose === 'itfault.handover' && mail.refId)
      await markHandedOverInTx(tx, mail.refId, sentAt, `Mail an ${mail.toAddresses.join(', ')} versandt`);
  },
};
