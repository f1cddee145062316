/**
 * The IT fault desk (IuK-Störungen): intake with the ITIL priority matrix, known errors,
 * mass outages, hand-over to the IT service desk (mail, signed webhook) and status back,
 * targets and the times report. Other modules import only this file.
 */
export { itFaultsRoutes } from './itfaults.routes.js';
export { itFaultJobs, itFaultMailEffects } from './itfaults.jobs.js';
export { seedItFaultsDemo } from './itfaults.demo.js';
export { itFaultSettings, type ItFaultSettings } from './itfaults.settings.js';
// Response and resolution times per priority and category, for the pilot evaluation (reporting).
export { reportItFaultTimes } from './report.service.js';
export { priorityOf, type Impact, type Priority, type Urgency } from './priority.js';
export { itFaultsPersonalData } from './itfaults.privacy.js';
