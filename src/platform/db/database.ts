import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { TENANT_SCOPE_SETTING } from './tenant-policy.js';

/** The query builder, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; repositories take this, never the outer `Db`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

/**
 * Which tenants' rows a transaction may see. The center's own staff work for all
 * tenants ('all'); editors and back-office staff for one.
 */
export type TenantScope = { kind: 'all' } | { kind: 'tenants'; tenantIds: readonly string[] };
export const ALL_TENANTS: TenantScope = { kind: 'all' };
export const onlyTenants = (...tenantIds: string[]): TenantScope => ({ kind: 'tenants', tenantIds });

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /**
   * Runs `fn` in one transaction, as role dc_app with the tenant scope set, so
   * PostgreSQL's row-level security guards every statement inside.
   */
  scoped<T>(scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The embedded instance, when there is one (tests dump and clone it). */
  readonly pglite?: PGlite;
}

export const pgliteExtensions = { pg_trgm, unaccent, btree_gist };

function scopeValue(scope: TenantScope): string {
  if (scope.kind === 'all') return '*';
  for (const id of scope.tenantIds) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new Error(`invalid tenant id in scope: ${id}`);
  }
  return scope.tenantIds.join(',');
}

function makeScoped(db: Db): Database['scoped'] {
  return (scope, fn) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config(${TENANT_SCOPE_SETTING}, ${scopeValue(scope)}, true), set_config('role', 'dc_app', true)`);
      return fn(tx);
    });
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: pgliteExtensions,
  });
  return fromPglite(client);
}

export function fromPglite(client: PGlite): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    scoped: makeScoped(db),
    close: () => client.close(),
  };
}

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    scoped: makeScoped(db),
    close: () => pool.end(),
  };
}

/** Rows of a raw SQL query, for the few queries the builder cannot express. */
export async function queryRows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result = (await q.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
