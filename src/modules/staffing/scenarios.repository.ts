import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { staffingScenarios } from './staffing.schema.js';

export type ScenarioRow = typeof staffingScenarios.$inferSelect;

export const listScenarioRows = (tx: Tx): Promise<ScenarioRow[]> =>
  tx.select().from(staffingScenarios).orderBy(desc(staffingScenarios.savedAt), staffingScenarios.name);

export async function findScenarioRow(tx: Tx, id: string): Promise<ScenarioRow | undefined> {
  const [row] = await tx.select().from(staffingScenarios).where(eq(staffingScenarios.id, id));
  return row;
}

export async function findScenarioByName(tx: Tx, name: string): Promise<ScenarioRow | undefined> {
  const [row] = await tx.select().from(staffingScenarios).where(sql`lower(${staffingScenarios.name}) = lower(${name})`);
  return row;
}

export async function insertScenario(tx: Tx, values: typeof staffingScenarios.$inferInsert): Promise<ScenarioRow> {
  const [row] = await tx.insert(staffingScenarios).values(values).returning();
  return row!;
}

/** Updates when the version still matches (optimistic locking); undefined when it does not. */
export async function updateScenario(
  tx: Tx,
  id: string,
  expectedVersion: number,
  values: Pick<ScenarioRow, 'name' | 'request' | 'savedAt'>,
): Promise<ScenarioRow | undefined> {
  const [row] = await tx
    .update(staffingScenarios)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${staffingScenarios.version} + 1` })
    .where(and(eq(staffingScenarios.id, id), eq(staffingScenarios.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteScenario(tx: Tx, id: string, expectedVersion: number): Promise<boolean> {
  const rows = await tx
    .delete(staffingScenarios)
    .where(and(eq(staffingScenarios.id, id), eq(staffingScenarios.version, expectedVersion)))
    .returning({ id: staffingScenarios.id });
  return rows.length > 0;
}
