/**
 * Public entry of the appointments module (citizen and foreigners offices): the only file other modules,
 * app.ts, demo data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { appointmentsRoutes } from './appointments.routes.js';
export { seedAppointmentsDemo } from './appointments.demo.js';
export { appointmentSettings, type AppointmentSettings } from './appointment-settings.js';
export { appointmentJobs, APPOINTMENTS_SWEEP_JOB } from './appointments.jobs.js';
/** For the assistant: whether the tenant books appointments for a service (LeiKa key), inside the caller's transaction. */
export { findBookableServiceByLeikaKey as findBookableServiceByLeikaKeyInTx } from './appointments.repository.js';
export { appointmentsPersonalData } from './appointments.privacy.js';
// Onboarding's readiness check: the tenant's offices with services and opening hours, in the caller's transaction.
export {
  appointmentSetupOfTenant as appointmentSetupInTx,
  type AppointmentSetupRow as AppointmentSetup,
} from './appointments.repository.js';
