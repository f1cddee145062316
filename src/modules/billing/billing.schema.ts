import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import type { AmountChange } from './cost-plan.js';
import type { InvoiceSnapshot } from './invoice-model.js';

/**
 * The center's cost plan of one year (decision record 0100). One center, so one plan per year; it
 * belongs to the host and no tenant, hence no tenant_id (only billing staff reach it, in code).
 */
export const billingCostPlans = pgTable('billing_cost_plans', {
  id: idColumn(),
  year: integer('year').notNull().unique(),
  title: text('title').notNull(),
  notes: text('notes'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  version: versionColumn(),
});

/** One cost item of a plan: personnel, material (recurring, amounts changing from dates), one-off, investment. */
export const billingCostItems = pgTable(
  'billing_cost_items',
  {
    id: idColumn(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => billingCostPlans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** personnel | material | one_off | investment */
    category: varchar('category', { length: 20 }).$type<'personnel' | 'material' | 'one_off' | 'investment'>().notNull(),
    /** participants (refunded, allocated by key) | region (the Region's contribution) | host */
    bearer: varchar('bearer', { length: 20 }).$type<'participants' | 'region' | 'host'>().notNull(),
    /** Recurring items: annual amounts in cents and the day each applies from. */
    changes: jsonb('changes').$type<AmountChange[]>().notNull().default([]),
    /** One-off / investment items: amount in cents and the day it is booked on. */
    oneOffAmountCents: bigint('one_off_amount_cents', { mode: 'number' }),
    bookedOn: date('booked_on'),
    /** A remark (e.g. the cost import's "Bemerkung": the source of a figure). */
    note: text('note'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    check('billing_cost_items_category_check', sql`${t.category} in ('personnel', 'material', 'one_off', 'investment')`),
    check('billing_cost_items_bearer_check', sql`${t.bearer} in ('participants', 'region', 'host')`),
    check('billing_cost_items_one_off_check', sql`${t.oneOffAmountCents} is null or ${t.oneOffAmountCents} >= 0`),
    index('billing_cost_items_plan_idx').on(t.planId),
  ],
);

/** The allocation key of a tenant's agreement, effective from a date (the newest in force applies). */
export const billingKeyVersions = pgTable(
  'billing_key_versions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    effectiveFrom: date('effective_from').notNull(),
    /** per_contact | per_minute | per_inhabitant | base_plus_variable | fixed */
    kind: varchar('kind', { length: 30 })
      .$type<'per_contact' | 'per_minute' | 'per_inhabitant' | 'base_plus_variable' | 'fixed'>()
      .notNull(),
    /** fixed: the monthly sum; base_plus_variable: the monthly base (cents). */
    monthlyCents: bigint('monthly_cents', { mode: 'number' }),
    /** per_inhabitant: official population figure and its reference date. */
    inhabitants: integer('inhabitants'),
    inhabitantsAsOf: date('inhabitants_as_of'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    unique('billing_key_versions_tenant_from_uq').on(t.tenantId, t.effectiveFrom),
    check(
      'billing_key_versions_kind_check',
      sql`${t.kind} in ('per_contact', 'per_minute', 'per_inhabitant', 'base_plus_variable', 'fixed')`,
    ),
    check(
      'billing_key_versions_params_check',
      sql`(${t.kind} not in ('fixed', 'base_plus_variable') or (${t.monthlyCents} is not null and ${t.monthlyCents} >= 0))
      and (${t.kind} <> 'per_inhabitant' or (${t.inhabitants} is not null and ${t.inhabitants} >= 0 and ${t.inhabitantsAsOf} is not null))`,
    ),
  ],
).enableRLS();

/**
 * The seller's data on every invoice: the host (name, address, tax and bank data). One row for the
 * center (id = 1), kept by billing staff.
 */
export const billingSettings = pgTable('billing_settings', {
  id: integer('id').primaryKey().default(1),
  sellerName: text('seller_name').notNull(),
  sellerStreet: text('seller_street').notNull(),
  sellerPostalCode: varchar('seller_postal_code', { length: 10 }).notNull(),
  sellerCity: text('seller_city').notNull(),
  /** BT-29 seller identifier (needed for BR-CO-26 when there is no VAT id). */
  sellerIdentifier: text('seller_identifier').notNull(),
  /** Tax number (BT-32) and VAT id (BT-31; only on taxable invoices). */
  taxNumber: text('tax_number'),
  vatId: text('vat_id'),
  /** SEPA credit transfer: IBAN (BT-84, mod 97 checked), BIC (BT-86), account name (BT-85). */
  iban: varchar('iban', { length: 34 }).notNull(),
  bic: varchar('bic', { length: 11 }),
  accountName: text('account_name').notNull(),
  /** BR-DE-2 seller contact: name, phone, e-mail; the e-mail is also the seller's electronic address (BT-34). */
  contactName: text('contact_name').notNull(),
  contactPhone: text('contact_phone').notNull(),
  contactEmail: text('contact_email').notNull(),
  updatedAt: updatedAt(),
  version: versionColumn(),
});

/**
 * An invoice or credit note. Drafts hold a snapshot of the statement; once issued, the row never
 * changes (a trigger refuses UPDATE and DELETE of an issued row): corrections are credit notes.
 */
export const billingInvoices = pgTable(
  'billing_invoices',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    kind: varchar('kind', { length: 20 }).$type<'invoice' | 'credit_note'>().notNull(),
    /** draft -> checked -> approved (by a second billing user) -> issued */
    status: varchar('status', { length: 20 }).$type<'draft' | 'checked' | 'approved' | 'issued'>().notNull().default('draft'),
    /** Gapless per year of issue, given at issue time. */
    number: varchar('number', { length: 30 }).unique(),
    /** 2026-10 or 2026-Q4 */
    period: varchar('period', { length: 7 }).notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    issueDate: date('issue_date'),
    dueDate: date('due_date'),
    currency: varchar('currency', { length: 3 }).notNull().default('EUR'),
    netCents: bigint('net_cents', { mode: 'number' }).notNull(),
    vatCents: bigint('vat_cents', { mode: 'number' }).notNull(),
    grossCents: bigint('gross_cents', { mode: 'number' }).notNull(),
    /** The credit note's original invoice. */
    correctsInvoiceId: uuid('corrects_invoice_id'),
    /** Lines, figures, buyer and seller data as they were when the draft was made. */
    snapshot: jsonb('snapshot').$type<InvoiceSnapshot>().notNull(),
    /** The XRechnung UBL document, rendered once at issue. */
    xml: text('xml'),
    createdBy: text('created_by').notNull(),
    checkedBy: text('checked_by'),
    approvedBy: text('approved_by'),
    issuedBy: text('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('billing_invoices_kind_check', sql`${t.kind} in ('invoice', 'credit_note')`),
    check('billing_invoices_status_check', sql`${t.status} in ('draft', 'checked', 'approved', 'issued')`),
    check('billing_invoices_issued_check', sql`${t.status} <> 'issued' or (${t.number} is not null and ${t.xml} is not null)`),
    check('billing_invoices_credit_check', sql`(${t.kind} = 'credit_note') = (${t.correctsInvoiceId} is not null)`),
    index('billing_invoices_tenant_period_idx').on(t.tenantId, t.period),
  ],
).enableRLS();

/** The last invoice number given per year (row locked in the issuing transaction: no gaps, no doubles). */
export const billingInvoiceCounters = pgTable('billing_invoice_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull().default(0),
});
