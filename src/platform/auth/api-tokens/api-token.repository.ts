import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { apiTokens } from './api-token.schema.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type ApiTokenInsert = typeof apiTokens.$inferInsert;

export async function findTokenByHash(tx: Tx, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

export async function findToken(tx: Tx, id: string): Promise<ApiTokenRow | undefined> {
  const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

export async function insertToken(tx: Tx, values: ApiTokenInsert): Promise<ApiTokenRow> {
  const [row] = await tx.insert(apiTokens).values(values).returning();
  return row!;
}

export const listTokens = (tx: Tx, subject?: { type: string; id: string }) =>
  tx
    .select()
    .from(apiTokens)
    .where(subject ? and(eq(apiTokens.subjectType, subject.type), eq(apiTokens.subjectId, subject.id)) : undefined)
    .orderBy(desc(apiTokens.createdAt), apiTokens.name);

export async function revokeToken(tx: Tx, id: string, at: Date, by: string): Promise<ApiTokenRow | undefined> {
  const [row] = await tx
    .update(apiTokens)
    .set({ revokedAt: at, revokedBy: by })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

/** Records a use; at most once per `staleBefore` (a busy telephone system does not write on every event). */
export async function touchToken(tx: Tx, id: string, at: Date, ip: string, staleBefore: Date): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ lastUsedAt: at, lastUsedIp: ip })
    .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
}
