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
  /** Connections of the pool (PostgreSQL; PGlite has its one connection and no pool). */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
  /** The embedded instance, when there is one (tests dump and clone it). */
  readonly pglite?: PGlite;
  /**
   * PostgreSQL: a connection of its own for session state (LISTEN), on the direct URL when one was given
   * (the request pool may go through pgbouncer in transaction mode, where a LISTEN would be lost the moment
   * its transaction ends). Release it to give it back.
   */
  sessionClient?(): Promise<pg.PoolClient>;
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

/**
 * Several use cases in ONE transaction (bulk work such as demo data): `fn` gets a Database whose
 * `scoped` runs the use case's work in that transaction under the use case's own tenant scope
 * (set again only when it changes), instead of opening a transaction of its own. Saves per use case
 * the BEGIN, the scope and the COMMIT, which on PGlite cost about as much as the work itself.
 * All or nothing: a use case that fails fails the batch, and nothing of it is kept. Keep such a batch
 * short (on PGlite every other query waits for it), and do not use it for work that catches a failed
 * statement and carries on. `db` of the given Database still reaches outside the transaction.
 */
export function inOneTransaction<T>(database: Database, fn: (batched: Database) => Promise<T>): Promise<T> {
  return database.scoped(ALL_TENANTS, async (outer) => {
    let current = scopeValue(ALL_TENANTS);
    let failed: unknown = null;
    const batched: Database = {
      ...database,
      scoped: async (scope, inner) => {
        if (failed) throw failed;
        const value = scopeValue(scope);
        if (value !== current) {
          await outer.execute(sql`select set_config(${TENANT_SCOPE_SETTING}, ${value}, true)`);
          current = value;
        }
        try {
          return await inner(outer);
        } catch (error) {
          failed = error;
          throw error;
        }
      },
    };
    const result = await fn(batched);
    if (failed) throw failed;
    return result;
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

/**
 * A pool for PostgreSQL. `url` serves requests and may point at pgbouncer in transaction mode: every
 * statement of the app runs in a transaction or on its own, its settings are transaction-local
 * (`set_config(..., true)` in `scoped`), and node-postgres sends only unnamed prepared statements, which
 * pgbouncer 1.18 passes within one transaction. `directUrl` (default `url`) is for the session
 * connections (LISTEN); they get a small pool of their own when it differs.
 */
export function openPostgres(url: string, poolSize = 10, options: { directUrl?: string } = {}): Database {
  const pool = newPool(url, poolSize);
  const directUrl = options.directUrl ?? url;
  // Two: the change bus's LISTEN connection and, briefly, its successor after a lost connection.
  let sessionPool: pg.Pool | null = directUrl === url ? pool : null;
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    scoped: makeScoped(db),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: poolSize }),
    sessionClient: () => {
      sessionPool ??= newPool(directUrl, 2);
      return sessionPool.connect();
    },
    close: async () => {
      if (sessionPool && sessionPool !== pool) await sessionPool.end();
      await pool.end();
    },
  };
}

function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  // Nor one that is checked out (a transaction, the LISTEN connection) when the server goes away:
  // node-postgres emits 'error' on such a client with no listener, which ends the process. Its
  // running query is rejected anyway (the caller sees the failure), and the pool drops the broken
  // client when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Rows of a raw SQL query, for the few queries the builder cannot express. */
export async function queryRows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result = (await q.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
