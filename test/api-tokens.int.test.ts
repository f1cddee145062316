import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN } from '../src/modules/contacts/index.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { testNow } from './support/test-clock.js';
import { queryRows } from '../src/platform/db/database.js';
import { addDays, localDate } from '../src/platform/time/berlin-time.js';
import { manualClock } from '../src/platform/time/clock.js';

/** API tokens with scopes (decision 0131): issued by admins, shown once, hashed, expiring, revocable, audited. */

const clock = manualClock(testNow());
let t: TestApp;
let admin: string;
const yesterday = () => addDays(localDate(clock.now()), -1);
/** The last complete month (demo data issued invoices for it). */
const lastMonth = () => {
  const [y, m] = localDate(clock.now()).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

beforeAll(async () => {
  t = await createTestApp({ clock, env: { ITFAULT_STATUS_TOKEN: 'configured-status-token-0123456789' } });
  admin = await t.login('admin');
});
afterAll(() => t.close());

const issue = (payload: unknown, cookie = admin) =>
  t.app.inject({ method: 'POST', url: '/api/v1/api-tokens', headers: { cookie }, payload: payload as object });
const list = async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: { cookie: admin } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Record<string, unknown>[];
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const reports = (token: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/reports/calls?from=${yesterday()}&to=${yesterday()}`, headers: bearer(token) });
const auditOf = (id: string) =>
  t.db.database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ action: string; actor_name: string; details: Record<string, unknown> }>(
      tx,
      sql`select action, actor_name, details from audit_log where entity_type = 'api_token' and entity_id = ${id} order by id`,
    ),
  );

describe('admins issue API tokens', () => {
  it('shows the token once, stores only its hash, and the token reads reports but nothing outside its scope', async () => {
    const res = await issue({ name: 'Controlling Region', scopes: ['reporting:read'], expiresInDays: 90 });
    expect(res.statusCode).toBe(201);
    const { token, item } = res.json() as { token: string; item: Record<string, unknown> };
    expect(token).toMatch(/^dc_[A-Za-z0-9_-]{43}$/);
    expect(item).toMatchObject({
      name: 'Controlling Region',
      scopes: ['reporting:read'],
      state: 'active',
      tokenPrefix: token.slice(0, 10),
    });
    expect(new Date(item.expiresAt as string).getTime()).toBe(clock.now().getTime() + 90 * 86_400_000);
    // Never again: not in the list, not in the table, not in the audit trail.
    const listed = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: { cookie: admin } });
    expect(listed.body).not.toContain(token);
    const stored = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<Record<string, unknown>>(tx, sql`select * from api_tokens where id = ${item.id as string}`),
    );
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const trail = await auditOf(item.id as string);
    expect(trail.map((a) => a.action)).toEqual(['api_token.issued']);
    expect(JSON.stringify(trail)).not.toContain(token);

    const report = await reports(token);
    expect(report.statusCode, report.body).toBe(200);
    // Outside its scope: invoices, events, admin endpoints.
    const invoices = await t.app.inject({ method: 'GET', url: `/api/v1/billing/invoices?period=${lastMonth()}`, headers: bearer(token) });
    expect(invoices.statusCode).toBe(403);
    const events = await t.app.inject({ method: 'POST', url: '/api/v1/telephony/events', headers: bearer(token), payload: { events: [] } });
    expect(events.statusCode).toBe(403);
    const tokens = await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: bearer(token) });
    expect(tokens.statusCode).toBe(401);
  });

  it('records the last use (at most once a minute) and stops working when it expires', async () => {
    const issued = await issue({ name: 'Kurzläufer', scopes: ['reporting:read'], expiresInDays: 1 });
    expect(issued.statusCode, issued.body).toBe(201);
    const { token, item } = issued.json();
    expect((await reports(token)).statusCode).toBe(200);
    const usedAt = clock.now().toISOString();
    expect((await list()).find((x) => x.id === item.id)).toMatchObject({ lastUsedAt: usedAt });
    clock.advance(30_000);
    expect((await reports(token)).statusCode).toBe(200);
    expect((await list()).find((x) => x.id === item.id)).toMatchObject({ lastUsedAt: usedAt });
    clock.advance(86_400_000);
    const expired = await reports(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toContain('API-Token');
    admin = await t.login('admin'); // the session ended with the day that passed
    expect((await list()).find((x) => x.id === item.id)).toMatchObject({ state: 'expired' });
  });

  it('a revoked token is refused at once; revoking is audited and cannot be repeated', async () => {
    const { token, item } = (await issue({ name: 'Widerruf-Test', scopes: ['reporting:read', 'billing:read'] })).json();
    expect((await reports(token)).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${item.id}`, headers: { cookie: admin } });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ state: 'revoked', revokedBy: 'admin' });
    expect((await reports(token)).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${item.id}`, headers: { cookie: admin } });
    expect(again.statusCode).toBe(409);
    expect((await auditOf(item.id)).map((a) => a.action)).toEqual(['api_token.issued', 'api_token.revoked']);
  });

  it('only admins manage tokens', async () => {
    const supervisor = await t.login('teamleitung');
    expect((await issue({ name: 'Nicht erlaubt', scopes: ['reporting:read'] }, supervisor)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/api-tokens', headers: { cookie: supervisor } })).statusCode).toBe(403);
  });

  it('bad input gets a German error naming the field, and creates nothing', async () => {
    const before = (await list()).length;
    const cases: [unknown, string][] = [
      [{ name: 'Leer', scopes: [] }, 'scopes'],
      [{ name: 'Unbekannt', scopes: ['alles:lesen'] }, 'scopes'],
      [{ name: 'x', scopes: ['reporting:read'] }, 'name'],
      [{ name: 'Zu lange gültig', scopes: ['reporting:read'], expiresInDays: 731 }, 'expiresInDays'],
      [{ name: 'Anlage hier', scopes: ['telephony:events'] }, 'scopes'],
      [{ name: 'Gebunden', scopes: ['metrics:read'], tenantId: '00000000-0000-4000-8000-000000000000' }, 'tenantId'],
    ];
    for (const [body, field] of cases) {
      const res = await issue(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.json().issues), JSON.stringify(body)).toContain(field);
    }
    const unknownTenant = await issue({ name: 'Gebunden', scopes: ['billing:read'], tenantId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownTenant.statusCode).toBe(404);
    expect((await list()).length).toBe(before);
  });

  it('a token bound to one tenant reads only that tenant’s invoices (as a bound billing contact would)', async () => {
    // A period whose invoices name several tenants (demo data: the last two complete months).
    const [pick] = await queryRows<{ period: string; tenant_id: string; ags: string }>(
      t.db.database.db,
      sql`select period, min(tenant_id::text) as tenant_id, (select ags from tenants where id = min(tenant_id::text)::uuid) as ags from billing_invoices group by period having count(distinct tenant_id) > 1 order by period desc limit 1`,
    );
    expect(pick).toBeDefined();
    const bound = { id: pick!.tenant_id };
    const all = (await issue({ name: 'Finanzverfahren Zentrale', scopes: ['billing:read'] })).json().token;
    const own = (await issue({ name: 'Finanzverfahren Gemeinde', scopes: ['billing:read'], tenantId: bound.id })).json().token;
    const read = async (token: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/billing/invoices?period=${pick!.period}`, headers: bearer(token) });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items as { tenantAgs: string }[];
    };
    const everyone = await read(all);
    expect(new Set(everyone.map((i) => i.tenantAgs)).size).toBeGreaterThan(1);
    const mine = await read(own);
    expect(mine.length).toBeGreaterThan(0);
    expect(everyone.length).toBeGreaterThan(mine.length);
    expect(mine.every((i) => i.tenantAgs === pick!.ags)).toBe(true);
  });
});

describe('telephone systems authenticate with API tokens', () => {
  it('the demo system’s token is an API token of scope telephony:events; registering and rotating issue more', async () => {
    const items = await list();
    const demo = items.find((x) => x.subjectType === 'telephone_system' && x.state === 'active');
    expect(demo).toMatchObject({ scopes: ['telephony:events'] });
    let n = 0;
    const events = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/telephony/events',
        headers: bearer(token),
        payload: {
          eventId: `tok-${++n}`,
          callId: `tok-${n}`,
          type: 'offered',
          occurredAt: clock.now().toISOString(),
          dialledNumber: '0511 1689-010',
        },
      });
    expect((await events(DEMO_ACD_TOKEN)).statusCode).toBe(202);

    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/systems',
      headers: { cookie: admin },
      payload: { name: 'ACD Nebenstelle' },
    });
    expect(registered.statusCode).toBe(201);
    const first = registered.json().token as string;
    expect((await events(first)).statusCode).toBe(202);
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/telephony/systems/${registered.json().system.id}/tokens`,
      headers: { cookie: admin },
      payload: { expiresInDays: 30 },
    });
    expect(rotated.statusCode).toBe(201);
    const second = rotated.json().token as string;
    expect((await events(second)).statusCode).toBe(202);
    const firstId = (await list()).find((x) => x.subjectId === registered.json().system.id && x.id !== rotated.json().item.id)!.id;
    await t.app.inject({ method: 'DELETE', url: `/api/v1/api-tokens/${firstId}`, headers: { cookie: admin } });
    expect((await events(first)).statusCode).toBe(401);
    expect((await events(second)).statusCode).toBe(202);
  });
});

describe('the IT service desk reports status with an API token', () => {
  it('a token with itfaults:status passes (the body is then checked), others are refused', async () => {
    const [fault] = await queryRows<{ id: string }>(t.db.database.db, sql`select id from it_faults limit 1`);
    const status = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/it-faults/${fault!.id}/status`,
        headers: bearer(token),
        payload: { status: 'erledigt' },
      });
    const desk = (await issue({ name: 'IT-Service-Desk', scopes: ['itfaults:status'] })).json().token;
    const reader = (await issue({ name: 'Nur Berichte', scopes: ['reporting:read'] })).json().token;
    expect((await status(desk)).statusCode).toBe(400);
    expect((await status('configured-status-token-0123456789')).statusCode).toBe(400);
    expect((await status(reader)).statusCode).toBe(403);
    expect((await status('dc_unknown-token-000000000000000000000')).statusCode).toBe(401);
  });
});
