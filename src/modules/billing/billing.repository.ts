/** The only SQL of the billing module. Tenant-owned tables are read within the caller's scope (RLS). */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import {
  billingCostItems,
  billingCostPlans,
  billingInvoiceCounters,
  billingInvoices,
  billingKeyVersions,
  billingSettings,
} from './billing.schema.js';

export type CostPlanRow = typeof billingCostPlans.$inferSelect;
export type CostItemRow = typeof billingCostItems.$inferSelect;
export type CostItemInsert = typeof billingCostItems.$inferInsert;
export type KeyVersionRow = typeof billingKeyVersions.$inferSelect;
export type KeyVersionInsert = typeof billingKeyVersions.$inferInsert;
export type SettingsRow = typeof billingSettings.$inferSelect;
export type SettingsInsert = typeof billingSettings.$inferInsert;
export type InvoiceRow = typeof billingInvoices.$inferSelect;
export type InvoiceInsert = typeof billingInvoices.$inferInsert;

// Cost plans ----------------------------------------------------------------------------------

export const listPlans = (tx: Tx) => tx.select().from(billingCostPlans).orderBy(desc(billingCostPlans.year));

export async function findPlanByYear(tx: Tx, year: number): Promise<CostPlanRow | undefined> {
  const [row] = await tx.select().from(billingCostPlans).where(eq(billingCostPlans.year, year));
  return row;
}

export async function insertPlan(tx: Tx, values: typeof billingCostPlans.$inferInsert): Promise<CostPlanRow> {
  const [row] = await tx.insert(billingCostPlans).values(values).returning();
  return row!;
}

/** Bumps the plan's version (every item change is a plan change: optimistic lock on the plan). */
export async function touchPlan(tx: Tx, id: string, expectedVersion: number, values: Partial<CostPlanRow> = {}) {
  const [row] = await tx
    .update(billingCostPlans)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${billingCostPlans.version} + 1` })
    .where(and(eq(billingCostPlans.id, id), eq(billingCostPlans.version, expectedVersion)))
    .returning();
  return row;
}

export const listItems = (tx: Tx, planId: string) =>
  tx
    .select()
    .from(billingCostItems)
    .where(eq(billingCostItems.planId, planId))
    .orderBy(asc(billingCostItems.position), asc(billingCostItems.createdAt));

export async function findItem(tx: Tx, planId: string, id: string): Promise<CostItemRow | undefined> {
  const [row] = await tx
    .select()
    .from(billingCostItems)
    .where(and(eq(billingCostItems.id, id), eq(billingCostItems.planId, planId)));
  return row;
}

export async function insertItem(tx: Tx, values: CostItemInsert): Promise<CostItemRow> {
  const [row] = await tx.insert(billingCostItems).values(values).returning();
  return row!;
}

/** Many items in one statement (the cost import). */
export async function insertItems(tx: Tx, values: CostItemInsert[]): Promise<void> {
  if (values.length > 0) await tx.insert(billingCostItems).values(values);
}

export async function updateItem(tx: Tx, id: string, values: Partial<CostItemInsert>): Promise<CostItemRow | undefined> {
  const [row] = await tx
    .update(billingCostItems)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${billingCostItems.version} + 1` })
    .where(eq(billingCostItems.id, id))
    .returning();
  return row;
}

export async function deleteItem(tx: Tx, id: string): Promise<void> {
  await tx.delete(billingCostItems).where(eq(billingCostItems.id, id));
}

// Keys ------------------------------------------------------------------------------------------

/** Every key version the scope lets through (all tenants for center staff), oldest first. */
export const listKeyVersions = (tx: Tx, tenantIds?: string[]) =>
  tx
    .select()
    .from(billingKeyVersions)
    .where(tenantIds ? inArray(billingKeyVersions.tenantId, tenantIds) : undefined)
    .orderBy(asc(billingKeyVersions.tenantId), asc(billingKeyVersions.effectiveFrom));

export async function insertKeyVersion(tx: Tx, values: KeyVersionInsert): Promise<KeyVersionRow> {
  const [row] = await tx.insert(billingKeyVersions).values(values).returning();
  return row!;
}

export async function findKeyVersion(tx: Tx, id: string): Promise<KeyVersionRow | undefined> {
  const [row] = await tx.select().from(billingKeyVersions).where(eq(billingKeyVersions.id, id));
  return row;
}

export async function deleteKeyVersion(tx: Tx, id: string): Promise<void> {
  await tx.delete(billingKeyVersions).where(eq(billingKeyVersions.id, id));
}

// Seller settings ---------------------------------------------------------------------------------

export async function findSettings(tx: Tx): Promise<SettingsRow | undefined> {
  const [row] = await tx.select().from(billingSettings).where(eq(billingSettings.id, 1));
  return row;
}

export async function insertSettings(tx: Tx, values: SettingsInsert): Promise<SettingsRow> {
  const [row] = await tx
    .insert(billingSettings)
    .values({ ...values, id: 1 })
    .returning();
  return row!;
}

export async function updateSettings(tx: Tx, expectedVersion: number, values: Partial<SettingsInsert>): Promise<SettingsRow | undefined> {
  const [row] = await tx
    .update(billingSettings)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${billingSettings.version} + 1` })
    .where(and(eq(billingSettings.id, 1), eq(billingSettings.version, expectedVersion)))
    .returning();
  return row;
}

// Invoices --------------------------------------------------------------------------------------

export async function insertInvoice(tx: Tx, values: InvoiceInsert): Promise<InvoiceRow> {
  const [row] = await tx.insert(billingInvoices).values(values).returning();
  return row!;
}

export async function findInvoice(tx: Tx, id: string): Promise<InvoiceRow | undefined> {
  const [row] = await tx.select().from(billingInvoices).where(eq(billingInvoices.id, id));
  return row;
}

export interface InvoiceFilter {
  period?: string;
  /** Matches a month's invoices and the quarter it lies in. */
  periods?: string[];
  tenantId?: string;
}

export const listInvoices = (tx: Tx, f: InvoiceFilter) =>
  tx
    .select({
      id: billingInvoices.id,
      tenantId: billingInvoices.tenantId,
      kind: billingInvoices.kind,
      status: billingInvoices.status,
      number: billingInvoices.number,
      period: billingInvoices.period,
      issueDate: billingInvoices.issueDate,
      netCents: billingInvoices.netCents,
      vatCents: billingInvoices.vatCents,
      grossCents: billingInvoices.grossCents,
      currency: billingInvoices.currency,
      correctsInvoiceId: billingInvoices.correctsInvoiceId,
      createdBy: billingInvoices.createdBy,
      checkedBy: billingInvoices.checkedBy,
      approvedBy: billingInvoices.approvedBy,
      issuedBy: billingInvoices.issuedBy,
      version: billingInvoices.version,
    })
    .from(billingInvoices)
    .where(
      and(
        f.periods ? inArray(billingInvoices.period, f.periods) : undefined,
        f.tenantId ? eq(billingInvoices.tenantId, f.tenantId) : undefined,
      ),
    )
    .orderBy(asc(billingInvoices.period), asc(billingInvoices.number), asc(billingInvoices.createdAt));

/** Invoices (not credit notes) of a tenant and period that are not cancelled by an issued credit note. */
export async function listOpenInvoicesOf(tx: Tx, tenantId: string, period: string): Promise<InvoiceRow[]> {
  return tx
    .select()
    .from(billingInvoices)
    .where(
      and(
        eq(billingInvoices.tenantId, tenantId),
        eq(billingInvoices.period, period),
        eq(billingInvoices.kind, 'invoice'),
        sql`not exists (select 1 from billing_invoices c where c.corrects_invoice_id = ${billingInvoices.id} and c.kind = 'credit_note')`,
      ),
    );
}

export async function findCreditNoteOf(tx: Tx, invoiceId: string): Promise<InvoiceRow | undefined> {
  const [row] = await tx.select().from(billingInvoices).where(eq(billingInvoices.correctsInvoiceId, invoiceId));
  return row;
}

export async function updateInvoice(
  tx: Tx,
  id: string,
  expectedVersion: number,
  values: Partial<InvoiceInsert>,
): Promise<InvoiceRow | undefined> {
  const [row] = await tx
    .update(billingInvoices)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${billingInvoices.version} + 1` })
    .where(and(eq(billingInvoices.id, id), eq(billingInvoices.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteInvoice(tx: Tx, id: string): Promise<void> {
  await tx.delete(billingInvoices).where(eq(billingInvoices.id, id));
}

/**
 * The next invoice number of a year, gapless: the counter row is created if missing, then locked
 * (FOR UPDATE) until the issuing transaction ends; a rollback returns the number with it.
 */
export async function takeInvoiceNumber(tx: Tx, year: number): Promise<number> {
  await tx.insert(billingInvoiceCounters).values({ year, lastNumber: 0 }).onConflictDoNothing();
  await tx.execute(sql`select last_number from billing_invoice_counters where year = ${year} for update`);
  const [row] = await tx
    .update(billingInvoiceCounters)
    .set({ lastNumber: sql`${billingInvoiceCounters.lastNumber} + 1` })
    .where(eq(billingInvoiceCounters.year, year))
    .returning({ n: billingInvoiceCounters.lastNumber });
  return row!.n;
}
