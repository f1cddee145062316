import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testNow } from '../../../test/support/test-clock.js';
import { systemActor } from '../../platform/auth/actor.js';
import { DEMO_ACD_TOKEN } from './contacts.demo.js';
import { documentContacts, listUndocumentedContacts } from './contacts.service.js';

let t: TestApp;
let agent: string;
let supervisor: string;
beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  supervisor = await t.login('teamleitung');
});
afterAll(() => t.close());

const base = testNow().getTime() - 300_000;
const at = (s: number) => new Date(base + s * 1000).toISOString();
const events = (callId: string, caller: string, dialled: string, agentId: string, types: [string, number][]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: {
      events: types.map(([type, s]) => ({
        eventId: `${callId}:${type}`,
        callId,
        type,
        occurredAt: at(s),
        callerNumber: caller,
        dialledNumber: dialled,
        agentId,
      })),
    },
  });
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const send = (method: 'POST' | 'PUT', url: string, cookie: string, payload: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

async function tenantId(slug: string) {
  const res = await get('/api/v1/tenants', agent);
  return res.json().items.find((x: { slug: string }) => x.slug === slug).id as string;
}

describe('agent desktop', () => {
  it("pops the answered call for the signed-in agent, with tenant and the caller's earlier contacts", async () => {
    await send('PUT', '/api/v1/desktop/state', agent, { state: 'available' });
    // An earlier, documented call of the same caller.
    await events('d0', '05117770001', '05111689010', 'SIP/1001', [
      ['offered', 0],
      ['answered', 10],
      ['ended', 60],
    ]);
    let desk = (await get('/api/v1/desktop', agent)).json();
    await send('POST', `/api/v1/contacts/${desk.screenPop.contact.id}/document`, agent, {
      version: desk.screenPop.contact.version,
      tenantId: await tenantId('langenhagen'),
      leikaKey: '99010201300000',
      outcome: 'answered_first_level',
      note: 'Termin empfohlen',
    });

    await events('d1', '05117770001', '05111689010', 'SIP/1001', [
      ['offered', 100],
      ['queued', 101],
      ['answered', 115],
    ]);
    desk = (await get('/api/v1/desktop', agent)).json();
    expect(desk.agentState.state).toBe('on_call');
    expect(desk.screenPop.tenantName).toBe('Langenhagen');
    expect(desk.screenPop.call).toMatchObject({ dialledNumber: '05111689010', waitSeconds: 15 });
    expect(desk.screenPop.earlierContacts).toHaveLength(1);
    expect(desk.screenPop.earlierContacts[0]).toMatchObject({ serviceTitle: 'Personalausweis beantragen', note: 'Termin empfohlen' });
    // Reading the history is audited.
    const audit = await get(`/api/v1/audit?entityType=contact_history&entityId=${desk.screenPop.contact.id}`, await t.login('revision'));
    expect(audit.json().items).toHaveLength(1);
  });

  it('moves to wrap-up when the call ends and back to available when documented; wrap-up time is recorded', async () => {
    await events('d1', '05117770001', '05111689010', 'SIP/1001', [['ended', 175]]);
    let desk = (await get('/api/v1/desktop', agent)).json();
    expect(desk.agentState.state).toBe('wrap_up');
    const contact = desk.screenPop.contact;
    expect(contact.endedAt).toBe(at(175));
    const res = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: await tenantId('langenhagen'),
      leikaKey: '99011500100000',
      outcome: 'forwarded_second_level',
      note: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'documented', outcome: 'forwarded_second_level' });
    expect(res.json().wrapUpSeconds).toBeGreaterThanOrEqual(100);
    desk = (await get('/api/v1/desktop', agent)).json();
    expect(desk.agentState.state).toBe('available');
    expect(desk.screenPop).toBeNull();
    expect(Object.keys(desk.agentState.secondsToday)).toEqual(expect.arrayContaining(['on_call', 'wrap_up', 'available']));
  });

  it('refuses bad documentation with clear German messages and changes nothing', async () => {
    await events('d2', null as unknown as string, '05111689009', 'SIP/1001', [
      ['offered', 200],
      ['answered', 205],
    ]);
    const contact = (await get('/api/v1/desktop', agent)).json().screenPop.contact;
    const bad = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: await tenantId('laatzen'),
      leikaKey: '12345',
      outcome: 'vergessen',
    });
    expect(bad.statusCode).toBe(400);
    const messages = bad
      .json()
      .issues.map((i: { message: string }) => i.message)
      .join(' ');
    expect(messages).toContain('LeiKa-Schlüssel hat 14 Ziffern');
    expect(messages).toContain('Bitte ein Ergebnis wählen');
    const still = (await get('/api/v1/desktop', agent)).json().screenPop.contact;
    expect(still).toMatchObject({ status: 'open', version: contact.version });
    // A second agent cannot document someone else's contact.
    const other = await send('POST', `/api/v1/contacts/${contact.id}/document`, await t.login('agent2'), {
      version: contact.version,
      tenantId: await tenantId('laatzen'),
      outcome: 'other',
    });
    expect(other.statusCode).toBe(404);
    // A stale version is a conflict.
    const ok = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: await tenantId('laatzen'),
      outcome: 'it_fault',
    });
    expect(ok.statusCode).toBe(200);
    const twice = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: await tenantId('laatzen'),
      outcome: 'it_fault',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('shows supervisors the calls nobody documented, and they can document them', async () => {
    const res = await get('/api/v1/contacts/undocumented', supervisor);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    // Demo data leaves some contacts open; all listed are open and older than five minutes.
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i: { contact: { status: string } }) => i.contact.status === 'open')).toBe(true);
    const first = items.find((i: { contact: { tenantId: string | null } }) => i.contact.tenantId).contact;
    const doc = await send('POST', `/api/v1/contacts/${first.id}/document`, supervisor, {
      version: first.version,
      tenantId: first.tenantId,
      outcome: 'other',
      note: 'Nachträglich erfasst',
    });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().wrapUpSeconds).toBeNull();
    expect((await get('/api/v1/contacts/undocumented', agent)).statusCode).toBe(403);
  });

  it("keeps tenants apart: a tenant-bound user reads only their own tenant's contacts", async () => {
    const own = (await get('/api/v1/contacts/undocumented', supervisor)).json().items;
    const laatzen = await tenantId('laatzen');
    const foreign = own.find((i: { contact: { tenantId: string } }) => i.contact.tenantId && i.contact.tenantId !== laatzen);
    const backoffice = await t.login('fachbereich.laatzen');
    const res = await get(`/api/v1/contacts/${foreign.contact.id}`, backoffice);
    expect(res.statusCode).toBe(404);
  });

  it("searches the knowledge base's catalogue for documentation, and offers the most coded services without a query", async () => {
    const res = await get('/api/v1/services?q=perso%20beantragen&municipality=langenhagen', agent);
    expect(res.statusCode).toBe(200);
    expect(res.json().searchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json().items.map((i: { leikaKey: string }) => i.leikaKey)).toContain('99010201300000');
    const frequent = await get('/api/v1/services', agent);
    expect(frequent.json().items.length).toBeGreaterThan(3);
  });

  it('refuses a LeiKa key that is not in the catalogue, and copies the catalogue title', async () => {
    await events('d3', '05117770003', '05111689010', 'SIP/1001', [
      ['offered', 220],
      ['answered', 225],
    ]);
    const contact = (await get('/api/v1/desktop', agent)).json().screenPop.contact;
    const tenant = await tenantId('langenhagen');
    const unknown = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: tenant,
      leikaKey: '99999999999999',
      outcome: 'other',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0]).toMatchObject({ field: 'leikaKey', message: 'Unbekannter LeiKa-Schlüssel.' });
    const search = (await get('/api/v1/services?q=reisepass', agent)).json();
    const ok = await send('POST', `/api/v1/contacts/${contact.id}/document`, agent, {
      version: contact.version,
      tenantId: tenant,
      leikaKey: '99010202000000',
      searchId: search.searchId,
      outcome: 'appointment_booked',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().serviceTitle).toBe('Reisepass beantragen');
  });

  it('documents several contacts in one transaction: a refused item documents none of them', async () => {
    const ctx = { database: t.db.database, clock: t.clock, actor: { ...systemActor('test-batch'), roles: ['supervisor' as const] } };
    const open = (await listUndocumentedContacts(ctx, new Date(t.clock.now().getTime() + 3600_000)))
      .filter(({ contact }) => contact.tenantId)
      .slice(0, 3);
    expect(open.length).toBe(3);
    const item = ({ contact }: (typeof open)[number], leikaKey: string) => ({
      id: contact.id,
      input: { version: contact.version, tenantId: contact.tenantId!, leikaKey, outcome: 'answered_first_level' as const, note: null },
    });
    const bad = [item(open[0]!, '99010201300000'), item(open[1]!, '99999999999999'), item(open[2]!, '99010201300000')];
    await expect(documentContacts(ctx, bad)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const stillOpen = new Set((await listUndocumentedContacts(ctx, new Date(t.clock.now().getTime() + 3600_000))).map((o) => o.contact.id));
    expect(open.every(({ contact }) => stillOpen.has(contact.id))).toBe(true);
    const rows = await documentContacts(
      ctx,
      open.map((o) => item(o, '99010201300000')),
    );
    expect(rows.map((r) => [r.status, r.outcome, r.wrapUpSeconds])).toEqual(open.map(() => ['documented', 'answered_first_level', null]));
    await expect(documentContacts(ctx, [item(open[0]!, '99010201300000')])).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
