import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** What the admin pages rely on: the agreements list, field errors and optimistic locking. */
let t: TestApp;
let admin: string;
let laatzenId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  const tenants = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } });
  laatzenId = tenants.json().items.find((x: { slug: string }) => x.slug === 'laatzen').id;
});
afterAll(() => t.close());

describe('GET /api/v1/service-agreements', () => {
  it('gives center staff the targets of all 22 tenants, with the D115 defaults', async () => {
    const cookie = await t.login('teamleitung');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/service-agreements', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      tenantId: string;
      serviceLevelPercent: number;
      serviceLevelSeconds: number;
      firstContactResolutionPercent: number;
      replyWithinWorkingHours: number;
      serviceHours: Record<string, unknown[]>;
    }[];
    expect(items).toHaveLength(22);
    const laatzen = items.find((a) => a.tenantId === laatzenId)!;
    expect(laatzen).toMatchObject({
      serviceLevelPercent: 75,
      serviceLevelSeconds: 30,
      firstContactResolutionPercent: 65,
      replyWithinWorkingHours: 24,
    });
    expect(laatzen.serviceHours['1']).toEqual([{ from: '08:00', to: '18:00' }]);
    expect(laatzen.serviceHours['6']).toEqual([]);
  });

  it('shows a tenant-bound editor only the own tenant (row-level security)', async () => {
    const cookie = await t.login('redaktion.laatzen');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/service-agreements', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { tenantId: string }) => a.tenantId)).toEqual([laatzenId]);
  });

  it('refuses anonymous callers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/service-agreements' });
    expect(res.statusCode).toBe(401);
  });
});

describe('changing a service agreement as the admin form does', () => {
  const agreementOf = async () =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzenId}`, headers: { cookie: admin } })).json().agreement;

  it('names the field of an out-of-range target in German and changes nothing', async () => {
    const before = await agreementOf();
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzenId}/agreement`,
      headers: { cookie: admin },
      payload: { version: before.version, serviceLevelPercent: 150, notes: 'darf nicht gespeichert werden' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().issues).toContainEqual({ field: 'serviceLevelPercent', message: 'Höchstens 100 %.' });
    const after = await agreementOf();
    expect(after.version).toBe(before.version);
    expect(after.notes).toBe(before.notes);
  });

  it('saves several intervals per weekday and refuses a stale version with the German conflict message', async () => {
    const before = await agreementOf();
    const serviceHours = {
      ...before.serviceHours,
      '6': [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '15:00' },
      ],
    };
    const ok = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzenId}/agreement`,
      headers: { cookie: admin },
      payload: { version: before.version, serviceLevelPercent: 80, serviceHours },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ serviceLevelPercent: 80, version: before.version + 1 });
    expect(ok.json().serviceHours['6']).toHaveLength(2);

    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzenId}/agreement`,
      headers: { cookie: admin },
      payload: { version: before.version, serviceLevelPercent: 70 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toBe('Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte neu laden.');
    expect((await agreementOf()).serviceLevelPercent).toBe(80);
  });

  it('reports a service-hours interval that ends before it starts, at the interval', async () => {
    const before = await agreementOf();
    const serviceHours = { ...before.serviceHours, '2': [{ from: '18:00', to: '08:00' }] };
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzenId}/agreement`,
      headers: { cookie: admin },
      payload: { version: before.version, serviceHours },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toContainEqual({ field: 'serviceHours.2.0', message: 'Das Ende muss nach dem Beginn liegen.' });
  });
});

describe('changing a tenant lifecycle as the admin form does', () => {
  const laatzen = async () =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzenId}`, headers: { cookie: admin } })).json().tenant;

  it('refuses "live" without its start date and dates out of order, naming the field, and changes nothing', async () => {
    const before = await laatzen();
    const noStart = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${laatzenId}`,
      headers: { cookie: admin },
      payload: { version: before.version, lifecycle: 'live' },
    });
    expect(noStart.statusCode).toBe(400);
    expect(noStart.json().issues).toEqual([{ field: 'liveStart', message: 'Für den Regelbetrieb bitte dessen Beginn angeben.' }]);

    const early = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${laatzenId}`,
      headers: { cookie: admin },
      payload: { version: before.version, lifecycle: 'live', liveStart: '2021-12-31' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().issues[0]).toEqual({ field: 'liveStart', message: 'Der Regelbetrieb kann nicht vor dem Pilotbeginn liegen.' });
    expect(await laatzen()).toEqual(before);
  });

  it('moves Laatzen from pilot to live with a start date, and records old and new values in the audit trail', async () => {
    const before = await laatzen();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${laatzenId}`,
      headers: { cookie: admin },
      payload: { version: before.version, lifecycle: 'live', liveStart: '2026-01-01' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lifecycle: 'live', pilotStart: '2022-03-01', liveStart: '2026-01-01', version: before.version + 1 });

    const auditor = await t.login('revision');
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?action=tenant.updated&tenantId=${laatzenId}&limit=1`,
      headers: { cookie: auditor },
    });
    expect(audit.json().items[0].details.changes).toMatchObject({
      lifecycle: { from: 'pilot', to: 'live' },
      liveStart: { from: null, to: '2026-01-01' },
    });
  });
});
