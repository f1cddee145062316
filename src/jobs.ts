import { directDatabaseUrl, type Config } from './config.js';
import { appointmentJobs } from './modules/appointments/index.js';
import { itFaultJobs, itFaultMailEffects } from './modules/itfaults/index.js';
import { runRetention } from './modules/privacy/index.js';
import { onboardingJobs } from './modules/onboarding/index.js';
import { rederiveCallRollups, runMonthlyReports } from './modules/reporting/index.js';
import { systemActor } from './platform/auth/actor.js';
import { ticketJobs, ticketMailEffects } from './modules/tickets/index.js';
import type { Database } from './platform/db/database.js';
import { createJobRunner, type JobDefinition, type JobLogger, type JobRunner } from './platform/jobs/jobs.js';
import { dispatchOutbox, type MailSentEffects } from './platform/mail/dispatcher.js';
import { mailOutboxJob } from './platform/mail/mail-job.js';
import { smtpTransport, type SmtpSettings } from './platform/mail/transport.js';
import type { Clock } from './platform/time/clock.js';

/**
 * Every background job of the product, in one place: the platform's mail outbox and
 * the jobs each module contributes (a new module adds its list here, like its route
 * plugin in app.ts). Started by src/main.ts, never by a route plugin.
 */

/** What each module does after one of its mails has left, by purpose topic. */
export const mailSentEffects: MailSentEffects = { ...ticketMailEffects, ...itFaultMailEffects };

export const smtpSettings = (config: Config, url = config.SMTP_URL ?? ''): SmtpSettings => ({
  url,
  connectionTimeoutMs: config.SMTP_CONNECTION_TIMEOUT_MS,
  greetingTimeoutMs: config.SMTP_GREETING_TIMEOUT_MS,
  socketTimeoutMs: config.SMTP_SOCKET_TIMEOUT_MS,
});

/** The dispatcher settings from the config (also for tests that call the dispatcher directly). */
export const outboxSettings = (config: Config) => ({
  from: config.MAIL_FROM,
  batchSize: config.OUTBOX_BATCH_SIZE,
  maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
  leaseMs: config.OUTBOX_LEASE_SECONDS * 1000,
  retryBaseMs: config.OUTBOX_RETRY_SECONDS * 1000,
  effects: mailSentEffects,
});

export function appJobs(config: Config, log?: JobLogger): JobDefinition[] {
  const jobs: JobDefinition[] = [];
  if (config.SMTP_URL) {
    jobs.push(mailOutboxJob({ ...outboxSettings(config), smtp: smtpSettings(config), everySeconds: config.OUTBOX_POLL_SECONDS }));
  } else {
    log?.warn({}, 'SMTP_URL fehlt: Mails bleiben im Postausgang, bis ein Mailserver konfiguriert ist.');
  }
  jobs.push(...ticketJobs(config), ...appointmentJobs(config), ...itFaultJobs(config), ...onboardingJobs(config), ...nightlyJobs());
  return jobs;
}

/**
 * Nightly work: re-derive yesterday's call rollups from the calls and report any
 * difference (there must be none: the ingest keeps them in step), and apply the retention
 * per kind of data (the dispatch call-back numbers among them, 30 days by default).
 */
function nightlyJobs(): JobDefinition[] {
  return [
    {
      name: 'reporting-rollup-check',
      cron: '30 2 * * *',
      timeoutSeconds: 3600,
      handler: async ({ database, clock, log }) => {
        const result = await rederiveCallRollups(database, clock);
        if (result.differences.length > 0) {
          log.warn({ day: result.day, differences: result.differences.length }, 'Rollups wichen von den Anrufen ab');
        }
        return { day: result.day, calls: result.calls, differences: result.differences.length };
      },
    },
    {
      // Daily at 06:00 Berlin; makes the previous month's reports on (or after) the month's first working day, once.
      name: 'reporting-monthly-report',
      cron: '0 6 * * *',
      timeoutSeconds: 3600,
      handler: async ({ database, clock, log }) => {
        const result = await runMonthlyReports(database, clock);
        if (result.created.length > 0) log.info({ month: result.month, created: result.created.length }, 'Monatsberichte erstellt');
        return { month: result.month, due: result.due, created: result.created.length, existing: result.existing };
      },
    },
    {
      // Daily at 03:45 Berlin: deletes or anonymises per kind of data what its retention lets go (decision 0137).
      name: 'privacy-retention',
      cron: '45 3 * * *',
      timeoutSeconds: 3600,
      handler: async ({ database, clock, log }) => {
        const run = await runRetention({ database, clock, actor: systemActor('retention'), trigger: 'job' });
        log.info({ counts: run.counts }, 'Aufbewahrungsfristen angewandt');
        return { run: run.id, counts: run.counts };
      },
    },
  ];
}

export function createAppJobRunner(options: {
  config: Config;
  database: Database;
  clock: Clock;
  log: JobLogger;
  pollingIntervalSeconds?: number;
  /** PostgreSQL URL for pg-boss when it is not the configured direct URL (tests: the per-test database). */
  connectionString?: string;
}): JobRunner {
  const runner = createJobRunner({
    database: options.database,
    clock: options.clock,
    log: options.log,
    // pg-boss (10.x) takes only transaction advisory locks and would pass pgbouncer, but its schema
    // migration and maintenance run long transactions: on the direct URL they hold no pooler slot.
    // Decision 0148.
    connectionString: options.connectionString ?? directDatabaseUrl(options.config),
    timeZone: options.config.TZ_BUSINESS,
    pollingIntervalSeconds: options.pollingIntervalSeconds,
  });
  for (const job of appJobs(options.config, options.log)) runner.registerJob(job);
  return runner;
}

/** One outbox run with the configured SMTP server and a fresh transport (tests, CLI). */
export async function dispatchOutboxOnce(database: Database, config: Config, clock: Clock, url = config.SMTP_URL) {
  if (!url) throw new Error('dispatchOutboxOnce: no SMTP_URL');
  const transport = smtpTransport(smtpSettings(config, url));
  try {
    return await dispatchOutbox(database, transport, { ...outboxSettings(config), clock });
  } finally {
    transport.close();
  }
}
