/**
 * Public entry of the contacts module (telephony, contact records, agent desktop, wallboard): the only
 * file other modules, app.ts, demo data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { contactsRoutes } from './contacts.routes.js';
export { DEMO_ACD_TOKEN, demoHotline, seedContactsDemo } from './contacts.demo.js';
// Call figures and their 15-minute rollups (defined once, docs/metrics.md), read by reporting.
export { contributionOf, emptyCounts, figuresOf, type CallCounts, type CallFigures } from './statistics/call-figures.js';
export { rederiveCallRollups, sumCallRollupsInTx, type RederiveResult, type RollupDifference } from './statistics/call-rollups.service.js';
export { berlinDayStart, berlinYmd, nextYmd } from './statistics/berlin-days.js';
