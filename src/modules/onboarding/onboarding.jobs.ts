import type { Config } from '../../config.js';
import type { JobDefinition } from '../../platform/jobs/jobs.js';
import { runOnboardingSchedule } from './onboarding.service.js';

export const ONBOARDING_SCHEDULE_JOB = 'onboarding-schedule';

/** Scheduled go-lives and leavings, exports' deletion dates (decision 0170); the clock is the runner's. */
export function onboardingJobs(config: Config): JobDefinition[] {
  return [
    {
      name: ONBOARDING_SCHEDULE_JOB,
      everySeconds: config.ONBOARDING_JOB_SECONDS,
      handler: async ({ database, clock }) => {
        await runOnboardingSchedule(database, clock);
      },
    },
  ];
}
