import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { onboardingDocuments, onboardingSteps, tenantOnboarding, type OnboardingStepKey } from './onboarding.schema.js';

export type OnboardingRow = typeof tenantOnboarding.$inferSelect;
export type OnboardingInsert = typeof tenantOnboarding.$inferInsert;
export type StepRow = typeof onboardingSteps.$inferSelect;
export type StepInsert = typeof onboardingSteps.$inferInsert;
export type DocumentRow = typeof onboardingDocuments.$inferSelect;

export async function findOnboarding(tx: Tx, tenantId: string): Promise<OnboardingRow | undefined> {
  const [row] = await tx.select().from(tenantOnboarding).where(eq(tenantOnboarding.tenantId, tenantId));
  return row;
}

export const listOnboardings = (tx: Tx) => tx.select().from(tenantOnboarding);

/** Creates the row when `expectedVersion` is 0, else updates it only if the version is still current. */
export async function saveOnboarding(
  tx: Tx,
  tenantId: string,
  expectedVersion: number,
  values: Partial<OnboardingInsert>,
  at: Date,
): Promise<OnboardingRow | undefined> {
  if (expectedVersion === 0) {
    const [row] = await tx
      .insert(tenantOnboarding)
      .values({ ...values, tenantId, updatedAt: at })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx
    .update(tenantOnboarding)
    .set({ ...values, updatedAt: at, version: sql`${tenantOnboarding.version} + 1` })
    .where(and(eq(tenantOnboarding.tenantId, tenantId), eq(tenantOnboarding.version, expectedVersion)))
    .returning();
  return row;
}

/** Onboardings with a go-live or leaving due by `today` (the job's work list). */
export const listDueSchedules = (tx: Tx, today: string) =>
  tx
    .select()
    .from(tenantOnboarding)
    .where(
      or(
        lte(tenantOnboarding.goLiveOn, today),
        lte(tenantOnboarding.leavingOn, today),
        and(lte(tenantOnboarding.deletionDueOn, today), isNull(tenantOnboarding.deletedAt)),
      ),
    );

export const listSteps = (tx: Tx, tenantId: string) => tx.select().from(onboardingSteps).where(eq(onboardingSteps.tenantId, tenantId));

export async function findStep(tx: Tx, tenantId: string, stepKey: OnboardingStepKey): Promise<StepRow | undefined> {
  const [row] = await tx
    .select()
    .from(onboardingSteps)
    .where(and(eq(onboardingSteps.tenantId, tenantId), eq(onboardingSteps.stepKey, stepKey)));
  return row;
}

export async function saveStep(
  tx: Tx,
  tenantId: string,
  stepKey: OnboardingStepKey,
  expectedVersion: number,
  values: Omit<StepInsert, 'tenantId' | 'stepKey'>,
  at: Date,
): Promise<StepRow | undefined> {
  if (expectedVersion === 0) {
    const [row] = await tx
      .insert(onboardingSteps)
      .values({ ...values, tenantId, stepKey, updatedAt: at })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx
    .update(onboardingSteps)
    .set({ ...values, updatedAt: at, version: sql`${onboardingSteps.version} + 1` })
    .where(and(eq(onboardingSteps.tenantId, tenantId), eq(onboardingSteps.stepKey, stepKey), eq(onboardingSteps.version, expectedVersion)))
    .returning();
  return row;
}

const documentMeta = {
  id: onboardingDocuments.id,
  tenantId: onboardingDocuments.tenantId,
  stepKey: onboardingDocuments.stepKey,
  fileName: onboardingDocuments.fileName,
  sizeBytes: onboardingDocuments.sizeBytes,
  sha256: onboardingDocuments.sha256,
  uploadedBy: onboardingDocuments.uploadedBy,
  createdAt: onboardingDocuments.createdAt,
};

export const listDocuments = (tx: Tx, tenantId: string) =>
  tx
    .select(documentMeta)
    .from(onboardingDocuments)
    .where(eq(onboardingDocuments.tenantId, tenantId))
    .orderBy(asc(onboardingDocuments.createdAt));

export async function insertDocument(tx: Tx, values: typeof onboardingDocuments.$inferInsert) {
  const [row] = await tx.insert(onboardingDocuments).values(values).returning(documentMeta);
  return row!;
}

export async function findDocument(tx: Tx, tenantId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .select()
    .from(onboardingDocuments)
    .where(and(eq(onboardingDocuments.tenantId, tenantId), eq(onboardingDocuments.id, id)));
  return row;
}

export async function deleteDocument(tx: Tx, tenantId: string, id: string) {
  const [row] = await tx
    .delete(onboardingDocuments)
    .where(and(eq(onboardingDocuments.tenantId, tenantId), eq(onboardingDocuments.id, id)))
    .returning(documentMeta);
  return row;
}

export async function deleteDocumentsOfTenant(tx: Tx, tenantId: string): Promise<number> {
  const rows = await tx
    .delete(onboardingDocuments)
    .where(eq(onboardingDocuments.tenantId, tenantId))
    .returning({ id: onboardingDocuments.id });
  return rows.length;
}
