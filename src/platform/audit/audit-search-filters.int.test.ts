import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** The audit page filters by the actor's login name; auditors cannot list accounts to pick an id. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/audit?actorName=', () => {
  it('finds only what that login name did, case-insensitively', async () => {
    const admin = await t.login('admin');
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin } });
    const agent2 = users.json().items.find((u: { username: string }) => u.username === 'agent2');
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${agent2.id}`,
      headers: { cookie: admin },
      payload: { version: agent2.version, roles: ['agent', 'supervisor'] },
    });
    expect(changed.statusCode).toBe(200);

    const auditor = await t.login('revision');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit?actorName=ADMIN&action=permission.&limit=20',
      headers: { cookie: auditor },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      actorName: string;
      action: string;
      entityId: string;
      details: { username: string; changes: Record<string, unknown> };
    }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((e) => e.actorName === 'admin' && e.action.startsWith('permission.'))).toBe(true);
    expect(items[0]).toMatchObject({ action: 'permission.changed', entityId: agent2.id });
    expect(items[0]!.details.changes.roles).toEqual({ from: ['agent'], to: ['agent', 'supervisor'] });
    expect(items[0]!.details.username).toBe('agent2');

    const nobody = await t.app.inject({ method: 'GET', url: '/api/v1/audit?actorName=niemand', headers: { cookie: auditor } });
    expect(nobody.json()).toEqual({ items: [], nextBeforeId: null });
  });
});

describe('GET /api/v1/audit?action= (prefix)', () => {
  it('matches actions with underscores literally (personal_data.read, service_agreement.)', async () => {
    const admin = await t.login('admin');
    const tenants = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } });
    const laatzen = tenants.json().items.find((x: { slug: string }) => x.slug === 'laatzen');
    // Reading the tenant detail reads its contacts: a personal_data.read entry.
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzen.id}`, headers: { cookie: admin } });
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzen.id}/agreement`,
      headers: { cookie: admin },
      payload: { version: detail.json().agreement.version, notes: 'Prüfung' },
    });

    const auditor = await t.login('revision');
    const reads = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?action=personal_data.read&tenantId=${laatzen.id}`,
      headers: { cookie: auditor },
    });
    expect(reads.json().items.length).toBeGreaterThan(0);
    expect(reads.json().items.every((e: { action: string }) => e.action === 'personal_data.read')).toBe(true);

    const agreements = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=service_agreement.', headers: { cookie: auditor } });
    expect(agreements.json().items.map((e: { action: string }) => e.action)).toContain('service_agreement.updated');

    // "_" and "%" are not wildcards: "auth_login" does not find "auth.login", "personal%read" nothing.
    for (const action of ['auth_login', 'personal%read']) {
      const none = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?action=${encodeURIComponent(action)}`,
        headers: { cookie: auditor },
      });
      expect(none.json().items, action).toEqual([]);
    }
  });
});
