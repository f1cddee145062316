/**
 * Public entry of the billing module (Abrechnung, issue 12): cost plan, allocation keys, statements,
 * invoices and credit notes as XRechnung. Other modules import only this file.
 */
export { billingRoutes } from './billing.routes.js';
export { seedBillingDemo } from './billing.demo.js';
export { splitByLargestRemainder } from './largest-remainder.js';
export { allocateMonth, type AllocationKey, type Participant } from './allocation.js';
export { renderXRechnung } from './xrechnung.js';
// Onboarding's readiness check: the tenant's allocation key versions (billing key), in the caller's transaction.
export { listKeyVersions as listBillingKeyVersionsInTx } from './billing.repository.js';
