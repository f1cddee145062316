/**
 * Public entry of the onboarding module (issue 18, decisions 0170-0173): readiness checks of a tenant
 * read through the owning modules' entries, the purpose agreement's steps and documents, scheduled
 * go-live and leaving. The only file app.ts, jobs, demo data and tests import.
 */
export { onboardingRoutes } from './onboarding.routes.js';
export { onboardingJobs, ONBOARDING_SCHEDULE_JOB } from './onboarding.jobs.js';
export {
  getReadiness,
  runOnboardingSchedule,
  updateOnboarding,
  updateStep,
  uploadDocument,
  type ScheduleRunResult,
} from './onboarding.service.js';
export { seedOnboardingDemo } from './onboarding.demo.js';
