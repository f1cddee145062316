import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The citizens' privacy notice reads the retention the administration set (no login, nothing about who set it). */
describe('GET /api/v1/public/privacy/retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists each kind of data with its period, and follows a change by the administration', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/public/privacy/retention' });
    expect(before.statusCode).toBe(200);
    const items = before.json().items as { kind: string; label: string; days: number; action: string }[];
    expect(items.length).toBeGreaterThan(3);
    const callers = items.find((i) => i.kind === 'caller_numbers')!;
    expect(callers.label).toBeTruthy();
    expect(Object.keys(callers).sort()).toEqual(['action', 'basis', 'days', 'kind', 'label']);

    const admin = await t.login('admin');
    const current = (await t.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: { cookie: admin } })).json().items as {
      kind: string;
      version: number;
    }[];
    const version = current.find((i) => i.kind === 'caller_numbers')!.version;
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/privacy/retention',
      headers: { cookie: admin },
      payload: { items: [{ kind: 'caller_numbers', days: callers.days + 7, version }] },
    });
    expect(set.statusCode, set.body).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: '/api/v1/public/privacy/retention' })).json().items as typeof items;
    expect(after.find((i) => i.kind === 'caller_numbers')!.days).toBe(callers.days + 7);
  });
});
