import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { DEMO_ACD_TOKEN, demoHotline } from '../contacts.demo.js';
import { generatePilotDay, playEvents, streamOfEvents } from '../load/pilot-day.js';
import { startOfBerlinDay } from './metrics.js';

let t: TestApp;
let baseUrl: string;
let supervisor: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  supervisor = await t.login('teamleitung');
});
afterAll(() => t.close());

interface Snapshot {
  totals: { waitingCalls: number; offered: number; answered: number; serviceLevelPercent: number | null };
  rows: { tenantName: string; queueName: string | null; waitingCalls: number; offered: number }[];
  agents: {
    counts: Record<string, number>;
    list: { userId: string; displayName: string; state: string; since: string; callsToday: number; talkSecondsToday: number }[];
  };
}

/** Opens the SSE stream and hands each wallboard snapshot to `onSnapshot`. */
function openStream(cookie: string, onSnapshot: (s: Snapshot) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}/api/v1/wallboard/stream`, { headers: { cookie } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split('\n').find((l) => l.startsWith('data: '));
          if (frame.includes('event: wallboard') && data) onSnapshot(JSON.parse(data.slice(6)) as Snapshot);
        }
      });
      resolve(req);
    });
    req.on('error', () => undefined);
  });
}

describe('wallboard', () => {
  it("shows today's figures per tenant and queue from the demo day", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/wallboard', headers: { cookie: supervisor } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Snapshot;
    expect(body.agents.counts).toHaveProperty('available');
    if (body.totals.offered > 0) {
      expect(body.totals.serviceLevelPercent).toBeGreaterThanOrEqual(0);
      expect(body.rows.some((r) => r.queueName?.startsWith('dc-'))).toBe(true);
    }
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/wallboard', headers: { cookie: await t.login('abrechnung') } })).statusCode,
    ).toBe(403);
  });

  // How fast the push arrives is a benchmark figure (bench/contacts.bench.ts, p50/p95 for 500
  // browsers), never an assertion: on a loaded machine only "it arrives" is deterministic.
  it('pushes a waiting call to connected browsers', async () => {
    const snapshots: Snapshot[] = [];
    const req = await openStream(supervisor, (s) => snapshots.push(s));
    await expect.poll(() => snapshots.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const before = snapshots.at(-1)!.totals.waitingCalls;
    const res = await fetch(`${baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({
        eventId: 'wb-1:offered',
        callId: 'wb-1',
        type: 'offered',
        occurredAt: t.clock.now().toISOString(),
        dialledNumber: demoHotline('03241004'),
        queue: 'dc-burgwedel',
      }),
    });
    expect(res.status).toBe(202);
    await expect.poll(() => snapshots.at(-1)!.totals.waitingCalls, { timeout: 30_000, interval: 50 }).toBe(before + 1);
    expect(snapshots.at(-1)!.rows.find((r) => r.queueName === 'dc-burgwedel')!.waitingCalls).toBe(1);
    req.destroy();
  });

  it("lists each agent with calls today, marks figures below the agreement target and shows today's half hours", async () => {
    const dayStart = startOfBerlinDay(t.clock.now());
    // Early in the day the call starts at midnight (may end a little after the clock's now: event times are the ACD's).
    const offered = new Date(Math.max(dayStart.getTime(), t.clock.now().getTime() - 70_000));
    const at = (s: number) => new Date(offered.getTime() + s * 1000).toISOString();
    const base = { dialledNumber: demoHotline('03241004'), queue: 'dc-burgwedel-wb' };
    const events = [
      { ...base, eventId: 'wb-t1:offered', callId: 'wb-t1', type: 'offered', occurredAt: at(0) },
      { ...base, eventId: 'wb-t1:answered', callId: 'wb-t1', type: 'answered', occurredAt: at(60), agentId: 'SIP/1001' },
      { ...base, eventId: 'wb-t1:ended', callId: 'wb-t1', type: 'ended', occurredAt: at(65), agentId: 'SIP/1001' },
    ];
    const posted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/events',
      headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      payload: { events },
    });
    expect(posted.statusCode).toBe(202);
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/wallboard', headers: { cookie: supervisor } })).json();
    const row = body.rows.find((r: { queueName: string | null }) => r.queueName === 'dc-burgwedel-wb');
    // Answered after 60 s: service level 0 % against Burgwedel's 75 %: marked.
    expect(row).toMatchObject({ offered: 1, answered: 1, serviceLevelPercent: 0, serviceLevelTargetPercent: 75, belowTarget: true });
    // SIP/1001 is Anna Agentin's line: the answered event put her on the call.
    const anna = body.agents.list.find((a: { displayName: string }) => a.displayName === 'Anna Agentin');
    expect(anna.callsToday).toBeGreaterThanOrEqual(1);
    expect(anna.talkSecondsToday).toBeGreaterThanOrEqual(5);
    expect(anna.state).toBe('wrap_up');
    const half = new Date(Math.floor(offered.getTime() / 1_800_000) * 1_800_000).toISOString().replace('.000Z', 'Z');
    const interval = body.intervals.find((i: { start: string }) => i.start === half);
    expect(interval.offered).toBeGreaterThanOrEqual(1);
    expect(interval).toHaveProperty('serviceLevelPercent');
    // The same figures as the interval report (one definition).
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(offered);
    const report = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/calls?from=${day}&to=${day}&tenant=all&groupBy=interval30`,
        headers: { cookie: supervisor },
      })
    ).json();
    const same = report.rows.find((r: { offered: number; key: string }) => new Date(r.key).toISOString() === new Date(half).toISOString());
    expect(same.offered).toBe(interval.offered);
    expect(same.answered).toBe(interval.answered);
  });

  it('the load generator plays a small pilot day through the endpoint without losing an event', async () => {
    const calls = generatePilotDay({
      day: new Date('2026-03-03T10:00:00Z'),
      calls: 60,
      agentIds: ['SIP/1002', 'SIP/1003'],
      lines: [
        { dialledNumber: demoHotline('03241010'), queue: 'dc-langenhagen', weight: 2 },
        { dialledNumber: demoHotline('03241009'), queue: 'dc-laatzen', weight: 1 },
      ],
      callIdPrefix: 'lt',
    });
    const unique = calls.flatMap((c) => c.events).length;
    const stream = streamOfEvents(calls, { outOfOrder: 0.1, repeats: 0.05 });
    const result = await playEvents(baseUrl, DEMO_ACD_TOKEN, stream, { batchSize: 25, concurrency: 3 });
    expect(result.firstFailure).toBeUndefined();
    expect(result.failures).toBe(0);
    expect(result.accepted).toBe(unique);
    expect(result.accepted + result.duplicates).toBe(stream.length);
    const rows = await t.db.database.db.execute(
      `select status, count(*)::int as n from calls where external_call_id like 'lt-%' group by status`,
    );
    const byStatus = Object.fromEntries((rows as unknown as { rows: { status: string; n: number }[] }).rows.map((r) => [r.status, r.n]));
    expect(byStatus.completed ?? 0).toBe(calls.filter((c) => c.outcome === 'answered').length);
    expect(byStatus.abandoned ?? 0).toBe(calls.filter((c) => c.outcome === 'abandoned').length);
    expect(byStatus.callback ?? 0).toBe(calls.filter((c) => c.outcome === 'callback').length);
  });
});
