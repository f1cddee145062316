import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 16, hardening: security headers and cross-site requests. Each test failed before
 * its fix: no Content-Security-Policy, no HSTS, and a foreign page could post text/plain
 * (which needs no CORS preflight) to any endpoint without a body schema.
 */

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sends a strict Content-Security-Policy without inline script and without framing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends no HSTS while the cookies are not Secure (plain HTTP on a developer machine)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('HSTS behind HTTPS (COOKIE_SECURE=true)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { COOKIE_SECURE: 'true' } });
  });
  afterAll(() => t.close());

  it('tells browsers to use HTTPS for a year', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});

describe('cross-site requests', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await t.login('agent');
  });
  afterAll(() => t.close());

  it('refuses a state change announced by the browser as cross-site, and the session survives', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CROSS_SITE_REQUEST' });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('refuses a foreign Origin even without Sec-Fetch-Site (older browsers)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/next',
      headers: { cookie, origin: 'https://evil.example' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a sibling subdomain (same-site is not same-origin)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/queue/next',
      headers: { cookie, 'sec-fetch-site': 'same-site' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('lets the own page through: same-origin, or the Origin the request was addressed to', async () => {
    const sameOrigin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: await t.login('agent'), 'sec-fetch-site': 'same-origin', origin: 'http://localhost:80' },
    });
    expect(sameOrigin.statusCode).toBeLessThan(300);
    const addressed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: await t.login('agent'), host: 'dialogcenter.example', origin: 'http://dialogcenter.example' },
    });
    expect(addressed.statusCode).toBeLessThan(300);
  });

  it('lets reading requests from anywhere through (links from other sites)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.statusCode).toBe(200);
  });
});

describe('content types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses a text/plain body on an endpoint without a body schema (415) and keeps the session', async () => {
    const cookie = await t.login('agent');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: 'x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('refuses form encodings a foreign page could send without a preflight', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': type },
        payload: 'username=admin&password=x',
      });
      expect(res.statusCode, type).toBe(415);
    }
  });

  it('still takes JSON where JSON is expected', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'agent', password: 'falsch' } });
    expect(res.statusCode).toBe(401);
  });
});
