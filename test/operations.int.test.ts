import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { fromPglite, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { createJobRunner } from '../src/platform/jobs/jobs.js';
import { addressMatcher } from '../src/platform/metrics/metrics.js';
import { withDatabaseName } from './support/database-url.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Operations (decision 0143): liveness and readiness, Prometheus metrics behind a token or an address list. */

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_ALLOW_FROM: '10.20.0.0/16' } });
  admin = await t.login('admin');
});
afterAll(() => t.close());

const issueToken = async (scopes: string[]) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/api-tokens',
    headers: { cookie: admin },
    payload: { name: `Prometheus ${scopes.join(',')}`, scopes, expiresInDays: 30 },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().token as string;
};
const scrape = (headers: Record<string, string> = {}, remoteAddress?: string) =>
  t.app.inject({ method: 'GET', url: '/metrics', headers, ...(remoteAddress ? { remoteAddress } : {}) });

/** The value of one sample line `name{labels} value`, or undefined. */
function sample(body: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of body.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (!Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) continue;
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

/** An app on another database (fresh and unmigrated, or unreachable), to see readiness fail. */
async function appOn(database: Database) {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database });
  await app.ready();
  return app;
}

describe('health: live and ready', () => {
  it('live answers without the database; ready and /api/health report database and migrations', async () => {
    const live = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok' });
    for (const url of ['/api/health/ready', '/api/health']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'ok',
        database: { reachable: true, kind: t.db.database.kind },
        migrations: { pending: 0 },
      });
      expect(res.json().migrations.applied).toBeGreaterThan(10);
    }
  });

  it('ready is 503 on a database without the migrations, and when the database does not answer; live stays 200', async () => {
    let database: Database;
    let drop: (() => Promise<void>) | undefined;
    if (t.db.url) {
      const name = `dc_test_empty_${randomBytes(4).toString('hex')}_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      database = openPostgres(withDatabaseName(process.env.DATABASE_URL!, name), 2);
      drop = async () => {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      };
    } else {
      // A copy of this test's database with its migration journal emptied (a fresh PGlite takes long to create).
      database = fromPglite((await t.db.database.pglite!.clone()) as PGlite);
      await database.db.execute(sql`delete from drizzle.__drizzle_migrations`);
    }
    const app = await appOn(database);
    try {
      const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'degraded', database: { reachable: true }, migrations: { applied: 0 } });
      expect(ready.json().migrations.pending).toBeGreaterThan(10);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(503);
      expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
      // The database goes away: ready reports it unreachable, live still answers. On PostgreSQL the database
      // is dropped with its connections (closing our pool would wait for the app's LISTEN connection forever).
      if (drop) {
        await drop();
        drop = undefined;
      } else await database.close();
      const gone = await app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(gone.statusCode).toBe(503);
      expect(gone.json()).toMatchObject({ status: 'degraded', database: { reachable: false } });
      expect((await app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await drop?.();
      if (t.db.url) await database.close();
    }
  }, 180_000);

  it('ready turns 503 when a migration is missing from the journal table and 200 again when it is back', async () => {
    const [last] = await queryRows<{ id: number; hash: string; created_at: string }>(
      t.db.database.db,
      sql`select id, hash, created_at::text from drizzle.__drizzle_migrations order by id desc limit 1`,
    );
    await t.db.database.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last!.id}`);
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json().migrations.pending).toBe(1);
    } finally {
      await t.db.database.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last!.id}, ${last!.hash}, ${last!.created_at}::bigint)`,
      );
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  });
});

describe('Prometheus /metrics', () => {
  it('needs a token of scope metrics:read (401 without, 403 with another scope) unless the caller is in METRICS_ALLOW_FROM', async () => {
    expect((await scrape()).statusCode).toBe(401);
    const reporting = await issueToken(['reporting:read']);
    expect((await scrape({ authorization: `Bearer ${reporting}` })).statusCode).toBe(403);
    expect((await scrape({ authorization: 'Bearer dc_not-a-token' })).statusCode).toBe(401);
    const metrics = await issueToken(['metrics:read']);
    const ok = await scrape({ authorization: `Bearer ${metrics}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/plain');
    // From the allowed network no token is needed; from elsewhere it is.
    expect((await scrape({}, '10.20.3.4')).statusCode).toBe(200);
    expect((await scrape({}, '10.21.3.4')).statusCode).toBe(401);
  });

  it('reports request latencies per route pattern (no ids, no query strings), outbox backlog and age, pool use', async () => {
    const token = await issueToken(['metrics:read']);
    await t.app.inject({ method: 'GET', url: '/api/health/live?probe=citizen@example.org' });
    await t.app.inject({ method: 'GET', url: '/api/v1/service-requests/00000000-0000-4000-8000-000000000001', headers: { cookie: admin } });
    const body = (await scrape({ authorization: `Bearer ${token}` })).body;
    expect(
      sample(body, 'dc_http_request_duration_seconds_count', { route: '/api/health/live', method: 'GET', status_code: '200' }),
    ).toBeGreaterThanOrEqual(1);
    expect(body).toContain('route="/api/v1/service-requests/:id"');
    expect(body).not.toContain('00000000-0000-4000-8000-000000000001');
    expect(body).not.toContain('citizen@example.org');
    const [outbox] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ pending: number }>(tx, sql`select count(*)::int as pending from outbox_mail where status in ('pending', 'sending')`),
    );
    expect(sample(body, 'dc_mail_outbox_backlog', { status: 'pending' })).toBe(outbox!.pending);
    expect(sample(body, 'dc_mail_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(body, 'dc_db_pool_connections', { state: 'max' })).toBe(t.db.url ? 5 : 1);
    expect(sample(body, 'dc_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('reports job queue depth and failed runs of the job runner', async () => {
    const runner = createJobRunner({
      database: t.db.database,
      clock: t.clock,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      connectionString: t.db.url,
      pollingIntervalSeconds: 0.5,
    });
    runner.registerJob({
      name: 'metrics-test-failing',
      everySeconds: 3600,
      handler: async () => {
        throw new Error('kaputt');
      },
    });
    await runner.start();
    const token = await issueToken(['metrics:read']);
    try {
      await expect
        .poll(
          async () =>
            sample((await scrape({ authorization: `Bearer ${token}` })).body, 'dc_job_runs_total', {
              job: 'metrics-test-failing',
              outcome: 'failed',
            }),
          {
            timeout: 60_000,
            interval: 250,
          },
        )
        .toBe(1);
      // The run counter moves when the handler throws; pg-boss marks the job failed in its table a moment
      // later (its own transaction): wait for that too, as a scraper would see it on its next scrape.
      await expect
        .poll(
          async () =>
            sample((await scrape({ authorization: `Bearer ${token}` })).body, 'dc_job_failed_retained', {
              queue: 'metrics-test-failing',
            }),
          { timeout: 60_000, interval: 250 },
        )
        .toBe(1);
      const body = (await scrape({ authorization: `Bearer ${token}` })).body;
      expect(sample(body, 'dc_job_runs_total', { job: 'metrics-test-failing', outcome: 'failed' })).toBe(1);
      expect(sample(body, 'dc_job_queue_depth', { queue: 'metrics-test-failing' })).toBe(0);
    } finally {
      await runner.stop(5_000);
    }
  });
});

describe('address matcher of METRICS_ALLOW_FROM', () => {
  it('matches addresses and ranges, IPv4-mapped IPv6 as IPv4, nothing when empty', () => {
    const m = addressMatcher(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
    expect(m('127.0.0.1')).toBe(true);
    expect(m('::ffff:10.9.8.7')).toBe(true);
    expect(m('fd12::1')).toBe(true);
    expect(m('11.0.0.1')).toBe(false);
    expect(m('not-an-ip')).toBe(false);
    expect(addressMatcher([])('127.0.0.1')).toBe(false);
  });
  it('refuses a bad METRICS_ALLOW_FROM at start', () => {
    expect(() => loadConfig({ METRICS_ALLOW_FROM: '10.0.0.0/8, example.org' })).toThrow(/METRICS_ALLOW_FROM.*example\.org/);
  });
});
