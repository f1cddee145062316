/**
 * Public entry of the tickets module (second level): the only file other modules, app.ts, demo data and
 * CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { ticketsRoutes } from './tickets.routes.js';
export { seedTicketsDemo, seedTicketsHistory } from './tickets.demo.js';
export { ticketJobs, ticketMailEffects, TICKETS_DEADLINE_SWEEP_JOB } from './tickets.jobs.js';
// A tenant's closing days (kept with the second level's working calendar) close its appointment offices too.
export { listClosingDaysBetween as listTenantClosingDaysInTx } from './tickets.repository.js';
// The second-level on-time rate, read by the reporting module's pilot evaluation.
export { reportOnTimeRate } from './desk.service.js';
export { ticketsPersonalData } from './tickets.privacy.js';
