/**
 * Public entry of the contacts module (telephony, contact records, agent desktop, wallboard): the only
 * file other modules, app.ts, demo data and CLI import (rules in .dependency-cruiser.cjs, decision record 0063).
 */
export { contactsRoutes } from './contacts.routes.js';
export { DEMO_ACD_NAME, DEMO_ACD_TOKEN, demoHotline, seedContactsDemo } from './contacts.demo.js';
// Onboarding's readiness check: a tenant's hotlines and the connected telephone systems.
export { telephonyReadinessInTx, type TelephonyReadiness } from './telephony/telephony.service.js';
// Call figures and their 15-minute rollups (defined once, docs/metrics.md), read by reporting.
export {
  addCounts,
  contributionOf,
  emptyCounts,
  figuresOf,
  averageHandlingOf,
  firstContactResolution,
  forwardingRate,
  occupancyOf,
  type CallCounts,
  type CallFigures,
} from './statistics/call-figures.js';
export {
  callDataBasisInTx,
  documentedContactsByChannelInTx,
  queueLogImportsInTx,
  type CallDataBasis,
  documentedContactsByMonthInTx,
  rederiveCallRollups,
  sumCallRollupsInTx,
  type RederiveResult,
  type RollupDifference,
  type RollupGroup,
  type RollupSum,
} from './statistics/call-rollups.service.js';
// Contact records for the reports: top services, channel mix, routed contacts per agent.
export {
  contactsPerChannel as contactsPerChannelInTx,
  documentedContactsByService as documentedContactsByServiceInTx,
  documentedContactsPerPeriodAndChannel as documentedContactsPerPeriodAndChannelInTx,
  routedContactsPerAgent as routedContactsPerAgentInTx,
  type ChannelContactRow,
  type ServiceCountRow,
} from './statistics/contact-reports.repository.js';
// A small known day computed by hand (tests of contacts and reporting).
export { KNOWN_DAY, knownDayEvents, knownDayLateEvent, knownDayTotals, LANGENHAGEN_NUMBER } from './statistics/known-day.fixture.js';
export { berlinDayStart, berlinYmd, nextYmd } from './statistics/berlin-days.js';
// Demo call history through the ingest (started in the background after the server listens).
export {
  callHistoryProgress,
  documentHistoryDay,
  generateCallHistory,
  ingestSampleCallDay,
  type HistoryProgress,
} from './load/call-history.js';
export { contactsPersonalData } from './contacts.privacy.js';
