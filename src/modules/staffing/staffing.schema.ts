import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';

/**
 * Saved what-if scenarios of the staffing plan ("Garbsen und Lehrte ab März"). Center-wide planning
 * like the cost plan: no tenant owns a scenario, so the table has no tenant_id; only center staff
 * (supervisors and administrators not bound to a tenant) read and write it (staffing.service.ts).
 */
export const staffingScenarios = pgTable(
  'staffing_scenarios',
  {
    id: idColumn(),
    name: text('name').notNull(),
    /** The what-if request as the API takes it (whatIfRequestSchema), re-validated when read. */
    request: jsonb('request').notNull(),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name').notNull(),
    /** Set by the use case from its clock (the list sorts by it). */
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    uniqueIndex('staffing_scenarios_name_uq').on(sql`lower(${t.name})`),
    check('staffing_scenarios_name_check', sql`char_length(${t.name}) between 1 and 120`),
  ],
);
