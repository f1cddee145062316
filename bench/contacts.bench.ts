/**
 * Contacts benchmarks (issue 4), both through the real HTTP endpoints of a running app:
 * 1. Event ingest: a heavy pilot-scale day (all 22 hotlines, 18 agents mapped to accounts,
 *    morning peak, 5 % of events out of order, 2 % repeated) pushed by the load generator in batches of 200 from
 *    8 concurrent senders; events per second, then a check that nothing was lost
 *    (every unique event stored once, every call derived with the generator's outcome).
 * 2. Wallboard fan-out: 500 browsers on the server-sent-events stream; a new waiting
 *    call is pushed 10 times; delay from the POST to each browser seeing it (p50/p95/max).
 * Runs on PostgreSQL (BENCH_DATABASE_URL, a scratch database is created and dropped) and
 * on PGlite (in memory). `BENCH_CALLS` changes the day's size (default 8,000 calls).
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { createUser } from '../src/modules/accounts/accounts.service.js';
import { demoHotline, demoQueue } from '../src/modules/contacts/contacts.demo.js';
import { generatePilotDay, playEvents, streamOfEvents } from '../src/modules/contacts/load/pilot-day.js';
import { addHotline, mapAgentLine, registerTelephoneSystem } from '../src/modules/contacts/telephony/telephony.service.js';
import { listTenants } from '../src/modules/tenancy/tenancy.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { openPglite, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter';
const CALLS = Number(process.env.BENCH_CALLS ?? 8000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const ROUNDS = 10;
const PASSWORD = 'Bench-Passwort-2026!';
const AGENT_IDS = Array.from({ length: 18 }, (_, i) => `SIP/${2001 + i}`);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function prepare(database: Database) {
  await seedTenants(database);
  const ctx = { database, actor: systemActor('bench'), clock: systemClock };
  const { token, system } = await registerTelephoneSystem(ctx, 'ACD Bench');
  const tenants = await listTenants(ctx);
  for (const t of tenants) {
    await addHotline(ctx, { dialledNumber: demoHotline(t.ags), tenantId: t.id, queueName: demoQueue(t.slug), label: t.name });
  }
  await createUser(ctx, { username: 'bench.teamleitung', displayName: 'Bench Teamleitung', password: PASSWORD, roles: ['supervisor'] });
  // 18 agents (13 TIZ staff + 5 pilot), mapped to ACD ids: the ingest also moves their states.
  for (const id of AGENT_IDS) {
    const user = await createUser(ctx, {
      username: `bench.${id.slice(4)}`,
      displayName: `Agent ${id}`,
      password: PASSWORD,
      roles: ['agent'],
    });
    await mapAgentLine(ctx, { telephoneSystemId: system.id, externalAgentId: id, userId: user.id });
  }
  return { token, tenants };
}

async function ingest(database: Database, baseUrl: string, token: string, tenants: { slug: string; ags: string }[], label: string) {
  const calls = generatePilotDay({
    day: new Date(),
    calls: CALLS,
    agentIds: AGENT_IDS,
    lines: tenants.map((t) => ({
      dialledNumber: demoHotline(t.ags),
      queue: demoQueue(t.slug),
      weight: t.slug === 'hannover' ? 6 : t.slug === 'region-hannover' ? 3 : 1,
    })),
    callIdPrefix: `bench-${Date.now()}`,
  });
  const unique = calls.flatMap((c) => c.events).length;
  const stream = streamOfEvents(calls, { outOfOrder: 0.05, repeats: 0.02 });
  const result = await playEvents(baseUrl, token, stream, { batchSize: 200, concurrency: 8 });
  const rate = stream.length / result.seconds;
  const [stored] = await database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ events: number; calls: number; answered: number; abandoned: number; callbacks: number }>(
      tx,
      sql`select (select count(*)::int from call_events) as events, count(*)::int as calls,
            (count(*) filter (where status = 'completed'))::int as answered,
            (count(*) filter (where status = 'abandoned'))::int as abandoned,
            (count(*) filter (where status = 'callback'))::int as callbacks
          from calls`,
    ),
  );
  const expected = {
    answered: calls.filter((c) => c.outcome === 'answered').length,
    abandoned: calls.filter((c) => c.outcome === 'abandoned').length,
    callbacks: calls.filter((c) => c.outcome === 'callback').length,
  };
  const isComplete =
    result.failures === 0 &&
    stored!.events === unique &&
    stored!.calls === calls.length &&
    stored!.answered === expected.answered &&
    stored!.abandoned === expected.abandoned &&
    stored!.callbacks === expected.callbacks;
  console.log(
    `${label} ingest: ${stream.length} events (${unique} unique, ${calls.length} calls) in ${result.seconds.toFixed(1)} s = ` +
      `${Math.round(rate)} events/s over HTTP (${result.requests} requests, ${result.failures} failed); ` +
      `stored ${stored!.events} events, ${stored!.calls} calls (${stored!.answered} answered, ${stored!.abandoned} abandoned, ${stored!.callbacks} call-backs): ` +
      `${isComplete ? 'nothing lost' : 'MISMATCH'}; goal >= 2000 events/s: ${rate >= 2000 ? 'met' : 'NOT met'}`,
  );
}

async function login(baseUrl: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.teamleitung', password: PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return cookie;
}

async function fanOut(baseUrl: string, token: string, label: string) {
  const cookie = await login(baseUrl);
  const latest: number[] = new Array(CLIENTS).fill(-1);
  const waiters: ((client: number, waiting: number) => void)[] = [];
  const requests: http.ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: CLIENTS },
      (_, client) =>
        new Promise<void>((resolve, reject) => {
          const req = http.get(`${baseUrl}/api/v1/wallboard/stream`, { headers: { cookie }, agent: false }, (res) => {
            let buffer = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end: number;
              while ((end = buffer.indexOf('\n\n')) >= 0) {
                const frame = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = frame.indexOf('\ndata: ');
                if (!frame.startsWith('event: wallboard') || data < 0) continue;
                const waiting = (JSON.parse(frame.slice(data + 7)) as { totals: { waitingCalls: number } }).totals.waitingCalls;
                latest[client] = waiting;
                for (const w of waiters) w(client, waiting);
                resolve();
              }
            });
          });
          req.on('error', reject);
          requests.push(req);
        }),
    ),
  );
  const delays: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const target = latest[0]! + 1;
    const seen = new Set<number>();
    const sent = performance.now();
    const done = new Promise<void>((resolve) => {
      const waiter = (client: number, waiting: number) => {
        if (waiting >= target && !seen.has(client)) {
          seen.add(client);
          delays.push(performance.now() - sent);
          if (seen.size === CLIENTS) {
            waiters.splice(waiters.indexOf(waiter), 1);
            resolve();
          }
        }
      };
      waiters.push(waiter);
    });
    const res = await fetch(`${baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        eventId: `fan-${round}`,
        callId: `fan-${Date.now()}-${round}`,
        type: 'offered',
        occurredAt: new Date().toISOString(),
        dialledNumber: demoHotline('03241001'),
      }),
    });
    if (res.status !== 202) throw new Error(`event refused: ${res.status}`);
    await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))]);
    await new Promise((r) => setTimeout(r, 500));
  }
  for (const req of requests) req.destroy();
  const missing = CLIENTS * ROUNDS - delays.length;
  console.log(
    `${label} wallboard fan-out: ${CLIENTS} SSE clients x ${ROUNDS} pushes: delay p50 ${percentile(delays, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(delays, 95).toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms, ${missing} missed; goal p95 < 1000 ms: ${percentile(delays, 95) < 1000 && missing === 0 ? 'met' : 'NOT met'}`,
  );
}

async function onDatabase(database: Database, label: string) {
  const { token, tenants } = await prepare(database);
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), database });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    await ingest(database, baseUrl, token, tenants, label);
    await fanOut(baseUrl, token, label);
  } finally {
    await app.close();
  }
}

export async function run() {
  const admin = new pg.Client({ connectionString: PG_URL });
  let isPgReachable = true;
  await admin.connect().catch(() => (isPgReachable = false));
  if (isPgReachable) {
    const name = `dc_bench_contacts_${process.pid}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const database = openPostgres(url.toString(), 12);
    try {
      await runMigrations(database, url.toString());
      await onDatabase(database, 'PostgreSQL');
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  } else {
    console.log('PostgreSQL not reachable; skipped (set BENCH_DATABASE_URL)');
  }
  if (process.env.BENCH_SKIP_PGLITE !== 'true') {
    const database = await openPglite();
    try {
      await runMigrations(database);
      await onDatabase(database, 'PGlite');
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
