import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, jsonb, pgTable, text, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';

/**
 * A tenant (Mandant) is one administration served by the DialogCenter: the Region
 * Hannover administration or one of the 21 cities and municipalities. The tenant
 * row itself is public information (names, keys) and has no row-level security;
 * everything a tenant owns does.
 */
export const tenants = pgTable(
  'tenants',
  {
    id: idColumn(),
    /** Stable, readable key used in URLs and configuration, e.g. `langenhagen`. */
    slug: varchar('slug', { length: 60 }).notNull().unique(),
    /** Short name as agents say it: "Langenhagen". */
    name: text('name').notNull(),
    /** Official name: "Stadt Langenhagen". */
    officialName: text('official_name').notNull(),
    /** Amtlicher Gemeindeschlüssel (8 digits) or, for the Region, its Kreisschlüssel (5 digits). */
    ags: varchar('ags', { length: 8 }).notNull().unique(),
    /** stadt | gemeinde | region */
    kind: varchar('kind', { length: 20 }).$type<'stadt' | 'gemeinde' | 'region'>().notNull(),
    /** planned | pilot | live | ended: where the tenant stands in the cooperation. */
    lifecycle: varchar('lifecycle', { length: 20 }).$type<'planned' | 'pilot' | 'live' | 'ended'>().notNull().default('planned'),
    pilotStart: date('pilot_start'),
    liveStart: date('live_start'),
    endedOn: date('ended_on'),
    /** The host runs the center (Landeshauptstadt Hannover). Exactly one. */
    isHost: boolean('is_host').notNull().default(false),
    /** Postal codes of the area, so a caller's PLZ finds the municipality. */
    postalCodes: text('postal_codes').array().notNull().default(sql`'{}'::text[]`),
    /**
     * Four-eyes rule for the tenant's knowledge texts: a draft is published only by an
     * editor other than the one who wrote or submitted it. On by default; the admin may
     * switch it off for a tenant with a single editor.
     */
    knowledgeFourEyes: boolean('knowledge_four_eyes').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    check('tenants_kind_check', sql`${t.kind} in ('stadt', 'gemeinde', 'region')`),
    check('tenants_lifecycle_check', sql`${t.lifecycle} in ('planned', 'pilot', 'live', 'ended')`),
    check('tenants_ags_check', sql`${t.ags} ~ '^[0-9]{5}([0-9]{3})?$'`),
  ],
);

/**
 * The service agreement (Zweckvereinbarung) between the host and one tenant, as far
 * as the software needs it: the quality targets the center promises and is
 * measured against, and the hours in which it must be reachable.
 */
export const serviceAgreements = pgTable(
  'service_agreements',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** File reference of the signed agreement. */
    reference: text('reference'),
    signedOn: date('signed_on'),
    termStart: date('term_start'),
    termEnd: date('term_end'),
    /** Service level: `serviceLevelPercent` % of offered calls answered within `serviceLevelSeconds`. */
    serviceLevelPercent: integer('service_level_percent').notNull().default(75),
    serviceLevelSeconds: integer('service_level_seconds').notNull().default(30),
    /** Share of concerns closed at the first contact, in percent. */
    firstContactResolutionPercent: integer('first_contact_resolution_percent').notNull().default(65),
    /** Second-level reply promise, in working hours (24 = one working day). */
    replyWithinWorkingHours: integer('reply_within_working_hours').notNull().default(24),
    /** Calls abandoned within this many seconds are short abandons and are not counted as offered. */
    shortAbandonSeconds: integer('short_abandon_seconds').notNull().default(5),
    /** Hours in which the center must be reachable, per ISO weekday (1 = Monday): [{from:'08:00',to:'18:00'}]. */
    serviceHours: jsonb('service_hours').$type<ServiceHours>().notNull(),
    notes: text('notes'),
    /**
     * Billing data of the agreement (cost refund, issue 12): the Leitweg-ID is the buyer reference
     * (BT-10) of the tenant's XRechnung invoices; address and contact of the invoice recipient.
     */
    leitwegId: varchar('leitweg_id', { length: 46 }),
    billingStreet: text('billing_street'),
    billingPostalCode: varchar('billing_postal_code', { length: 10 }),
    billingCity: text('billing_city'),
    billingContactName: text('billing_contact_name'),
    billingContactEmail: text('billing_contact_email'),
    billingContactPhone: text('billing_contact_phone'),
    /** not_taxable: inter-municipal cooperation not subject to VAT (§ 2b UStG); taxable: 19 %. */
    vatTreatment: varchar('vat_treatment', { length: 20 }).$type<'not_taxable' | 'taxable'>().notNull().default('not_taxable'),
    paymentTermDays: integer('payment_term_days').notNull().default(30),
    /** Statements and invoices per month or per quarter. */
    billingCadence: varchar('billing_cadence', { length: 10 }).$type<'month' | 'quarter'>().notNull().default('month'),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('sa_vat_treatment_check', sql`${t.vatTreatment} in ('not_taxable', 'taxable')`),
    check('sa_billing_cadence_check', sql`${t.billingCadence} in ('month', 'quarter')`),
    check('sa_payment_term_check', sql`${t.paymentTermDays} between 0 and 120`),
    check('sa_percent_check', sql`${t.serviceLevelPercent} between 1 and 100 and ${t.firstContactResolutionPercent} between 1 and 100`),
    check('sa_seconds_check', sql`${t.serviceLevelSeconds} between 1 and 600 and ${t.shortAbandonSeconds} between 0 and 60`),
    check('sa_reply_check', sql`${t.replyWithinWorkingHours} between 1 and 720`),
  ],
).enableRLS();

export type ServiceHours = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { from: string; to: string }[]>;

/** An organisational unit of a tenant that answers forwarded concerns (second level). */
export const departments = pgTable(
  'departments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Internal short code, e.g. "FB 32.2". */
    code: varchar('code', { length: 40 }),
    email: text('email'),
    phone: text('phone'),
    /** Who is told when a request escalates and the department does not answer. */
    deputyEmail: text('deputy_email'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  () => [tenantIsolationPolicy()],
).enableRLS();

/** Named people at a tenant: coordinator, data protection officer, billing contact… */
export const tenantContacts = pgTable(
  'tenant_contacts',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    /** coordinator | data_protection | billing | it | knowledge | other */
    function: varchar('function', { length: 30 })
      .$type<'coordinator' | 'data_protection' | 'billing' | 'it' | 'knowledge' | 'other'>()
      .notNull(),
    email: text('email'),
    phone: text('phone'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check(
      'tenant_contacts_function_check',
      sql`${t.function} in ('coordinator', 'data_protection', 'billing', 'it', 'knowledge', 'other')`,
    ),
  ],
).enableRLS();
