import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** GET /api/v1/users/:id, which the account edit form loads. */
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('GET /api/v1/users/:id', () => {
  it('gives the admin one account with roles and binding, never the password hash', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin } });
    const frieda = list.json().items.find((u: { username: string }) => u.username === 'fachbereich.langenhagen');
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/users/${frieda.id}`, headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    const user = res.json();
    expect(user).toMatchObject({ username: 'fachbereich.langenhagen', roles: ['backoffice'], active: true });
    expect(user.tenantId).toBe(frieda.tenantId);
    expect(user.departmentIds).toHaveLength(2);
    expect(user).not.toHaveProperty('passwordHash');
  });

  it('answers 404 in German for an unknown id and 400 for a malformed one', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      headers: { cookie: admin },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe('Das Konto wurde nicht gefunden.');
    const malformed = await t.app.inject({ method: 'GET', url: '/api/v1/users/nicht-uuid', headers: { cookie: admin } });
    expect(malformed.statusCode).toBe(400);
  });

  it('refuses everyone but the administration', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin } });
    const id = list.json().items[0].id;
    for (const username of ['agent', 'revision', 'redaktion.laatzen']) {
      const cookie = await t.login(username);
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: { cookie } });
      expect(res.statusCode, username).toBe(403);
    }
  });
});
