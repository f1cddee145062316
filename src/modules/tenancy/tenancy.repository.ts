import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../platform/db/database.js';
import { departments, serviceAgreements, tenantContacts, tenants } from './tenancy.schema.js';

export type TenantRow = typeof tenants.$inferSelect;
export type TenantInsert = typeof tenants.$inferInsert;
export type AgreementRow = typeof serviceAgreements.$inferSelect;
export type AgreementInsert = typeof serviceAgreements.$inferInsert;
export type DepartmentRow = typeof departments.$inferSelect;
export type DepartmentInsert = typeof departments.$inferInsert;
export type ContactRow = typeof tenantContacts.$inferSelect;
export type ContactInsert = typeof tenantContacts.$inferInsert;

export const listTenants = (tx: Tx) => tx.select().from(tenants).orderBy(asc(tenants.name));

export async function findTenant(tx: Tx, id: string): Promise<TenantRow | undefined> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function findTenantBySlug(tx: Tx, slug: string): Promise<TenantRow | undefined> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.slug, slug));
  return row;
}

export async function insertTenant(tx: Tx, values: TenantInsert): Promise<TenantRow> {
  const [row] = await tx.insert(tenants).values(values).returning();
  return row!;
}

/** Updates only when `expectedVersion` is still current; undefined means someone else won. */
export async function updateTenant(
  tx: Tx,
  id: string,
  expectedVersion: number,
  values: Partial<TenantInsert>,
): Promise<TenantRow | undefined> {
  const [row] = await tx
    .update(tenants)
    .set({ ...values, updatedAt: new Date(), version: sql`${tenants.version} + 1` })
    .where(and(eq(tenants.id, id), eq(tenants.version, expectedVersion)))
    .returning();
  return row;
}

export async function findAgreement(tx: Tx, tenantId: string): Promise<AgreementRow | undefined> {
  const [row] = await tx.select().from(serviceAgreements).where(eq(serviceAgreements.tenantId, tenantId));
  return row;
}

/** Every agreement the transaction's tenant scope lets through (RLS limits tenant-bound users to their own). */
export const listAgreements = (tx: Tx) => tx.select().from(serviceAgreements).orderBy(asc(serviceAgreements.tenantId));

export async function insertAgreement(tx: Tx, values: AgreementInsert): Promise<AgreementRow> {
  const [row] = await tx.insert(serviceAgreements).values(values).returning();
  return row!;
}

export async function updateAgreement(
  tx: Tx,
  tenantId: string,
  expectedVersion: number,
  values: Partial<AgreementInsert>,
): Promise<AgreementRow | undefined> {
  const [row] = await tx
    .update(serviceAgreements)
    .set({ ...values, updatedAt: new Date(), version: sql`${serviceAgreements.version} + 1` })
    .where(and(eq(serviceAgreements.tenantId, tenantId), eq(serviceAgreements.version, expectedVersion)))
    .returning();
  return row;
}

export const listDepartments = (tx: Tx, tenantId: string) =>
  tx.select().from(departments).where(eq(departments.tenantId, tenantId)).orderBy(asc(departments.name));

export async function findDepartment(tx: Tx, tenantId: string, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, id)));
  return row;
}

export async function insertDepartment(tx: Tx, values: DepartmentInsert): Promise<DepartmentRow> {
  const [row] = await tx.insert(departments).values(values).returning();
  return row!;
}

export async function updateDepartment(
  tx: Tx,
  tenantId: string,
  id: string,
  expectedVersion: number,
  values: Partial<DepartmentInsert>,
): Promise<DepartmentRow | undefined> {
  const [row] = await tx
    .update(departments)
    .set({ ...values, updatedAt: new Date(), version: sql`${departments.version} + 1` })
    .where(and(eq(departments.tenantId, tenantId), eq(departments.id, id), eq(departments.version, expectedVersion)))
    .returning();
  return row;
}

export const listContacts = (tx: Tx, tenantId: string) =>
  tx.select().from(tenantContacts).where(eq(tenantContacts.tenantId, tenantId)).orderBy(asc(tenantContacts.name));

export async function insertContact(tx: Tx, values: ContactInsert): Promise<ContactRow> {
  const [row] = await tx.insert(tenantContacts).values(values).returning();
  return row!;
}

export async function updateContact(tx: Tx, tenantId: string, id: string, values: Partial<ContactInsert>): Promise<ContactRow | undefined> {
  const [row] = await tx
    .update(tenantContacts)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(tenantContacts.tenantId, tenantId), eq(tenantContacts.id, id)))
    .returning();
  return row;
}

export async function deleteContact(tx: Tx, tenantId: string, id: string): Promise<ContactRow | undefined> {
  const [row] = await tx
    .delete(tenantContacts)
    .where(and(eq(tenantContacts.tenantId, tenantId), eq(tenantContacts.id, id)))
    .returning();
  return row;
}

/** E-mail addresses of the tenant's coordinators (function 'coordinator'), for escalation mail. */
export async function listCoordinatorEmails(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .select({ email: tenantContacts.email })
    .from(tenantContacts)
    .where(and(eq(tenantContacts.tenantId, tenantId), eq(tenantContacts.function, 'coordinator')));
  return rows.flatMap((r) => (r.email ? [r.email] : []));
}

/** How many tenants exist, outside any tenant scope (the owner connection at start-up). */
export async function countTenants(q: Queryable): Promise<number> {
  const [row] = await q.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return row?.n ?? 0;
}
