import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and OpenAPI', () => {
  it('reports the database kind and that no migration is pending', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.migrations.pending).toBe(0);
    expect(body.migrations.applied).toBeGreaterThanOrEqual(3);
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('username');
    expect(doc.paths['/api/v1/tenants/{tenantId}/agreement'].put).toBeDefined();
  });
});

describe('sign-in', () => {
  it('logs in with an HttpOnly, SameSite session cookie and knows who is signed in', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'Agent', password: 'Dialog-Demo-2026!' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'dc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(res.json().user.roles).toEqual(['agent']);
    expect(res.json().user).not.toHaveProperty('passwordHash');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `dc_session=${cookie.value}` } });
    expect(me.json().user.username).toBe('agent');
  });

  it('answers wrong password and unknown user alike, in German problem details', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'agent2', password: 'falsch-falsch' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'niemand', password: 'falsch-falsch' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401, detail: 'Benutzername oder Passwort ist falsch.' });
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks an account after five failures, even for the right password, and audits it', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'leitstelle', password: `falsch-${i}` } });
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leitstelle', password: 'Dialog-Demo-2026!' },
    });
    expect(res.statusCode).toBe(423);
    expect(res.json().code).toBe('ACCOUNT_LOCKED');
    const auditor = await t.login('revision');
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=auth.login&limit=50', headers: { cookie: auditor } });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'auth.login_failed' || a === 'auth.login_locked').length).toBeGreaterThanOrEqual(5);
    expect(actions).toContain('auth.login_locked');
    expect(actions).toContain('auth.login_refused_locked');
  });

  it('logs out: the cookie no longer opens a session', async () => {
    const cookie = await t.login('agent2');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('UNAUTHENTICATED');
  });

  it('changes the own password: old one refused afterwards, wrong current password refused', async () => {
    const cookie = await t.login('abrechnung');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'nicht-richtig', newPassword: 'Ein-neues-Passwort-1' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('currentPassword');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'Dialog-Demo-2026!', newPassword: 'Ein-neues-Passwort-1' },
    });
    expect(ok.statusCode).toBe(204);
    await expect(t.login('abrechnung')).rejects.toThrow(/401/);
    await expect(t.login('abrechnung', 'Ein-neues-Passwort-1')).resolves.toContain('dc_session=');
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400 problem details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REQUEST');
  });

  it('names each invalid field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().issues.length).toBeGreaterThan(0);
  });

  it('answers unknown API paths with 404 problem details', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/gibt-es-nicht' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('requires a session for protected endpoints', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tenants' });
    expect(res.statusCode).toBe(401);
  });
});
