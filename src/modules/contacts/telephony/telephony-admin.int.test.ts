import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { queryRows } from '../../../platform/db/database.js';
import { DEMO_ACD_TOKEN } from '../contacts.demo.js';

/**
 * The telephony admin page's edits (issue 18): hotlines changed and removed, ACD agent ids listed,
 * re-assigned and removed; each with validation (nothing saved on bad input), the version read (409 when
 * stale), an audit record in the same transaction, and admins only.
 */
let t: TestApp;
let admin: string;
const ids: Record<string, string> = {};
type Hotline = { dialledNumber: string; tenantId: string; queueName: string | null; label: string; version: number };
type AgentLine = { id: string; externalAgentId: string; userId: string; displayName: string; telephoneSystemName: string; version: number };

const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie }, payload: payload as object });
const hotlines = async () => (await req('GET', '/api/v1/telephony/hotlines', admin)).json().items as Hotline[];
const agentLines = async () => (await req('GET', '/api/v1/telephony/agent-lines', admin)).json().items as AgentLine[];
const actions = (entityId: string) =>
  t.db.database.scoped({ kind: 'all' }, async (tx) =>
    (await queryRows<{ action: string }>(tx, sql`select action from audit_log where entity_id = ${entityId} order by at, id`)).map(
      (r) => r.action,
    ),
  );
const pushCall = async (callId: string, dialledNumber: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { eventId: `${callId}:offered`, callId, type: 'offered', occurredAt: t.clock.now().toISOString(), dialledNumber },
  });
  expect(res.statusCode, res.body).toBe(202);
  const [row] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ tenant_name: string | null }>(tx, sql`select tenant_name from calls where external_call_id = ${callId}`),
  );
  return row?.tenant_name ?? null;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  for (const x of (await req('GET', '/api/v1/tenants', admin)).json().items as { slug: string; id: string }[]) ids[x.slug] = x.id;
});
afterAll(() => t.close());

describe('hotlines: change and remove', () => {
  it('refuses bad input next to its field and changes nothing; a stale version is 409', async () => {
    const before = (await hotlines()).find((h) => h.tenantId === ids.laatzen)!;
    const url = `/api/v1/telephony/hotlines/${before.dialledNumber}`;
    const bad = await req('PATCH', url, admin, { version: before.version, label: 'x', tenantId: 'kein-mandant' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['label', 'tenantId']);
    const unknownTenant = await req('PATCH', url, admin, { version: before.version, tenantId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownTenant.statusCode).toBe(400);
    expect(unknownTenant.json().issues).toEqual([{ field: 'tenantId', message: 'Unbekannter Mandant.' }]);
    const noVersion = await req('PATCH', url, admin, { label: 'Ohne Version' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().issues[0].field).toBe('version');
    const stale = await req('PATCH', url, admin, { version: before.version + 1, label: 'Veraltet gespeichert' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/inzwischen/);
    expect((await hotlines()).find((h) => h.dialledNumber === before.dialledNumber)).toEqual(before);
    expect(await actions(before.dialledNumber)).not.toContain('hotline.updated');
  });

  it('moves a number to another tenant and queue (audited); its next call is routed there', async () => {
    const before = (await hotlines()).find((h) => h.tenantId === ids.laatzen)!;
    const url = `/api/v1/telephony/hotlines/${before.dialledNumber}`;
    const ok = await req('PATCH', url, admin, {
      version: before.version,
      tenantId: ids.hannover,
      queueName: 'dc-hannover-2',
      label: 'Umgezogen',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      ...before,
      tenantId: ids.hannover,
      queueName: 'dc-hannover-2',
      label: 'Umgezogen',
      version: before.version + 1,
    });
    expect(await pushCall('admin-moved', before.dialledNumber)).toBe('Hannover');
    const [entry] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ details: { changes: Record<string, unknown> } }>(
        tx,
        sql`select details from audit_log where action = 'hotline.updated' and entity_id = ${before.dialledNumber}`,
      ),
    );
    expect(entry!.details.changes.tenantId).toEqual({ from: ids.laatzen, to: ids.hannover });
    // The number in its written form (with spaces and +49) names the same hotline.
    const again = await req('PATCH', `/api/v1/telephony/hotlines/${encodeURIComponent(`+49${before.dialledNumber.slice(1)}`)}`, admin, {
      version: before.version + 1,
      tenantId: ids.laatzen,
    });
    expect(again.statusCode, again.body).toBe(200);
  });

  it('removes a number with the version read; calls on it are then stored for no tenant', async () => {
    const before = (await hotlines()).find((h) => h.tenantId === ids.laatzen)!;
    const url = `/api/v1/telephony/hotlines/${before.dialledNumber}`;
    expect((await req('DELETE', `${url}?version=${before.version + 5}`, admin)).statusCode).toBe(409);
    expect((await req('DELETE', url, admin)).statusCode).toBe(400);
    expect((await req('DELETE', `${url}?version=${before.version}`, admin)).statusCode).toBe(204);
    expect((await hotlines()).some((h) => h.dialledNumber === before.dialledNumber)).toBe(false);
    expect((await req('DELETE', `${url}?version=${before.version}`, admin)).statusCode).toBe(404);
    expect(await pushCall('admin-removed', before.dialledNumber)).toBeNull();
    expect(await actions(before.dialledNumber)).toContain('hotline.deleted');
  });
});

describe('ACD agent ids: list, re-assign, remove', () => {
  it('lists the assignments with system and account names, for admins only', async () => {
    const items = await agentLines();
    expect(items).toContainEqual(expect.objectContaining({ externalAgentId: 'SIP/1001', displayName: 'Anna Agentin', version: 1 }));
    expect((await req('GET', '/api/v1/telephony/agent-lines', await t.login('teamleitung'))).statusCode).toBe(403);
  });

  it('refuses an unknown account or a taken id and saves nothing; a stale version is 409; a re-assignment is audited', async () => {
    const line = (await agentLines()).find((l) => l.externalAgentId === 'SIP/1001')!;
    const url = `/api/v1/telephony/agent-lines/${line.id}`;
    const unknownUser = await req('PATCH', url, admin, { version: line.version, userId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownUser.statusCode).toBe(400);
    expect(unknownUser.json().issues).toEqual([{ field: 'userId', message: 'Unbekanntes Konto.' }]);
    const empty = await req('PATCH', url, admin, { version: line.version, externalAgentId: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0]).toEqual({ field: 'externalAgentId', message: 'Bitte die Agenten-Kennung angeben.' });
    const taken = await req('PATCH', url, admin, { version: line.version, externalAgentId: 'SIP/1002' });
    expect(taken.statusCode).toBe(409);
    expect((await agentLines()).find((l) => l.id === line.id)).toEqual(line);

    const agent2 = (await agentLines()).find((l) => l.externalAgentId === 'SIP/1002')!;
    const moved = await req('PATCH', url, admin, { version: line.version, userId: agent2.userId });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toEqual({ id: line.id, version: line.version + 1 });
    expect((await req('PATCH', url, admin, { version: line.version, userId: line.userId })).statusCode).toBe(409);
    expect((await agentLines()).find((l) => l.id === line.id)).toMatchObject({ displayName: 'Ben Berater', version: line.version + 1 });
    expect(await actions(line.id)).toEqual(['agent_line.updated']);
  });

  it('a repeated POST of an id re-maps it and counts as a change (version + 1)', async () => {
    const line = (await agentLines()).find((l) => l.externalAgentId === 'SIP/1003')!;
    const posted = await req('POST', '/api/v1/telephony/agent-lines', admin, {
      telephoneSystemId: (await req('GET', '/api/v1/telephony/systems', admin)).json().items[0].id,
      externalAgentId: 'SIP/1003',
      userId: line.userId,
    });
    expect(posted.statusCode, posted.body).toBe(204);
    expect((await agentLines()).find((l) => l.id === line.id)!.version).toBe(line.version + 1);
  });

  it('removes an assignment with the version read (audited)', async () => {
    const line = (await agentLines()).find((l) => l.externalAgentId === 'SIP/1002')!;
    const url = `/api/v1/telephony/agent-lines/${line.id}`;
    expect((await req('DELETE', `${url}?version=${line.version + 1}`, admin)).statusCode).toBe(409);
    expect((await req('DELETE', `${url}?version=abc`, admin)).statusCode).toBe(400);
    expect((await req('DELETE', `${url}?version=${line.version}`, admin)).statusCode).toBe(204);
    expect((await agentLines()).some((l) => l.id === line.id)).toBe(false);
    expect(await actions(line.id)).toEqual(['agent_line.deleted']);
  });

  it('tenant staff cannot change or remove telephony', async () => {
    const editor = await t.login('redaktion.laatzen');
    const hotline = (await hotlines())[0]!;
    const line = (await agentLines())[0]!;
    expect(
      (await req('PATCH', `/api/v1/telephony/hotlines/${hotline.dialledNumber}`, editor, { version: 1, label: 'Fremd' })).statusCode,
    ).toBe(403);
    expect((await req('DELETE', `/api/v1/telephony/hotlines/${hotline.dialledNumber}?version=1`, editor)).statusCode).toBe(403);
    expect((await req('GET', '/api/v1/telephony/agent-lines', editor)).statusCode).toBe(403);
    expect((await req('DELETE', `/api/v1/telephony/agent-lines/${line.id}?version=1`, editor)).statusCode).toBe(403);
    expect((await hotlines())[0]).toEqual(hotline);
  });
});
