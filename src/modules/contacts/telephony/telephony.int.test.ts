import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { testNow } from '../../../../test/support/test-clock.js';
import { DEMO_ACD_NAME, DEMO_ACD_TOKEN } from '../contacts.demo.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const auth = { authorization: `Bearer ${DEMO_ACD_TOKEN}` };
const post = (payload: unknown, headers: Record<string, string> = auth) =>
  t.app.inject({ method: 'POST', url: '/api/v1/telephony/events', headers, payload: payload as object });
const base = testNow().getTime() - 600_000;
const at = (s: number) => new Date(base + s * 1000).toISOString();
const ev = (callId: string, type: string, s: number, extra: Record<string, unknown> = {}) => ({
  eventId: `${callId}:${type}`,
  callId,
  type,
  occurredAt: at(s),
  dialledNumber: '0511 1689-010',
  callerNumber: '0511 4711 0815',
  ...extra,
});

async function callRow(callId: string) {
  const rows = await t.db.database.db.execute(
    `select c.*, (select count(*)::int from contacts k where k.call_id = c.id) as contact_count from calls c where external_call_id = '${callId}'`,
  );
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows[0];
}

describe('telephone event endpoint', () => {
  it('refuses requests without or with a wrong token', async () => {
    expect((await post(ev('x1', 'offered', 0), {})).statusCode).toBe(401);
    const wrong = await post(ev('x1', 'offered', 0), { authorization: 'Bearer not-the-right-token-at-all' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toContain('Token');
  });

  it('derives the call from its events; the dialled number tells the tenant; one open contact per answered call', async () => {
    const res = await post({ events: [ev('c1', 'offered', 0), ev('c1', 'queued', 1), ev('c1', 'answered', 21, { agentId: 'SIP/1001' })] });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ received: 3, accepted: 3, duplicates: 0, calls: 1 });
    let call = await callRow('c1');
    expect(call).toMatchObject({
      status: 'answered',
      tenant_name: 'Langenhagen',
      wait_seconds: 21,
      agent_name: 'Anna Agentin',
      contact_count: 1,
    });
    await post(ev('c1', 'ended', 141));
    call = await callRow('c1');
    expect(call).toMatchObject({
      status: 'completed',
      talk_seconds: 120,
      contact_count: 1,
      service_level_seconds: 30,
      short_abandon_seconds: 5,
    });
  });

  it('ignores a repeated event: nothing changes', async () => {
    const before = await callRow('c1');
    const res = await post({ events: [ev('c1', 'ended', 141), ev('c1', 'answered', 21, { agentId: 'SIP/1001' })] });
    expect(res.json()).toMatchObject({ accepted: 0, duplicates: 2, calls: 0 });
    expect(await callRow('c1')).toEqual(before);
  });

  it('handles events out of order: the end arriving before the answer gives the same call', async () => {
    await post(ev('c2', 'ended', 100));
    expect((await callRow('c2'))!.status).toBe('abandoned');
    await post({ events: [ev('c2', 'answered', 30, { agentId: 'SIP/1002' }), ev('c2', 'offered', 0)] });
    expect(await callRow('c2')).toMatchObject({
      status: 'completed',
      wait_seconds: 30,
      talk_seconds: 70,
      agent_name: 'Ben Berater',
      contact_count: 1,
    });
  });

  it('keeps an unknown dialled number as a call without tenant', async () => {
    await post({ events: [ev('c3', 'offered', 0, { dialledNumber: '0800 000 000' }), ev('c3', 'abandoned', 3, { dialledNumber: null })] });
    expect(await callRow('c3')).toMatchObject({ tenant_id: null, status: 'abandoned', wait_seconds: 3 });
  });

  it('answers bad events with a German message and writes nothing of the batch', async () => {
    const res = await post({ events: [ev('c4', 'offered', 0), { ...ev('c4', 'picked_up', 5) }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().issues)).toContain('type muss einer von');
    expect(await callRow('c4')).toBeUndefined();
    const noTime = await post({ ...ev('c5', 'offered', 0), occurredAt: 'gestern' });
    expect(noTime.json().issues[0].message).toContain('ISO 8601');
  });

  it('refuses live events dated far from now (9999-12-31, a skewed clock, decades back) and stores nothing of the batch', async () => {
    const farFuture = await post({ events: [ev('w1', 'offered', 0), ev('w1', 'ended', 0, { occurredAt: '9999-12-31T23:59:00Z' })] });
    expect(farFuture.statusCode).toBe(400);
    expect(farFuture.json()).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ field: 'events.1.occurredAt' }] });
    expect(farFuture.json().issues[0].message).toContain('Zukunft');
    expect(await callRow('w1')).toBeUndefined();
    // The window is 300 s ahead of the app's clock by default: 10 minutes ahead is refused, 4 minutes taken.
    expect((await post(ev('w2', 'offered', 600 + 600))).statusCode).toBe(400);
    expect((await post(ev('w3', 'offered', 600 + 240))).statusCode).toBe(202);
    const old = await post(ev('w4', 'offered', 0, { occurredAt: new Date(testNow().getTime() - 11 * 365 * 86_400_000).toISOString() }));
    expect(old.statusCode).toBe(400);
    expect(old.json().issues[0].message).toContain('queue_log');
    expect(await callRow('w4')).toBeUndefined();
  });

  it("a call-back request puts a task in the routed queue that keeps the caller's place", async () => {
    await post({ events: [ev('c6', 'offered', 0), ev('c6', 'queued', 1), ev('c6', 'callback_requested', 45)] });
    const cookie = await t.login('teamleitung');
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/queue', headers: { cookie } });
    const callback = queue
      .json()
      .items.find((i: { channel: string; fromAddress: string }) => i.channel === 'callback' && i.fromAddress === '0511 4711 0815');
    expect(callback).toBeDefined();
    expect(new Date(callback.enqueuedAt).toISOString()).toBe(at(0));
    // Re-sending the event does not create a second task.
    await post(ev('c6', 'callback_requested', 45, { eventId: 'c6:callback-again' }));
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/queue', headers: { cookie } });
    expect(again.json().items.filter((i: { id: string }) => i.id === callback.id)).toHaveLength(1);
    expect(
      again
        .json()
        .items.filter((i: { fromAddress: string; channel: string }) => i.channel === 'callback' && i.fromAddress === '0511 4711 0815'),
    ).toHaveLength(1);
  });
});

describe('queue_log import', () => {
  const log = [
    '1767340801|ql-1|dc-laatzen|NONE|ENTERQUEUE||051147110815|1',
    '1767340821|ql-1|dc-laatzen|SIP/1002|CONNECT|20|ql-1b|4',
    '1767340941|ql-1|dc-laatzen|SIP/1002|COMPLETECALLER|20|120|1',
    '1767340950|ql-2|dc-laatzen|NONE|ENTERQUEUE||05119999|1',
    '1767340953|ql-2|dc-laatzen|NONE|ABANDON|1|1|3',
    '1767340960|NONE|dc-laatzen|SIP/1002|PAUSE|Mittag',
    'unlesbar',
  ].join('\n');

  it('loads history through the same path; the queue name tells the tenant; a second import changes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: { telephoneSystem: DEMO_ACD_NAME, content: log },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ received: 5, accepted: 5, calls: 2, ignoredLines: 1, errors: [{ line: 7 }] });
    expect(await callRow('ql-1')).toMatchObject({ status: 'completed', tenant_name: 'Laatzen', wait_seconds: 20, talk_seconds: 120 });
    expect(await callRow('ql-2')).toMatchObject({ status: 'abandoned', wait_seconds: 3 });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: { telephoneSystem: DEMO_ACD_NAME, content: log },
    });
    expect(again.json()).toMatchObject({ accepted: 0, duplicates: 5 });
  });

  it("DID sets the dialled number (an unmapped queue's call lands at the hotline's tenant); Asterisk's figures win", async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: {
        telephoneSystem: DEMO_ACD_NAME,
        content: [
          '1767341000|ql-did|queue-ohne-zuordnung|NONE|DID|05111689010',
          // The CONNECT is stamped before the ENTERQUEUE (FreePBX): Asterisk's holdtime says 36 s.
          '1767341037|ql-did|queue-ohne-zuordnung|NONE|ENTERQUEUE||051147110815|1',
          '1767341036|ql-did|queue-ohne-zuordnung|SIP/1002|CONNECT|36|ql-didb|2',
          '1767341100|ql-did|queue-ohne-zuordnung|SIP/1002|COMPLETEAGENT|36|64|1',
          '1767341200|ql-dump|dc-laatzen|NONE|ENTERQUEUE||05119999|1',
          '1767341210|ql-dump|dc-laatzen|SIP/1002|AGENTDUMP',
        ].join('\n'),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ errors: [], ignoredLines: 1 });
    expect(await callRow('ql-did')).toMatchObject({
      status: 'completed',
      tenant_name: 'Langenhagen',
      dialled_number: '05111689010',
      wait_seconds: 36,
      talk_seconds: 64,
    });
    expect(await callRow('ql-dump')).toMatchObject({ status: 'abandoned', wait_seconds: 10 });
  });

  it('keeps accepting any past day: a queue_log from 2001 is imported', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: {
        telephoneSystem: DEMO_ACD_NAME,
        content: ['1000000000|ql-2001|dc-laatzen|NONE|ENTERQUEUE||051147110815|1', '1000000009|ql-2001|dc-laatzen|NONE|ABANDON|1|1|9'].join(
          '\n',
        ),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 2, calls: 1 });
    expect(await callRow('ql-2001')).toMatchObject({ status: 'abandoned' });
  });

  it('is for administrators and supervisors only, and names an unknown telephone system', async () => {
    const agent = await t.login('agent2');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/telephony/queue-log',
          headers: { cookie: agent },
          payload: { telephoneSystem: DEMO_ACD_NAME, content: log },
        })
      ).statusCode,
    ).toBe(403);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: { telephoneSystem: 'Gibt es nicht', content: log },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].field).toBe('telephoneSystem');
  });
});

describe('calls the telephone system diverted (Wazo statuses, decision 0123)', () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  const importLog = (content: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/queue-log',
      headers: { cookie: admin },
      payload: { telephoneSystem: DEMO_ACD_NAME, content },
    });
  const rows = async (query: string) => (await t.db.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] };

  it("imports Wazo's table export: JOINEMPTY, CLOSED, FULL, DIVERT_* are offered, diverted, in the rollups; a re-import changes nothing", async () => {
    const res = await importLog(fixture('wazo-statcenter.queue_log'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ calls: 30, errors: [], ignoredLines: 0 });
    const reasons = await rows(
      `select queue_name, divert_reason, count(*)::int as n from calls where status = 'diverted' and queue_name like 'wazo-%'
       group by 1, 2 order by 1, 2`,
    );
    expect(reasons.rows).toEqual([
      { queue_name: 'wazo-closed', divert_reason: 'closed', n: 5 },
      { queue_name: 'wazo-joinempty', divert_reason: 'joinempty', n: 5 },
      { queue_name: 'wazo-other', divert_reason: 'closed', n: 1 },
      { queue_name: 'wazo-other', divert_reason: 'full', n: 1 },
      { queue_name: 'wazo-other', divert_reason: 'joinempty', n: 1 },
      { queue_name: 'wazo-saturated', divert_reason: 'divert_ca_ratio', n: 2 },
      { queue_name: 'wazo-saturated', divert_reason: 'divert_waittime', n: 2 },
      { queue_name: 'wazo-saturated', divert_reason: 'full', n: 1 },
    ]);
    const sums = async () =>
      (
        await rows(
          `select sum(offered)::int as offered, sum(diverted)::int as diverted, sum(answered)::int as answered,
             sum(short_abandoned)::int as short_abandoned, sum(answer_wait_seconds)::int as answer_wait
           from call_rollups where queue_name like 'wazo-%'`,
        )
      ).rows[0];
    const before = await sums();
    expect(before).toEqual({ offered: 24, diverted: 18, answered: 6, short_abandoned: 6, answer_wait: 18 });
    const again = await importLog(fixture('wazo-statcenter.queue_log'));
    expect(again.json()).toMatchObject({ accepted: 0, calls: 0 });
    expect(await sums()).toEqual(before);
  });

  it('EXITEMPTY keeps its wait (leaveempty), EXITWITHTIMEOUT is a timeout, any DIVERT_* is diverted; the DID names the tenant before the queue', async () => {
    const res = await importLog(fixture('asterisk-exits.queue_log'));
    expect(res.json()).toMatchObject({ errors: [], calls: 4 });
    expect(await callRow('1782892800.21')).toMatchObject({
      status: 'diverted',
      divert_reason: 'leaveempty',
      wait_seconds: 42,
      // 0511 1689-021 is Wunstorf's hotline (a pilot tenant: its number is routed); the queue dc-laatzen would say Laatzen.
      tenant_name: 'Wunstorf',
    });
    expect(await callRow('1782892900.22')).toMatchObject({ status: 'diverted', divert_reason: 'timeout', wait_seconds: 300 });
    expect(await callRow('1782893300.23')).toMatchObject({ status: 'diverted', divert_reason: 'diverted', wait_seconds: 0 });
    expect(await callRow('1782893400.24')).toMatchObject({ status: 'abandoned', divert_reason: null, wait_seconds: 2 });
  });

  it('takes a pushed diverted event with its reason; an unknown reason is refused naming the allowed ones', async () => {
    const res = await post({ events: [ev('dv1', 'offered', 0), ev('dv1', 'diverted', 0, { reason: 'joinempty' })] });
    expect(res.statusCode, res.body).toBe(202);
    expect(await callRow('dv1')).toMatchObject({ status: 'diverted', divert_reason: 'joinempty', wait_seconds: 0 });
    const bad = await post(ev('dv2', 'diverted', 0, { reason: 'voll' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toContain('reason muss einer von full, closed, joinempty');
    expect(await callRow('dv2')).toBeUndefined();
  });
});

describe('event format: examples and unknown keys', () => {
  it('answers an unknown key with 400 naming the key, the field meant and the allowed ones; nothing of the batch is written', async () => {
    const res = await post({ events: [ev('uk1', 'offered', 0), ev('uk1', 'queued', 1, { queueName: 'dc-laatzen' })] });
    expect(res.statusCode).toBe(400);
    const issue = res.json().issues[0];
    expect(issue.field).toBe('events.1');
    expect(issue.message).toBe(
      'Unbekanntes Feld „queueName“ (gemeint ist wohl „queue“). Erlaubt sind: eventId, callId, type, occurredAt, callerNumber, dialledNumber, queue, agentId, target, reason.',
    );
    expect(await callRow('uk1')).toBeUndefined();
  });

  it('serves one example per event type; the examples are accepted as they are; the OpenAPI schema carries them', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/telephony/events/example' });
    expect(res.statusCode).toBe(200);
    const { examples, batch } = res.json();
    expect(Object.keys(examples).sort()).toEqual([
      'abandoned',
      'answered',
      'callback_requested',
      'diverted',
      'ended',
      'offered',
      'queued',
      'ringing',
      'transferred',
    ]);
    const accepted = await post(batch);
    expect(accepted.statusCode, accepted.body).toBe(202);
    expect(accepted.json()).toMatchObject({ received: 9, calls: 4 });
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const body = openapi.paths['/api/v1/telephony/events'].post.requestBody.content['application/json'];
    expect(JSON.stringify(body)).toContain('acd1-1767341000.13-diverted');
    expect(openapi.paths['/api/v1/telephony/events/example']).toBeDefined();
  });
});

describe('telephone systems', () => {
  it('registers a system with a token shown once; the token works for events', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/systems',
      headers: { cookie: admin },
      payload: { name: 'ACD Test' },
    });
    expect(res.statusCode).toBe(201);
    const { token } = res.json();
    expect(token.length).toBeGreaterThan(30);
    const ok = await post(ev('sys2-1', 'offered', 0), { authorization: `Bearer ${token}` });
    expect(ok.statusCode).toBe(202);
    // Same call id, other system: a separate call.
    expect(ok.json().accepted).toBe(1);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/telephony/systems', headers: { cookie: admin } });
    expect(JSON.stringify(list.json())).not.toContain(token);
  });
});
