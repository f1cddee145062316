import { systemClock } from '../src/platform/time/clock.js';
/**
 * Reporting benchmarks (issue 10), on a fresh PGlite and a fresh PostgreSQL database:
 * 1. Month report from the rollups: `BENCH_CALL_ROWS` call rows on PostgreSQL (default 10 million,
 *    the size) and `BENCH_CALL_ROWS_PGLITE` on PGlite (default 1 million: the embedded
 *    engine holds the database in this process), inserted in chunks of 1 million, spread over 12 months, 22 tenants,
 *    18 agents, generated with generate_series and rolled up with the backfill SQL of migration
 *    0013 (the same cells the ingest keeps). Then the calls report for one month, one tenant
 *    and all tenants, grouped by day: p50/p95 of 20 runs each.
 * 2. Ingest rate with and without keeping the rollups current: `BENCH_INGEST_CALLS` calls
 *    (default 2,000) of the load generator through ingestCallEvents in batches of 200.
 * Figures are printed with their ratio to the goals (month report p95 < 1 s on
 * PostgreSQL; ingest with rollups ≥ 80 % of 4,280 events/s), never asserted.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { demoHotline, demoQueue } from '../src/modules/contacts/contacts.demo.js';
import { generatePilotDay, streamOfEvents } from '../src/modules/contacts/load/pilot-day.js';
import { rollupBenchmarkSwitch } from '../src/modules/contacts/statistics/call-rollups.service.js';
import {
  addHotline,
  ingestCallEvents,
  normaliseEvent,
  registerTelephoneSystem,
} from '../src/modules/contacts/telephony/telephony.service.js';
import { getCallReport } from '../src/modules/reporting/call-report.service.js';
import { listTenants } from '../src/modules/tenancy/tenancy.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { ALL_TENANTS, type Database } from '../src/platform/db/database.js';
import { onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const ROWS_PG = Number(process.env.BENCH_CALL_ROWS ?? 10_000_000);
const ROWS_PGLITE = Number(process.env.BENCH_CALL_ROWS_PGLITE ?? 1_000_000);
const CHUNK = 1_000_000;
/** The goals. */
const GOAL_P95_MS = 1000;
const GOAL_INGEST_EVENTS_PER_S = 0.8 * 4280;
const INGEST_CALLS = Number(process.env.BENCH_INGEST_CALLS ?? 2000);
const RUNS = 20;

async function measure(database: Database, label: string, engine: 'pglite' | 'postgres') {
  const ROWS = engine === 'postgres' ? ROWS_PG : ROWS_PGLITE;
  await seedTenants(database);
  const ctx = { database, actor: { ...systemActor('bench'), roles: ['supervisor' as const] }, clock: systemClock };
  const tenants = await listTenants(ctx);
  const ids = tenants.map((t) => t.id);
  const backfill = readFileSync(new URL('../migrations/0013_call_rollups_backfill.sql', import.meta.url), 'utf8');
  let started = performance.now();
  for (let first = 1; first <= ROWS; first += CHUNK) {
    const last = Math.min(ROWS, first + CHUNK - 1);
    await database.scoped(ALL_TENANTS, (tx) =>
      tx.execute(sql`
      insert into calls (telephone_system_id, external_call_id, tenant_id, tenant_name, queue_name, agent_id, status, offered_at, answered_at, ended_at,
        wait_seconds, talk_seconds, last_event_at)
      select '00000000-0000-0000-0000-000000000001', 'b' || g, (${JSON.stringify(ids)}::jsonb ->> (g % ${ids.length}))::uuid, 't', 'q' || (g % ${ids.length}),
        'SIP/' || (2001 + g % 18),
        case when g % 10 = 0 then 'abandoned' when g % 37 = 0 then 'callback' else 'completed' end,
        ts, case when g % 10 = 0 or g % 37 = 0 then null else ts + ((g % 60) || ' seconds')::interval end,
        case when g % 10 = 0 or g % 37 = 0 then null else ts + ((g % 60 + 120) || ' seconds')::interval end,
        g % 60, case when g % 10 = 0 or g % 37 = 0 then null else 120 end, ts
      from (select g, timestamptz '2025-01-01 07:00+01' + ((g::bigint * 31536000 / ${ROWS}) || ' seconds')::interval as ts
            from generate_series(${first}::int, ${last}::int) g) x`),
    );
    if (last % 5_000_000 === 0 || last === ROWS)
      console.log(`${label}: ${last.toLocaleString('de-DE')} call rows inserted (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  await database.scoped(ALL_TENANTS, (tx) => tx.execute(sql.raw(backfill)));
  if (engine === 'postgres') await database.scoped(ALL_TENANTS, (tx) => tx.execute(sql`analyze call_rollups`));
  const cells = await database.scoped(ALL_TENANTS, (tx) => tx.execute(sql`select count(*)::int as n from call_rollups`));
  const cellCount = (cells as unknown as { rows: { n: number }[] }).rows[0]!.n;
  console.log(
    `${label}: ${ROWS.toLocaleString('de-DE')} call rows + ${cellCount.toLocaleString('de-DE')} rollup cells in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  for (const tenant of [tenants.find((t) => t.slug === 'langenhagen')!.ags, 'all']) {
    const times: number[] = [];
    let offered = 0;
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      const r = await getCallReport(ctx, { from: '2025-03-01', to: '2025-03-31', tenant, groupBy: 'day' });
      times.push(performance.now() - started);
      offered = r.totals.offered;
    }
    console.log(
      `${label}: month report (March, by day) tenant=${tenant}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (${offered.toLocaleString('de-DE')} offered); p95 = ${((percentile(times, 95) / GOAL_P95_MS) * 100).toFixed(1)} % of the 1 s goal`,
    );
  }

  // Ingest with and without rollups.
  const admin = { database, actor: systemActor('bench'), clock: systemClock };
  const { system } = await registerTelephoneSystem(admin, `ACD Bench ${label}`);
  for (const t of tenants)
    await addHotline(admin, { dialledNumber: demoHotline(t.ags), tenantId: t.id, queueName: demoQueue(t.slug), label: t.name });
  const lines = tenants.map((t) => ({ dialledNumber: demoHotline(t.ags), queue: demoQueue(t.slug), weight: 1 }));
  const rates: Record<string, number> = {};
  for (const [name, enabled] of [
    ['with rollups', true],
    ['without rollups', false],
    ['with rollups (again)', true],
  ] as const) {
    rollupBenchmarkSwitch.enabled = enabled;
    const calls = generatePilotDay({
      day: new Date('2025-06-03T10:00:00Z'),
      calls: INGEST_CALLS,
      lines,
      agentIds: ['SIP/2001', 'SIP/2002'],
      callIdPrefix: `ing-${name}`,
    });
    const events = streamOfEvents(calls, { repeats: 0 }).map(normaliseEvent);
    started = performance.now();
    for (let i = 0; i < events.length; i += 200) await ingestCallEvents(database, system.id, events.slice(i, i + 200), { live: false });
    rates[name] = events.length / ((performance.now() - started) / 1000);
    console.log(
      `${label}: ingest ${name}: ${Math.round(rates[name]!).toLocaleString('de-DE')} events/s (${events.length} events, one sender, batches of 200)`,
    );
  }
  rollupBenchmarkSwitch.enabled = true;
  const withRollups = (rates['with rollups']! + rates['with rollups (again)']!) / 2;
  console.log(`${label}: ingest with rollups = ${Math.round((withRollups / rates['without rollups']!) * 100)} % of the rate without`);
  console.log(
    `${label}: ingest with rollups = ${Math.round((withRollups / GOAL_INGEST_EVENTS_PER_S) * 100)} % of the goal (80 % of 4.280 = ${Math.round(GOAL_INGEST_EVENTS_PER_S).toLocaleString('de-DE')} events/s; measured under load average ${os.loadavg()[0]!.toFixed(1)})`,
  );
}

export async function run() {
  await onFreshDatabases({ name: 'reporting', poolSize: 10 }, (database, label, engine) => measure(database, label, engine));
}

runWhenCalledDirectly(import.meta.url, run);
