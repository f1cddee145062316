import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { idColumn, tenantIdColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { tenants } from '../tenancy/tenancy.schema.js';

export const assistantReplyKinds = ['answer', 'ask_municipality', 'handover', 'emergency', 'clarify'] as const;
export type AssistantReplyKind = (typeof assistantReplyKinds)[number];

/**
 * A citizen's conversation with the assistant (issue 15). Belongs to the citizen's municipality once it is
 * known, before that to the host. No IP address, no cookie, no name: only what the citizen typed (in the
 * messages) and what the assistant needs to go on (pending question, failed attempts). Deleted with its
 * messages when the retention kind `assistant_transcripts` (privacy module, default 30 days) runs out.
 */
export const assistantConversations = pgTable(
  'assistant_conversations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    /** The conversationId the citizen's browser holds (random, unguessable). */
    token: varchar('token', { length: 64 }).notNull(),
    language: varchar('language', { length: 2 }).notNull().default('de'),
    /** The citizen's municipality once said (tenant id), else null. */
    municipalityTenantId: uuid('municipality_tenant_id'),
    /** A question waiting for the town (answered once the citizen names it). */
    pendingQuestion: text('pending_question'),
    /** The municipalities a shared postal code could mean (tenant ids), while the assistant asks which one. */
    townChoices: jsonb('town_choices').$type<string[]>(),
    /** Replies in a row without an answer; the second one hands over to a person. */
    failedAttempts: integer('failed_attempts').notNull().default(0),
    handoverKind: varchar('handover_kind', { length: 10 }),
    handoverReference: varchar('handover_reference', { length: 40 }),
    handedOverAt: timestamp('handed_over_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('assistant_conversations_token_unique').on(t.token),
    index('assistant_conversations_last_idx').on(t.lastMessageAt),
    check('assistant_conversations_language_check', sql`${t.language} in ('de', 'en')`),
    check('assistant_conversations_handover_check', sql`${t.handoverKind} is null or ${t.handoverKind} in ('chat', 'callback', 'request')`),
  ],
).enableRLS();

/** One turn: what the citizen typed, or what the assistant replied (with the kind and the cited services). */
export const assistantMessages = pgTable(
  'assistant_messages',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => assistantConversations.id, { onDelete: 'cascade' }),
    author: varchar('author', { length: 10 }).$type<'citizen' | 'assistant'>().notNull(),
    body: text('body').notNull(),
    replyKind: varchar('reply_kind', { length: 20 }).$type<AssistantReplyKind>(),
    sourceLeikaKeys: text('source_leika_keys').array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('assistant_messages_conversation_idx').on(t.conversationId, t.createdAt),
    check('assistant_messages_author_check', sql`${t.author} in ('citizen', 'assistant')`),
  ],
).enableRLS();
