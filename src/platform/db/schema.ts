/**
 * Every table of the application, gathered for drizzle-kit (migrations) and for
 * the database handle. Each module owns its `*.schema.ts`; add new ones here.
 */
export * from '../audit/audit.schema.js';
export * from '../mail/mail.schema.js';
export * from '../http/rate-limit.schema.js';
export * from '../auth/api-tokens/api-token.schema.js';
export * from '../imports/import-runs.schema.js';
export * from '../../modules/tenancy/tenancy.schema.js';
export * from '../../modules/accounts/accounts.schema.js';
export * from '../../modules/contacts/contacts.schema.js';
export * from '../../modules/routing/routing.schema.js';
export * from '../../modules/knowledge/knowledge.schema.js';
export * from '../../modules/tickets/tickets.schema.js';
export * from '../../modules/appointments/appointments.schema.js';
export * from '../../modules/dispatch/dispatch.schema.js';
export * from '../../modules/billing/billing.schema.js';
export * from '../../modules/itfaults/itfaults.schema.js';
export * from '../../modules/reporting/reporting.schema.js';
export * from '../../modules/staffing/staffing.schema.js';
export * from '../../modules/assistant/assistant.schema.js';
export * from '../../modules/privacy/privacy.schema.js';
export * from '../../modules/onboarding/onboarding.schema.js';
