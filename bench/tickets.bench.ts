/**
 * Second-level benchmarks (issue 5):
 * 1. Deadline arithmetic: addWorkingTime over a year of start instants (pure).
 * 2. Forwarding: 300 forwardContact use cases (request + events + outbox + audit), p50/p95;
 *    on PostgreSQL 10 at a time.
 * 3. Outbox: sending those mails to a local SMTP sink on 127.0.0.1 (mails per second).
 * 4. On-time report over 50,000 requests (bulk-generated with SQL), and one deadline sweep
 *    over 2,000 running clocks.
 * Runs on PGlite (in memory) and on PostgreSQL (BENCH_DATABASE_URL).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { addWorkingTime, HOUR_MS } from '../src/modules/tickets/deadline.js';
import { reportOnTimeRate } from '../src/modules/tickets/desk.service.js';
import { forwardContact } from '../src/modules/tickets/forward.service.js';
import { mailSentEffects, smtpSettings } from '../src/jobs.js';
import { dispatchOutbox } from '../src/platform/mail/dispatcher.js';
import { smtpTransport } from '../src/platform/mail/transport.js';
import { systemClock } from '../src/platform/time/clock.js';
import { ticketSettings } from '../src/modules/tickets/request-lifecycle.js';
import { remindAndEscalate } from '../src/modules/tickets/sla-sweep.service.js';
import { startSmtpSink } from '../src/platform/mail/smtp-sink.test-support.js';
import { createDepartment, listDepartments, listTenants } from '../src/modules/tenancy/tenancy.service.js';
import { systemActor, type Actor } from '../src/platform/auth/actor.js';
import { queryRows, type Database } from '../src/platform/db/database.js';
import { onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const FORWARDS = 300;
const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
const settings = ticketSettings(config);

function deadlineArithmetic() {
  const calendar = { timeZone: 'Europe/Berlin', closingDays: new Set<string>() };
  const start = Date.UTC(2026, 0, 1);
  const n = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) addWorkingTime(new Date(start + i * 26 * 60_000), 24 * HOUR_MS, calendar);
  const ms = performance.now() - t0;
  console.log(`deadline: ${n} deadlines over a year of start times in ${ms.toFixed(0)} ms (${((ms / n) * 1000).toFixed(1)} µs each)`);
}

async function onDatabase(database: Database, label: string, concurrency: number) {
  await seedTenants(database);
  const admin = { database, actor: systemActor('bench'), clock: systemClock };
  const tenants = await listTenants(admin);
  const tenant = tenants.find((t) => t.slug === 'langenhagen')!;
  for (const t of tenants) {
    if ((await listDepartments(admin, t.id)).length === 0) {
      await createDepartment(admin, t.id, {
        name: 'Bürgerbüro',
        email: `bb@${t.slug}.demo.example.org`,
        deputyEmail: `bb-v@${t.slug}.demo.example.org`,
      });
    }
  }
  const department = (await listDepartments(admin, tenant.id))[0]!;
  const agent: Actor = { ...systemActor('bench-agent'), roles: ['agent'] };
  const times: number[] = [];
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < FORWARDS) {
        const i = next++;
        const started = performance.now();
        await forwardContact(
          { database, actor: agent, clock: systemClock },
          {
            tenantId: tenant.id,
            departmentId: department.id,
            serviceTitle: 'Wohnsitz anmelden',
            question: `Frage Nummer ${i}: Welche Unterlagen brauche ich für die Anmeldung?`,
            citizen: { name: `Bürger ${i}`, email: `b${i}@example.org` },
            answerChannel: 'email',
          },
          { settings },
        );
        times.push(performance.now() - started);
      }
    }),
  );
  const total = performance.now() - t0;
  console.log(
    `${label}: ${FORWARDS} forwards (concurrency ${concurrency}) in ${(total / 1000).toFixed(1)} s = ${(FORWARDS / (total / 1000)).toFixed(0)}/s; p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`,
  );

  const sink = await startSmtpSink();
  const transport = smtpTransport(smtpSettings(config, sink.url));
  const s0 = performance.now();
  let sent = 0;
  for (;;) {
    const r = await dispatchOutbox(database, transport, {
      from: 'bench@example.org',
      batchSize: 100,
      clock: systemClock,
      effects: mailSentEffects,
    });
    sent += r.sent;
    if (r.claimed === 0) break;
  }
  const sendMs = performance.now() - s0;
  transport.close();
  await sink.close();
  console.log(
    `${label}: outbox → local SMTP: ${sent} mails in ${(sendMs / 1000).toFixed(1)} s = ${(sent / (sendMs / 1000)).toFixed(0)} mails/s (received ${sink.mails.length})`,
  );

  // 50,000 historic requests across all tenants for the report, 2,000 of them still running.
  await database.scoped({ kind: 'all' }, (tx) =>
    tx.execute(sql`
      insert into service_requests (tenant_id, reference_code, department_id, service_title, question, citizen_name, citizen_email,
        answer_channel, status, budget_hours, created_at, due_at, answered_at, first_response_at, sla_running_since)
      select d.tenant_id, 'DC-BENCH-' || g, d.id, 'Leistung', 'Frage', 'Name', 'x@example.org', 'email',
        case when g % 25 = 0 then 'forwarded' else 'closed' end, 24,
        c, c + interval '1 day',
        case when g % 25 = 0 then null else c + (g % 30) * interval '1 hour' end,
        case when g % 25 = 0 then null else c + (g % 30) * interval '1 hour' end,
        case when g % 25 = 0 then c else null end
      from generate_series(1, 50000) g
      cross join lateral (select id, tenant_id from departments order by id offset (g % (select count(*) from departments)) limit 1) d
      cross join lateral (select now() - (g % 365) * interval '1 day' - (g % 600) * interval '1 minute' as c) ts`),
  );
  const supervisor = { database, actor: { ...systemActor('bench-supervisor'), roles: ['supervisor' as const] }, clock: systemClock };
  const from = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const reportTimes: number[] = [];
  let rows = 0;
  for (let i = 0; i < 10; i++) {
    const r0 = performance.now();
    const report = await reportOnTimeRate(supervisor, { from, to }, 'Europe/Berlin');
    reportTimes.push(performance.now() - r0);
    rows = report.departments.length;
  }
  const [count] = await database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_requests`),
  );
  console.log(
    `${label}: on-time report over ${count!.n} requests, one year, ${rows} departments: p50 ${percentile(reportTimes, 50).toFixed(0)} ms, max ${Math.max(...reportTimes).toFixed(0)} ms`,
  );
  const w0 = performance.now();
  const sweep = await remindAndEscalate(database, { settings, now: new Date(Date.now() - (Date.now() % 86_400_000) + 9 * HOUR_MS) });
  console.log(
    `${label}: deadline sweep over ~2,000 running clocks in ${(performance.now() - w0).toFixed(0)} ms (${sweep.reminded} reminded, ${sweep.escalated} escalated, ${sweep.deferred} deferred)`,
  );
}

export async function run() {
  deadlineArithmetic();
  await onFreshDatabases({ name: 'tickets', poolSize: 10 }, (database, label, engine) =>
    onDatabase(database, label, engine === 'pglite' ? 1 : 10),
  );
}

runWhenCalledDirectly(import.meta.url, run);
