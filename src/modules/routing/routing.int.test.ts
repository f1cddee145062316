import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testNow } from '../../../test/support/test-clock.js';
import { manualClock } from '../../platform/time/clock.js';
import { systemActor } from '../../platform/auth/actor.js';
import { inboundSmtpPort } from './inbound-mail.js';
import { enqueueWorkItem } from './routing.service.js';

/** Time passes only when a test says so (the queue orders by arrival). */
const clock = manualClock(testNow());
let t: TestApp;
let agent: string;
let agent2: string;
let supervisor: string;
beforeAll(async () => {
  t = await createTestApp({ env: { INBOUND_SMTP_PORT: '0' }, clock });
  [agent, agent2, supervisor] = [await t.login('agent'), await t.login('agent2'), await t.login('teamleitung')];
});
afterAll(() => t.close());

const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const send = (method: 'POST' | 'PUT', url: string, cookie: string | undefined, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, payload });
type Item = {
  id: string;
  channel: string;
  status: string;
  subject: string;
  tenantId: string;
  assignedUserId: string | null;
  fromAddress: string | null;
};
const queue = async () => (await get('/api/v1/queue', supervisor)).json().items as Item[];

describe('public channels land in the routed queue', () => {
  it('takes a contact-form message with clear errors for bad input', async () => {
    const bad = await send('POST', '/api/v1/public/contact-form', undefined, {
      tenant: 'atlantis',
      name: '',
      email: 'kaputt',
      subject: 'x',
      message: '',
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'email', 'message']));
    const unknownTenant = await send('POST', '/api/v1/public/contact-form', undefined, {
      tenant: 'atlantis',
      name: 'Eva',
      email: 'eva@example.org',
      subject: 'Frage',
      message: 'Hallo',
    });
    expect(unknownTenant.json().issues[0]).toMatchObject({ field: 'tenant' });
    const ok = await send('POST', '/api/v1/public/contact-form', undefined, {
      tenant: 'burgwedel',
      name: 'Eva Engel',
      email: 'eva@example.org',
      subject: 'Grundsteuer',
      message: 'Wann wird die Grundsteuer fällig?',
    });
    expect(ok.statusCode).toBe(202);
    expect(ok.json().reference).toMatch(/^KF-\d{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect((await queue()).some((i) => i.channel === 'web_form' && i.subject === 'Grundsteuer')).toBe(true);
  });

  it('lets a chat visitor see their place in the queue', async () => {
    // Each visitor writes a second after what is already waiting (at one and the same instant the order is open).
    clock.advance(1_000);
    const first = await send('POST', '/api/v1/public/chats', undefined, { tenant: 'wedemark', message: 'Erste Frage' });
    clock.advance(1_000);
    const second = await send('POST', '/api/v1/public/chats', undefined, { tenant: 'wedemark', message: 'Zweite Frage' });
    expect(second.statusCode).toBe(201);
    const a = (await get(`/api/v1/public/chats/${first.json().token}`)).json();
    const b = (await get(`/api/v1/public/chats/${second.json().token}`)).json();
    expect(a.status).toBe('waiting');
    expect(b.position).toBe(a.position + 1);
    expect(b.messages[0]).toMatchObject({ author: 'visitor', body: 'Zweite Frage' });
    expect((await get('/api/v1/public/chats/gibt-es-nicht-gibt-es-nicht-123')).statusCode).toBe(404);
  });

  it('receives e-mail over SMTP: the recipient names the tenant, a redelivery is ignored', async () => {
    const port = inboundSmtpPort(t.db.database);
    expect(port).toBeGreaterThan(0);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: port!, secure: false, ignoreTLS: true });
    const mail = {
      from: 'Olga Otto <olga@example.org>',
      to: 'isernhagen@dialogcenter.example',
      subject: 'Kita-Platz',
      text: 'Wie melde ich mein Kind für die Kita an?',
      messageId: '<kita-1@example.org>',
    };
    await transport.sendMail(mail);
    await transport.sendMail(mail);
    transport.close();
    const mails = (await queue()).filter((i) => i.channel === 'email' && i.subject === 'Kita-Platz');
    expect(mails).toHaveLength(1);
    const tenants = (await get('/api/v1/tenants', supervisor)).json().items;
    expect(mails[0]!.tenantId).toBe(tenants.find((x: { slug: string }) => x.slug === 'isernhagen').id);
    expect(mails[0]!.fromAddress).toBe('olga@example.org');
  });
});

describe('queue order', () => {
  it('serves higher priority first, then near deadlines, then first come first served; a call-back keeps its earlier place', async () => {
    const ctx = { database: t.db.database, actor: systemActor('test'), clock: t.clock };
    const tenants = (await get('/api/v1/tenants', supervisor)).json().items;
    const uetze = tenants.find((x: { slug: string }) => x.slug === 'uetze').id;
    const now = t.clock.now().getTime();
    const mk = (subject: string, extra: object) => enqueueWorkItem(ctx, { tenantId: uetze, channel: 'email', subject, ...extra });
    await mk('Q-spät', { enqueuedAt: new Date(now - 60_000) });
    await mk('Q-Rückruf', { channel: 'callback', enqueuedAt: new Date(now - (50 * 86_400_000) / 1000) });
    await mk('Q-Frist', { enqueuedAt: new Date(now - 30_000), dueAt: new Date(now + 5 * 60_000) });
    await mk('Q-dringend', { enqueuedAt: new Date(now - 10_000), priority: 2 });
    const order = (await queue()).filter((i) => i.subject.startsWith('Q-')).map((i) => i.subject);
    expect(order).toEqual(['Q-dringend', 'Q-Frist', 'Q-Rückruf', 'Q-spät']);
    // Bad input to the service is refused with German messages.
    await expect(enqueueWorkItem(ctx, { tenantId: uetze, channel: 'email', subject: '', priority: 5 })).rejects.toThrow();
  });
});

describe('routing to agents', () => {
  it('offers work only to available agents, in queue order, and never the same item twice', async () => {
    await send('PUT', '/api/v1/desktop/state', agent, { state: 'break' });
    const refused = await send('POST', '/api/v1/queue/next', agent);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Verfügbar');

    await send('PUT', '/api/v1/desktop/state', agent, { state: 'available' });
    await send('PUT', '/api/v1/desktop/state', agent2, { state: 'available' });
    const waitingBefore = (await queue()).filter((i) => i.status === 'waiting');
    const one = await send('POST', '/api/v1/queue/next', agent);
    const two = await send('POST', '/api/v1/queue/next', agent2);
    expect(one.statusCode).toBe(200);
    expect(one.json().id).toBe(waitingBefore[0]!.id);
    expect(two.json().id).toBe(waitingBefore[1]!.id);
    // Asking again returns what the agent already holds.
    expect((await send('POST', '/api/v1/queue/next', agent)).json().id).toBe(one.json().id);
  });

  it('routes by skills: an agent for one tenant and language gets only those items', async () => {
    const tenants = (await get('/api/v1/tenants', supervisor)).json().items;
    const wedemark = tenants.find((x: { slug: string }) => x.slug === 'wedemark').id;
    const agentId = (await get('/api/v1/auth/me', agent2)).json().user.id;
    expect(
      (await send('PUT', `/api/v1/agents/${agentId}/skills`, supervisor, { tenantIds: [wedemark], topics: [], languages: ['de'] }))
        .statusCode,
    ).toBe(204);
    const held = (await get('/api/v1/desktop', agent2)).json().workItems[0];
    await send('POST', `/api/v1/work-items/${held.id}/decline`, agent2);
    const next = await send('POST', '/api/v1/queue/next', agent2);
    expect(next.json().tenantId).toBe(wedemark);
  });

  it('accept, answer a chat, document: the item is done and has exactly one contact', async () => {
    const offered = (await get('/api/v1/desktop', agent2)).json().workItems[0];
    const accepted = await send('POST', `/api/v1/work-items/${offered.id}/accept`, agent2);
    expect(accepted.json().status).toBe('assigned');
    expect((await get('/api/v1/desktop', agent2)).json().agentState.state).toBe('on_call');
    if (offered.channel === 'chat') {
      const reply = await send('POST', `/api/v1/work-items/${offered.id}/chat-messages`, agent2, {
        body: 'Guten Tag, ich helfe Ihnen gern.',
      });
      expect(reply.statusCode).toBe(201);
    }
    const doc = await send('POST', `/api/v1/work-items/${offered.id}/document`, agent2, {
      tenantId: offered.tenantId,
      outcome: 'answered_first_level',
      note: 'Auskunft gegeben',
    });
    expect(doc.statusCode).toBe(201);
    expect(doc.json()).toMatchObject({ status: 'documented', channel: offered.channel, workItemId: offered.id });
    const again = await send('POST', `/api/v1/work-items/${offered.id}/document`, agent2, { tenantId: offered.tenantId, outcome: 'other' });
    expect(again.statusCode).toBe(409);
    expect((await queue()).some((i) => i.id === offered.id)).toBe(false);
    expect((await get('/api/v1/desktop', agent2)).json().agentState.state).toBe('available');
  });

  it('lets supervisors reassign; agents may not', async () => {
    const item = (await queue()).find((i) => i.status === 'waiting')!;
    const agent2Id = (await get('/api/v1/auth/me', agent2)).json().user.id;
    expect((await send('POST', `/api/v1/work-items/${item.id}/reassign`, agent, { userId: agent2Id })).statusCode).toBe(403);
    const res = await send('POST', `/api/v1/work-items/${item.id}/reassign`, supervisor, { userId: agent2Id });
    expect(res.json()).toMatchObject({ status: 'offered', assignedUserId: agent2Id });
    const back = await send('POST', `/api/v1/work-items/${item.id}/reassign`, supervisor, { userId: null });
    expect(back.json()).toMatchObject({ status: 'waiting', assignedUserId: null });
    const unknown = await send('POST', `/api/v1/work-items/${item.id}/reassign`, supervisor, {
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
  });
});
