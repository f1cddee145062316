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
