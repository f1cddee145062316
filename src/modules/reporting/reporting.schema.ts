import { index, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';

/**
 * The monthly report of a tenant (pilot evaluation and agreement compliance of one
 * Berlin month), made by the job on the first working day of the next month, mailed
 * through the outbox to the tenant's coordinators and kept for download. One per
 * tenant and month: the job is idempotent.
 */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** YYYY-MM (Berlin calendar month reported on). */
    month: varchar('month', { length: 7 }).notNull(),
    /** The month's summary sentence ("Laatzen, März 2026: Servicelevel 78 % (Ziel 75 %) erreicht, …"). */
    summary: text('summary').notNull(),
    /** The PDF, base64. */
    pdfBase64: text('pdf_base64').notNull(),
    /** Who the mail went to (empty: no coordinator with an e-mail address; kept for download only). */
    mailedTo: text('mailed_to').array().notNull(),
    createdAt: createdAt(),
    /** The job's clock at creation (the business "now", not the database's). */
    madeAt: timestamp('made_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolationPolicy(),
    unique('monthly_reports_tenant_month_uq').on(t.tenantId, t.month),
    index('monthly_reports_month_idx').on(t.month),
  ],
).enableRLS();
