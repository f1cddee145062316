/** The job platform's public surface for modules and the app. */
export {
  createJobRunner,
  jobRunCounts,
  type JobRunCounts,
  type JobContext,
  type JobDefinition,
  type JobLogger,
  type JobRunner,
  type JobRunnerOptions,
} from './job-runner.js';

/** What route handlers may do with the runner: ask for an early run (decorated as `app.jobs`). */
export interface JobTrigger {
  trigger(name: string): void;
}

/** The trigger when no runner runs (tests, CLI): jobs are called directly there. */
export const noJobTrigger: JobTrigger = { trigger: () => undefined };
