import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { loadConfig } from '../../config.js';
import { systemActor, type Actor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, queryRows } from '../../platform/db/database.js';
import { zonedInstant } from './deadline.js';
import { forwardContact } from './forward.service.js';
import { mailSentEffects, smtpSettings } from '../../jobs.js';
import { dispatchOutbox } from '../../platform/mail/dispatcher.js';
import { smtpTransport } from '../../platform/mail/transport.js';
import { fixedClock } from '../../platform/time/clock.js';
import { ticketSettings } from './request-lifecycle.js';
import * as requests from './requests.service.js';
import { remindAndEscalate } from './sla-sweep.service.js';
import { freePort, startSmtpSink } from '../../platform/mail/smtp-sink.test-support.js';

let t: TestApp;
let tenantId: string;
let departments: { id: string; name: string }[];
const settings = ticketSettings(loadConfig({ NODE_ENV: 'test' }));
const FROM = 'DialogCenter <dialogcenter@example.org>';
const berlin = (date: string, time: string) => new Date(zonedInstant(date, time, 'Europe/Berlin'));
const agentActor: Actor = { ...systemActor('test-agent'), displayName: 'Test Agentin', roles: ['agent'] };
const ctx = () => ({ database: t.db.database, actor: agentActor, clock: t.clock });
const dept = (name: string) => departments.find((d) => d.name === name)!;

function forwardAt(now: Date, departmentName = 'Steuern und Abgaben') {
  return forwardContact(
    ctx(),
    {
      tenantId,
      departmentId: dept(departmentName).id,
      leikaKey: null,
      serviceTitle: 'Hundesteuer anmelden',
      question: 'Wie melde ich meinen zweiten Hund zur Hundesteuer an?',
      citizen: { name: 'Karl Hund', email: 'karl@example.org', phone: null },
      answerChannel: 'email',
    },
    { settings, now },
  );
}

async function dispatchVia(url: string, now: Date) {
  const transport = smtpTransport(smtpSettings(t.app.config, url));
  try {
    return await dispatchOutbox(t.db.database, transport, { from: FROM, clock: fixedClock(now), effects: mailSentEffects });
  } finally {
    transport.close();
  }
}

const outboxRows = (requestId: string) =>
  t.db.database.scoped(ALL_TENANTS, (tx) =>
    queryRows<{ purpose: string; status: string; attempts: number; to_addresses: string[] }>(
      tx,
      sql`select purpose, status, attempts, to_addresses from outbox_mail where ref_id = ${requestId}::uuid order by created_at, purpose desc`,
    ),
  );

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } })).json().items as {
    id: string;
    slug: string;
  }[];
  tenantId = tenants.find((x) => x.slug === 'langenhagen')!.id;
  departments = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantId}/departments`, headers: { cookie: admin } })).json()
    .items;
});
afterAll(() => t?.close());

describe('transactional outbox', () => {
  it('mail server down: nothing is lost; once it is back the mail goes out exactly once', async () => {
    const port = await freePort();
    const created = await forwardAt(berlin('2026-02-02', '09:00'));
    const down = await dispatchVia(`smtp://127.0.0.1:${port}`, berlin('2026-02-02', '09:00'));
    expect(down.failed).toBeGreaterThanOrEqual(2);
    const supervisor = await t.login('teamleitung');
    const status = (await t.app.inject({ method: 'GET', url: '/api/v1/mail-outbox/status', headers: { cookie: supervisor } })).json();
    expect(status.pending).toBeGreaterThanOrEqual(2);
    let rows = await outboxRows(created.id);
    expect(rows.map((r) => [r.purpose, r.status, r.attempts])).toEqual([
      ['request.delivery', 'pending', 1],
      ['request.confirmation', 'pending', 1],
    ]);
    // Too early for the retry: nothing is claimed.
    const sink = await startSmtpSink(port);
    try {
      const early = await dispatchVia(sink.url, berlin('2026-02-02', '09:00'));
      expect(early.claimed).toBe(0);
      const back = await dispatchVia(sink.url, berlin('2026-02-02', '09:05'));
      expect(back.sent).toBeGreaterThanOrEqual(2);
      const again = await dispatchVia(sink.url, berlin('2026-02-02', '10:00'));
      expect(again.claimed).toBe(0);
      const received = sink.mails.filter((m) => m.subject?.includes(created.referenceCode));
      expect(received).toHaveLength(2);
      rows = await outboxRows(created.id);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
      const detail = await requests.getRequest(ctx(), created.id);
      expect(detail.deliveredAt).toEqual(berlin('2026-02-02', '09:05'));
    } finally {
      await sink.close();
    }
  });

  it('a failed state change leaves no mail behind (same transaction)', async () => {
    const before = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from outbox_mail`),
    );
    const inactive = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ id: string }>(tx, sql`update departments set email = null where id = ${dept('Bauen und Planen').id}::uuid returning id`),
    );
    expect(inactive).toHaveLength(1);
    await expect(forwardAt(berlin('2026-02-02', '09:00'), 'Bauen und Planen')).rejects.toThrow(/keine E-Mail-Adresse/);
    const after = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from outbox_mail`),
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('reminders and escalation, only within service hours', () => {
  it('reminds when a quarter of the budget is left, escalates after the deadline, to deputy and coordinator', async () => {
    // Monday 17:30 → due Tuesday 17:30; reminder from Tuesday 11:30.
    const created = await forwardAt(berlin('2026-03-09', '17:30'));
    const sweep = (now: Date) => remindAndEscalate(t.db.database, { settings, now });
    await sweep(berlin('2026-03-10', '11:00'));
    expect((await requests.getRequest(ctx(), created.id)).remindedAt).toBeNull();
    await sweep(berlin('2026-03-10', '12:00'));
    expect((await requests.getRequest(ctx(), created.id)).remindedAt).toEqual(berlin('2026-03-10', '12:00'));
    await sweep(berlin('2026-03-10', '13:00'));
    await sweep(berlin('2026-03-10', '17:45'));
    const detail = await requests.getRequest(ctx(), created.id);
    expect(detail.escalatedAt).toEqual(berlin('2026-03-10', '17:45'));
    const rows = await outboxRows(created.id);
    expect(rows.filter((r) => r.purpose === 'request.reminder')).toHaveLength(1);
    const escalation = rows.find((r) => r.purpose === 'request.escalation')!;
    expect(escalation.to_addresses).toEqual(
      expect.arrayContaining(['steuern-vertretung@langenhagen.demo.example.org', 'dialogcenter@langenhagen.demo.example.org']),
    );
    expect(detail.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['reminded', 'escalated']));
  });

  it('never at midnight: a deadline at 00:00 escalates at 08:00 of the next working day', async () => {
    // Forwarded Saturday → due Monday 24:00 = Tuesday 00:00.
    const created = await forwardAt(berlin('2026-03-14', '11:00'));
    expect(created.dueAt).toEqual(berlin('2026-03-17', '00:00'));
    const sweep = (now: Date) => remindAndEscalate(t.db.database, { settings, now });
    for (const [date, time] of [
      ['2026-03-16', '23:00'],
      ['2026-03-17', '00:00'],
      ['2026-03-17', '00:05'],
      ['2026-03-17', '07:59'],
    ] as const) {
      await sweep(berlin(date, time));
      const d = await requests.getRequest(ctx(), created.id);
      expect(d.escalatedAt, `${date} ${time}`).toBeNull();
    }
    await sweep(berlin('2026-03-17', '08:00'));
    expect((await requests.getRequest(ctx(), created.id)).escalatedAt).toEqual(berlin('2026-03-17', '08:00'));
  });
});

describe('closing days and the on-time report', () => {
  it('a closing day entered by the administration moves the deadline', async () => {
    const admin = await t.login('admin');
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/closing-days`,
      headers: { cookie: admin },
      payload: { day: '2026-06-05', reason: 'Betriebsausflug' },
    });
    expect(added.statusCode).toBe(201);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/closing-days`,
      headers: { cookie: admin },
      payload: { day: '2026-06-05', reason: 'Betriebsausflug' },
    });
    expect(dup.statusCode).toBe(409);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/closing-days`,
      headers: { cookie: admin },
      payload: { day: '05.06.2026', reason: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    const agentCookie = await t.login('agent');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenantId}/closing-days`,
      headers: { cookie: agentCookie },
      payload: { day: '2026-06-08', reason: 'Versuch' },
    });
    expect(forbidden.statusCode).toBe(403);
    // Thursday 4 June 10:00 → Friday closed → Monday 8 June 10:00.
    const created = await forwardAt(berlin('2026-06-04', '10:00'));
    expect(created.dueAt).toEqual(berlin('2026-06-08', '10:00'));
  });

  it('reports the on-time rate per tenant and department from the stored timestamps', async () => {
    const dep: Actor = { ...agentActor, roles: ['backoffice'], tenantId, departmentIds: departments.map((d) => d.id) };
    const depCtx = { database: t.db.database, actor: dep, clock: t.clock };
    const onTime = await forwardAt(berlin('2025-09-08', '09:00'), 'Standesamt');
    const late = await forwardAt(berlin('2025-09-08', '09:00'), 'Standesamt');
    await forwardAt(berlin('2025-09-08', '09:00'), 'Standesamt'); // left open and overdue
    await requests.answerRequest(
      depCtx,
      onTime.id,
      { answer: 'Rechtzeitige Antwort.', proposeForKnowledgeBase: false },
      { settings, now: berlin('2025-09-09', '08:00') },
    );
    await requests.answerRequest(
      depCtx,
      late.id,
      { answer: 'Verspätete Antwort.', proposeForKnowledgeBase: false },
      { settings, now: berlin('2025-09-09', '11:00') },
    );
    const supervisor = await t.login('teamleitung');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/second-level/on-time?from=2025-09-01&to=2025-10-01&tenantId=${tenantId}`,
      headers: { cookie: supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const row = res.json().departments.find((d: { departmentName: string }) => d.departmentName === 'Standesamt');
    expect(row).toMatchObject({ total: 3, answered: 2, answeredOnTime: 1, openOverdue: 1, onTimeRate: 33.3, avgHoursToAnswer: 24.5 });
    // The tenant's line sums its departments (the demo history has a request of another department that month).
    const departmentRows = res.json().departments as { total: number; answered: number; answeredOnTime: number; openOverdue: number }[];
    const sum = (f: (d: (typeof departmentRows)[number]) => number) => departmentRows.reduce((n, d) => n + f(d), 0);
    expect(res.json().tenants[0]).toMatchObject({
      tenantName: 'Langenhagen',
      total: sum((d) => d.total),
      answeredOnTime: sum((d) => d.answeredOnTime),
      late: sum((d) => d.answered - d.answeredOnTime + d.openOverdue),
    });
    const agentCookie = await t.login('agent');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/reports/second-level/on-time?from=2025-09-01&to=2025-10-01',
          headers: { cookie: agentCookie },
        })
      ).statusCode,
    ).toBe(403);
    const reversed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/second-level/on-time?from=2025-10-01&to=2025-09-01',
      headers: { cookie: supervisor },
    });
    expect(reversed.statusCode).toBe(400);
  });
});
