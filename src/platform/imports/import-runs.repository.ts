import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '../db/database.js';
import { importRuns, type ImportRunRow } from './import-runs.schema.js';

export async function insertRun(tx: Tx, values: typeof importRuns.$inferInsert): Promise<ImportRunRow> {
  const [row] = await tx.insert(importRuns).values(values).returning();
  return row!;
}

export async function updateRun(tx: Tx, id: string, values: Partial<typeof importRuns.$inferInsert>): Promise<void> {
  await tx.update(importRuns).set(values).where(eq(importRuns.id, id));
}

export async function findRun(tx: Tx, id: string): Promise<ImportRunRow | null> {
  const [row] = await tx.select().from(importRuns).where(eq(importRuns.id, id));
  return row ?? null;
}

export async function listRuns(tx: Tx, kind: string | undefined, limit: number): Promise<ImportRunRow[]> {
  return tx
    .select()
    .from(importRuns)
    .where(kind ? and(eq(importRuns.kind, kind)) : undefined)
    .orderBy(desc(importRuns.createdAt))
    .limit(limit);
}
