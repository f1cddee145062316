import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar, bigint } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../db/columns.js';
import { tenantIsolationPolicy } from '../db/tenant-policy.js';

/** One refused row (or record) of an import with its reason: what the report lists. */
export interface RefusedRow {
  /** Where it stands in the file: "Zeile 12", "Leistung 99001001001000", "Datei". */
  row: string;
  reason: string;
}

/**
 * One row per large-file import (decision 0126): who uploaded what, where it stands
 * (receiving → processing → completed | rejected | cancelled | failed), the counts, and
 * every refused row with its reason. The module's data is written in one transaction at
 * the end, so a cancelled, rejected or failed run has changed nothing but this row.
 *
 * `tenant_id` is the uploader's tenant (null: center staff; RLS shows null rows only to
 * center-wide scopes).
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: idColumn(),
    tenantId: uuid('tenant_id'),
    /** Which import: `queue_log`, `knowledge_csv`, `knowledge_xzufi`, `gazetteer`, `billing_costs`, … */
    kind: varchar('kind', { length: 40 }).notNull(),
    fileName: text('file_name').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    bytesTotal: bigint('bytes_total', { mode: 'number' }),
    bytesReceived: bigint('bytes_received', { mode: 'number' }).notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsAccepted: integer('rows_accepted').notNull().default(0),
    rowsRefused: integer('rows_refused').notNull().default(0),
    /** Every refused row with its reason (the report); the file's own refusal too. */
    refused: jsonb('refused').$type<RefusedRow[]>().notNull().default([]),
    /** The module's own result (counts it reports), once completed. */
    result: jsonb('result').$type<Record<string, unknown>>(),
    message: text('message'),
    createdByUserId: uuid('created_by_user_id'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [tenantIsolationPolicy(), index('import_runs_kind_created_idx').on(t.kind, t.createdAt)],
).enableRLS();

export type ImportRunRow = typeof importRuns.$inferSelect;
