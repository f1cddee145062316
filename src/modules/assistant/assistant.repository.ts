import { and, asc, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { assistantConversations, assistantMessages, type AssistantReplyKind } from './assistant.schema.js';

export type ConversationRow = typeof assistantConversations.$inferSelect;
export type MessageRow = typeof assistantMessages.$inferSelect;

export async function findConversationByToken(tx: Tx, token: string): Promise<ConversationRow | undefined> {
  const [row] = await tx.select().from(assistantConversations).where(eq(assistantConversations.token, token)).limit(1);
  return row;
}

export async function insertConversation(
  tx: Tx,
  row: { tenantId: string; token: string; language: 'de' | 'en'; municipalityTenantId: string | null; at: Date },
): Promise<ConversationRow> {
  const [inserted] = await tx
    .insert(assistantConversations)
    .values({
      tenantId: row.tenantId,
      token: row.token,
      language: row.language,
      municipalityTenantId: row.municipalityTenantId,
      createdAt: row.at,
      lastMessageAt: row.at,
    })
    .returning();
  return inserted!;
}

export type ConversationPatch = Partial<
  Pick<
    ConversationRow,
    | 'tenantId'
    | 'language'
    | 'municipalityTenantId'
    | 'pendingQuestion'
    | 'townChoices'
    | 'failedAttempts'
    | 'handoverKind'
    | 'handoverReference'
    | 'handedOverAt'
    | 'lastMessageAt'
  >
>;

/** Updates the conversation; a new tenant (the municipality became known) moves its messages along. */
export async function updateConversation(tx: Tx, id: string, patch: ConversationPatch): Promise<void> {
  await tx.update(assistantConversations).set(patch).where(eq(assistantConversations.id, id));
  if (patch.tenantId) {
    await tx.update(assistantMessages).set({ tenantId: patch.tenantId }).where(eq(assistantMessages.conversationId, id));
  }
}

export async function insertMessages(
  tx: Tx,
  rows: {
    tenantId: string;
    conversationId: string;
    author: 'citizen' | 'assistant';
    body: string;
    replyKind?: AssistantReplyKind | null;
    sourceLeikaKeys?: string[];
    createdAt: Date;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(assistantMessages)
    .values(rows.map((r) => ({ ...r, replyKind: r.replyKind ?? null, sourceLeikaKeys: r.sourceLeikaKeys ?? [] })));
}

export async function listMessages(tx: Tx, conversationId: string): Promise<MessageRow[]> {
  return tx
    .select()
    .from(assistantMessages)
    .where(eq(assistantMessages.conversationId, conversationId))
    .orderBy(asc(assistantMessages.createdAt));
}
