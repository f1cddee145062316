/**
 * Public entry of the appointments module (citizen and foreigners offices): the only file other modules,
 * app.ts, demo data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { appointmentsRoutes } from './appointments.routes.js';
export { seedAppointmentsDemo } from './appointments.demo.js';
export { appointmentSettings, type AppointmentSettings } from './appointment-settings.js';
export { appointmentJobs, APPOINTMENTS_SWEEP_JOB } from './appointments.jobs.js';
