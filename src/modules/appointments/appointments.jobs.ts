import type { Config } from '../../config.js';
import type { JobDefinition } from '../../platform/jobs/jobs.js';
import { appointmentSettings } from './appointment-settings.js';
import { sweepAppointments } from './waitlist.service.js';

export const APPOINTMENTS_SWEEP_JOB = 'appointments-sweep';

/**
 * The appointment sweeper, run by the app's job runner: expired holds go, expired
 * waiting-list offers pass on, reminders 24 h ahead are queued (the mail outbox sends
 * them), past personal data is blanked. Safe to run on several instances (SKIP LOCKED).
 */
export function appointmentJobs(config: Config): JobDefinition[] {
  const settings = appointmentSettings(config);
  return [
    {
      name: APPOINTMENTS_SWEEP_JOB,
      everySeconds: config.APPOINTMENT_SWEEP_SECONDS,
      handler: ({ database, clock }) => sweepAppointments(database, settings, clock.now()),
    },
  ];
}
