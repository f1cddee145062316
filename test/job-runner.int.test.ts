import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/database.js';
import { createAppJobRunner } from '../src/jobs.js';
import { createJobRunner, type JobRunner } from '../src/platform/jobs/jobs.js';
import { startSmtpSink, type SmtpSink } from '../src/platform/mail/smtp-sink.test-support.js';
import { systemClock } from '../src/platform/time/clock.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// The one test that starts the job runner for real (pg-boss on this run's engine:
// PGlite through its executeSql adapter, or PostgreSQL). Everywhere else tests call the
// job handlers directly with a clock. No timing is asserted: only that the job ran.
const quiet = { info: () => undefined, warn: () => undefined, error: (obj: object, msg?: string) => console.error(msg, obj) };

describe('job runner (pg-boss)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.destroy());

  it('starts, runs a registered job on its own, and stops gracefully', async () => {
    const runner = createJobRunner({
      database: db.database,
      clock: systemClock,
      log: quiet,
      connectionString: db.url,
      pollingIntervalSeconds: 0.5,
    });
    let runs = 0;
    runner.registerJob({ name: 'test-tick', everySeconds: 1, handler: async () => void runs++ });
    expect(() => runner.registerJob({ name: 'test-tick', everySeconds: 1, handler: async () => undefined })).toThrow(/twice/);
    expect(() => runner.registerJob({ name: 'bad name', everySeconds: 1, handler: async () => undefined })).toThrow(/invalid job name/);
    await runner.start();
    try {
      expect(runner.running).toBe(true);
      await expect.poll(() => runs, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    } finally {
      await runner.stop(5_000);
    }
    expect(runner.running).toBe(false);
    const after = runs;
    // Stopped: triggers are no-ops, the handler still works when called directly.
    runner.trigger('test-tick');
    await runner.runNow('test-tick');
    expect(runs).toBe(after + 1);
  });
});

describe('graceful stop drains running jobs (SIGTERM: src/main.ts stops the runner before HTTP and the database)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.destroy());

  it('stop() waits for the running handler, whose work is then complete; no new run starts after it', async () => {
    const runner = createJobRunner({
      database: db.database,
      clock: systemClock,
      log: quiet,
      connectionString: db.url,
      pollingIntervalSeconds: 0.5,
    });
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    runner.registerJob({
      name: 'test-drain',
      everySeconds: 3600,
      handler: async ({ database }) => {
        started++;
        order.push('started');
        // Half of the work, then wait for the test to ask the runner to stop, then the rest.
        await database.db.execute(sql`create table if not exists drain_probe (step int not null)`);
        await database.db.execute(sql`insert into drain_probe values (1)`);
        await gate;
        await database.db.execute(sql`insert into drain_probe values (2)`);
        order.push('finished');
      },
    });
    await runner.start();
    await expect.poll(() => started, { timeout: 60_000, interval: 100 }).toBe(1);
    const stopping = runner.stop(60_000).then(() => order.push('stopped'));
    // The stop has begun (the runner no longer takes work) while the handler still runs.
    expect(runner.running).toBe(false);
    setImmediate(release);
    await stopping;
    expect(order).toEqual(['started', 'finished', 'stopped']);
    const rows = await queryRows<{ step: number }>(db.database.db, sql`select step from drain_probe order by step`);
    expect(rows.map((r) => r.step)).toEqual([1, 2]);
    expect(started).toBe(1);
  });
});

describe("the app's runner: outbox mail leaves on its own after the forwarding committed", () => {
  let t: TestApp;
  let sink: SmtpSink;
  let runner: JobRunner | null = null;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ env: { SMTP_URL: sink.url, OUTBOX_POLL_SECONDS: '1' }, jobs: { trigger: (name) => runner?.trigger(name) } });
    const jobs = createAppJobRunner({
      config: t.app.config,
      database: t.db.database,
      clock: t.clock,
      log: quiet,
      connectionString: t.db.url,
      pollingIntervalSeconds: 0.5,
    });
    expect([...jobs.jobs.keys()]).toEqual([
      'mail-outbox',
      'tickets-deadline-sweep',
      'appointments-sweep',
      'itfaults-status-receipts',
      'onboarding-schedule',
      'reporting-rollup-check',
      'reporting-monthly-report',
      'privacy-retention',
    ]);
    await jobs.start();
    runner = jobs;
  });
  afterAll(async () => {
    await runner?.stop(5_000);
    await t?.close();
    await sink?.close();
  });

  it('sends the department mail without anyone calling the dispatcher', async () => {
    const agent = await t.login('agent');
    const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
      id: string;
      slug: string;
    }[];
    const tenantId = tenants.find((x) => x.slug === 'laatzen')!.id;
    const departments = (
      await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantId}/departments`, headers: { cookie: agent } })
    ).json().items;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: {
        tenantId,
        departmentId: departments.find((d: { name: string }) => d.name === 'Standesamt').id,
        serviceTitle: 'Geburtsurkunde',
        question: 'Kann meine Schwester die Geburtsurkunde für mich abholen?',
        citizen: { name: 'Lea Laatzen', phone: '05102 1234' },
        answerChannel: 'callback',
      },
    });
    expect(res.statusCode).toBe(201);
    const code = res.json().referenceCode as string;
    await expect.poll(() => sink.mails.filter((m) => m.subject?.includes(code)).length, { timeout: 30_000, interval: 250 }).toBe(1);
  });
});
