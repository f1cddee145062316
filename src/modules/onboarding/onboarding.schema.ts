import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { tenants } from '../tenancy/tenancy.schema.js';

/** The purpose agreement's steps an onboarding walks through (Zweckvereinbarung), in order. */
export const onboardingStepKeys = ['tasks', 'technical', 'data_protection', 'cost_refund', 'term'] as const;
export type OnboardingStepKey = (typeof onboardingStepKeys)[number];
export type StepOwner = 'center' | 'municipality';
export type StepStatus = 'open' | 'in_progress' | 'done';

/**
 * The onboarding of one tenant: the parts of the purpose agreement the service agreement
 * (tenancy) does not hold, and the scheduled lifecycle changes. Term and billing data
 * (billing key, Leitweg-ID, contact) stay in tenancy's service agreement and billing's keys.
 */
export const tenantOnboarding = pgTable(
  'tenant_onboarding',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** Tasks: the knowledge categories the center answers for the municipality (empty: all). */
    answeredCategories: text('answered_categories').array().notNull().default(sql`'{}'::text[]`),
    /** Tasks: what the center forwards to the departments (second level), in the agreement's words. */
    forwardedServices: text('forwarded_services'),
    /** Tasks: whether the center books appointments for the municipality's offices, and which. */
    includesBookings: boolean('includes_bookings').notNull().default(false),
    bookedServices: text('booked_services'),
    /** Technical prerequisites: telephone forwarding, ACD queue, network, accounts. */
    technicalNotes: text('technical_notes'),
    /** Data protection: the processing agreement (Art. 28 GDPR) and the day it was signed. */
    processingAgreementSignedOn: date('processing_agreement_signed_on'),
    /** Term: notice period in months (start and end are the service agreement's term). */
    noticeMonths: smallint('notice_months'),
    /** Leaving: months the tenant's data is kept after the end before it is deleted. */
    retentionMonths: smallint('retention_months').notNull().default(6),
    /** Scheduled go-live: on this Berlin day the job switches the lifecycle to `goLiveLifecycle`. */
    goLiveOn: date('go_live_on'),
    goLiveLifecycle: varchar('go_live_lifecycle', { length: 10 }).$type<'pilot' | 'live'>(),
    /** The admin's documented reason to go live on that day even with failing mandatory checks. */
    goLiveOverrideReason: text('go_live_override_reason'),
    /** The last run of the scheduled go-live: when and what came of it (done, or why it was refused). */
    goLiveCheckedAt: timestamp('go_live_checked_at', { withTimezone: true }),
    goLiveOutcome: text('go_live_outcome'),
    /** Scheduled leaving (last day of service); the job switches the lifecycle to `ended`. */
    leavingOn: date('leaving_on'),
    /** Leaving: when the export for the municipality was made, and when the data is due for deletion. */
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    deletionDueOn: date('deletion_due_on'),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('tenant_onboarding_go_live_lifecycle_check', sql`${t.goLiveLifecycle} is null or ${t.goLiveLifecycle} in ('pilot', 'live')`),
    check('tenant_onboarding_go_live_pair_check', sql`(${t.goLiveOn} is null) = (${t.goLiveLifecycle} is null)`),
    check('tenant_onboarding_notice_check', sql`${t.noticeMonths} is null or ${t.noticeMonths} between 0 and 60`),
    check('tenant_onboarding_retention_check', sql`${t.retentionMonths} between 0 and 120`),
  ],
).enableRLS();

/** One step of the agreement for one tenant: who owns it, where it stands, by when / since when. */
export const onboardingSteps = pgTable(
  'onboarding_steps',
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    stepKey: varchar('step_key', { length: 30 }).$type<OnboardingStepKey>().notNull(),
    /** center (the DialogCenter's task) | municipality (the municipality's task) */
    owner: varchar('owner', { length: 20 }).$type<StepOwner>().notNull(),
    status: varchar('status', { length: 20 }).$type<StepStatus>().notNull().default('open'),
    /** Planned date while open, the day it was done once done. */
    dueOn: date('due_on'),
    doneOn: date('done_on'),
    note: text('note'),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    primaryKey({ columns: [t.tenantId, t.stepKey] }),
    check('onboarding_steps_key_check', sql`${t.stepKey} in ('tasks', 'technical', 'data_protection', 'cost_refund', 'term')`),
    check('onboarding_steps_owner_check', sql`${t.owner} in ('center', 'municipality')`),
    check('onboarding_steps_status_check', sql`${t.status} in ('open', 'in_progress', 'done')`),
    check('onboarding_steps_done_check', sql`(${t.status} = 'done') = (${t.doneOn} is not null)`),
  ],
).enableRLS();

/** A document of an onboarding step (the signed agreement, the processing agreement) as PDF. */
export const onboardingDocuments = pgTable(
  'onboarding_documents',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    stepKey: varchar('step_key', { length: 30 }).$type<OnboardingStepKey>().notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    /** The PDF itself (base64; at most 5 MB, like the monthly reports' PDFs). */
    contentBase64: text('content_base64').notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [tenantIsolationPolicy(), index('onboarding_documents_tenant_idx').on(t.tenantId, t.stepKey)],
).enableRLS();
