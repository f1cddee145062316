import { sql } from 'drizzle-orm';
import { pgPolicy, pgRole } from 'drizzle-orm/pg-core';

/**
 * The role every request transaction switches to (`SET LOCAL ROLE`). It is not a
 * superuser and owns no table, so PostgreSQL applies row-level security to it even
 * when the connection itself logs in as a superuser (as PGlite always does).
 * Created by the first, hand-written migration.
 */
export const appRole = pgRole('dc_app').existing();

/** Name of the transaction-local setting that carries the tenant scope. */
export const TENANT_SCOPE_SETTING = 'app.tenant_scope';

/**
 * The scope test as SQL. CASE, not OR: PostgreSQL does not promise to evaluate OR
 * left to right, and casting '*' to uuid[] would fail.
 */
export const scopeCondition = (column: string) =>
  `CASE WHEN current_setting('${TENANT_SCOPE_SETTING}', true) = '*' THEN true ` +
  `ELSE ${column} = ANY (string_to_array(nullif(current_setting('${TENANT_SCOPE_SETTING}', true), ''), ',')::uuid[]) END`;

/**
 * Row-level security for a tenant-owned table: a row is visible and writable only
 * when its tenant_id is in the transaction's scope ('*' means every tenant, for the
 * center's own staff). No scope set means no rows: the policy fails closed.
 */
export const tenantIsolationPolicy = (column = 'tenant_id') =>
  pgPolicy('tenant_isolation', {
    as: 'permissive',
    for: 'all',
    to: appRole,
    using: sql.raw(scopeCondition(column)),
    withCheck: sql.raw(scopeCondition(column)),
  });
