import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { directDatabaseUrl, loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { ALL_TENANTS, onlyTenants, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { createJobRunner } from '../src/platform/jobs/jobs.js';
import { stopChanges, subscribeChanges, type Change } from '../src/platform/realtime/change-bus.js';
import { TENANT_SCOPE_SETTING } from '../src/platform/db/tenant-policy.js';
import { systemClock } from '../src/platform/time/clock.js';
import { withDatabaseName } from './support/database-url.js';
import { testClock } from './support/test-clock.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/**
 * The app with DATABASE_URL through pgbouncer in transaction mode (scripts/start-pgbouncer.sh) and
 * DATABASE_DIRECT_URL straight to PostgreSQL (decision 0148): requests with row-level security, a live
 * update over LISTEN/NOTIFY, and a job through pg-boss. PostgreSQL run only. CI (.ci/run) sets
 * PGBOUNCER_TEST_URL and starts pgbouncer: there a missing pgbouncer fails the test instead of skipping it.
 */
const serverUrl = process.env.DATABASE_URL;
const bouncerBase =
  process.env.PGBOUNCER_TEST_URL ??
  (serverUrl
    ? (() => {
        const u = new URL(serverUrl);
        u.port = '6432';
        return u.toString();
      })()
    : undefined);

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const unavailable = !serverUrl
  ? 'PGlite run (pgbouncer sits in front of PostgreSQL only)'
  : process.env.PGBOUNCER_TEST_URL
    ? null // required: a failure to connect fails the test below
    : (await reachable(bouncerBase!)) && `no pgbouncer at ${bouncerBase} (sudo bash scripts/start-pgbouncer.sh)`;

describe.skipIf(unavailable !== null)(`app through pgbouncer, LISTEN direct${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let direct: TestDatabase;
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let bouncerUrl: string;
  let databaseName: string;

  beforeAll(async () => {
    direct = await createTestDatabase();
    databaseName = new URL(direct.url!).pathname.slice(1);
    bouncerUrl = withDatabaseName(bouncerBase!, databaseName);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: bouncerUrl, DATABASE_DIRECT_URL: direct.url });
    database = openPostgres(config.DATABASE_URL!, 5, { directUrl: directDatabaseUrl(config) });
    app = await buildApp({ config, database, clock: testClock() });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    if (database) {
      await stopChanges(database);
      await database.close();
    }
    await direct?.destroy();
  });

  it('the request pool goes through pgbouncer, the session connection does not', async () => {
    await queryRows(database.db, sql`select 1`);
    const console = new pg.Client({ connectionString: withDatabaseName(bouncerBase!, 'pgbouncer') });
    await console.connect();
    try {
      const clients = await console.query<{ database: string }>('SHOW CLIENTS');
      expect(clients.rows.filter((c) => c.database === databaseName).length).toBeGreaterThan(0);
    } finally {
      await console.end();
    }
    const session = await database.sessionClient!();
    try {
      expect(session.port).toBe(Number(new URL(direct.url!).port || 5432));
    } finally {
      session.release();
    }
  });

  it('row-level security holds under transaction pooling: the tenant scope is transaction-local and never stays on a server connection', async () => {
    const [ids] = await queryRows<{ laatzen: string; langenhagen: string }>(
      database.db,
      sql`select (select id from tenants where slug = 'laatzen') as laatzen, (select id from tenants where slug = 'langenhagen') as langenhagen`,
    );
    const expected = await database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ tenant_id: string; n: number }>(tx, sql`select tenant_id, count(*)::int as n from departments group by tenant_id`),
    );
    const countOf = (id: string) => expected.find((r) => r.tenant_id === id)?.n ?? 0;
    expect(countOf(ids!.laatzen)).toBeGreaterThan(0);
    expect(countOf(ids!.langenhagen)).toBeGreaterThan(0);
    // Many scoped transactions at once over 5 pooled clients and pgbouncer's server connections, interleaved
    // with unscoped statements: each sees its own tenant's rows only (no filter in the query: RLS does it),
    // and a statement outside a transaction finds no scope or role left behind by the one before.
    const rounds = Array.from({ length: 24 }, (_, i) => i);
    const results = await Promise.all(
      rounds.map(async (i) => {
        if (i % 3 === 2) {
          const [row] = await queryRows<{ scope: string | null; role: string }>(
            database.db,
            sql`select nullif(current_setting(${TENANT_SCOPE_SETTING}, true), '') as scope, current_user as role`,
          );
          return { kind: 'unscoped' as const, row };
        }
        const tenant = i % 3 === 0 ? ids!.laatzen : ids!.langenhagen;
        const [row] = await database.scoped(onlyTenants(tenant), (tx) =>
          queryRows<{ n: number; tenants: number }>(
            tx,
            sql`select count(*)::int as n, count(distinct tenant_id)::int as tenants from departments`,
          ),
        );
        return { kind: 'scoped' as const, tenant, row };
      }),
    );
    for (const result of results) {
      if (result.kind === 'unscoped') expect(result.row).toEqual({ scope: null, role: 'dialogcenter' });
      else expect(result.row).toEqual({ n: countOf(result.tenant), tenants: 1 });
    }
    // Through HTTP: login (session written) and a tenant-bound editor sees only its own tenant's gaps.
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'redaktion.laatzen', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `dc_session=${login.cookies.find((c) => c.name === 'dc_session')!.value}`;
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const gaps = await app.inject({ method: 'GET', url: '/api/v1/knowledge/gaps', headers: { cookie } });
    expect(gaps.statusCode).toBe(200);
    expect(gaps.json().items.every((g: { tenant: { slug: string } }) => g.tenant.slug === 'laatzen')).toBe(true);
  });

  it('a change committed through pgbouncer reaches the LISTEN connection on the direct URL', async () => {
    const received: Change[] = [];
    const unsubscribe = await subscribeChanges(database, (change) => received.push(change));
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'agent', password: DEMO_PASSWORD },
      });
      const cookie = `dc_session=${login.cookies.find((c) => c.name === 'dc_session')!.value}`;
      const put = await app.inject({ method: 'PUT', url: '/api/v1/desktop/state', headers: { cookie }, payload: { state: 'break' } });
      expect(put.statusCode).toBe(200);
      // Waits for the outcome; the limit only guards against a hang.
      await expect.poll(() => received.some((c) => c.topic === 'agents'), { timeout: 10_000, interval: 50 }).toBe(true);
    } finally {
      unsubscribe();
    }
  });

  it('pg-boss runs a job on the direct URL; the job works through the pooled connection', async () => {
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: bouncerUrl, DATABASE_DIRECT_URL: direct.url });
    const runner = createJobRunner({
      database,
      clock: systemClock,
      log: { info: () => undefined, warn: () => undefined, error: (obj: object, msg?: string) => console.error(msg, obj) },
      connectionString: directDatabaseUrl(config),
      pollingIntervalSeconds: 0.5,
    });
    let tenants = 0;
    runner.registerJob({
      name: 'pgbouncer-probe',
      everySeconds: 1,
      handler: async ({ database: db }) => {
        const [row] = await db.scoped(ALL_TENANTS, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from tenants`));
        tenants = row!.n;
      },
    });
    await runner.start();
    try {
      await expect.poll(() => tenants, { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);
    } finally {
      await runner.stop(5_000);
    }
  });
});
