import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { monthlyReports } from './reporting.schema.js';

export type MonthlyReportRow = typeof monthlyReports.$inferSelect;

export async function findMonthlyReport(tx: Tx, tenantId: string, month: string) {
  const [row] = await tx
    .select()
    .from(monthlyReports)
    .where(and(eq(monthlyReports.tenantId, tenantId), eq(monthlyReports.month, month)));
  return row;
}

/** Inserts once per tenant and month; a second run finds the first one's row (returns undefined). */
export async function insertMonthlyReport(tx: Tx, values: typeof monthlyReports.$inferInsert) {
  const [row] = await tx.insert(monthlyReports).values(values).onConflictDoNothing().returning();
  return row;
}

/** The reports the scope lets through, newest first, without the PDF. */
export function listMonthlyReports(tx: Tx, tenantIds: string[] | null) {
  return tx
    .select({
      id: monthlyReports.id,
      tenantId: monthlyReports.tenantId,
      month: monthlyReports.month,
      summary: monthlyReports.summary,
      mailedTo: monthlyReports.mailedTo,
      madeAt: monthlyReports.madeAt,
    })
    .from(monthlyReports)
    .where(tenantIds ? inArray(monthlyReports.tenantId, tenantIds) : undefined)
    .orderBy(desc(monthlyReports.month), monthlyReports.tenantId)
    .limit(500);
}

export async function findMonthlyReportById(tx: Tx, id: string) {
  const [row] = await tx.select().from(monthlyReports).where(eq(monthlyReports.id, id));
  return row;
}
