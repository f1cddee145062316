import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let admin: string;
const tenantBySlug = async (slug: string) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } });
  return (res.json().items as { id: string; slug: string }[]).find((x) => x.slug === slug)!;
};
const auditCount = async (action: string) =>
  (await queryRows<{ n: number }>(t.db.database.db, sql`select count(*)::int as n from audit_log where action = ${action}`))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('tenants', () => {
  it('knows the Region administration and the 21 municipalities with official keys and pilot dates', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } });
    const items = res.json().items as {
      slug: string;
      ags: string;
      kind: string;
      lifecycle: string;
      pilotStart: string | null;
      isHost: boolean;
    }[];
    expect(items).toHaveLength(22);
    expect(items.filter((i) => i.isHost).map((i) => i.slug)).toEqual(['hannover']);
    expect(items.find((i) => i.slug === 'region-hannover')).toMatchObject({
      ags: '03241',
      kind: 'region',
      lifecycle: 'pilot',
      pilotStart: '2022-01-01',
    });
    expect(items.find((i) => i.slug === 'wunstorf')).toMatchObject({ ags: '03241021', lifecycle: 'pilot', pilotStart: '2022-07-01' });
    expect(items.filter((i) => i.lifecycle === 'pilot')).toHaveLength(8);
  });

  it('holds a default service agreement per tenant: Mon-Fri 8-18, 75/30, 65 % FCR, 24 h', async () => {
    const laatzen = await tenantBySlug('laatzen');
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzen.id}`, headers: { cookie: admin } });
    expect(res.json().agreement).toMatchObject({
      serviceLevelPercent: 75,
      serviceLevelSeconds: 30,
      firstContactResolutionPercent: 65,
      replyWithinWorkingHours: 24,
      serviceHours: { '1': [{ from: '08:00', to: '18:00' }], '6': [], '7': [] },
    });
    expect(res.json().departments.length).toBeGreaterThan(3);
  });

  it('lets an admin change a target; the change and its audit record are written together', async () => {
    const laatzen = await tenantBySlug('laatzen');
    const before = await auditCount('service_agreement.updated');
    // The demo data may have changed the agreement already (billing data): write the version read.
    const { version } = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzen.id}`, headers: { cookie: admin } })).json()
      .agreement;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzen.id}/agreement`,
      headers: { cookie: admin },
      payload: { version, firstContactResolutionPercent: 55 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ firstContactResolutionPercent: 55, version: version + 1 });
    expect(await auditCount('service_agreement.updated')).toBe(before + 1);
    const [entry] = await queryRows<{ details: { changes: Record<string, unknown> } }>(
      t.db.database.db,
      sql`select details from audit_log where action = 'service_agreement.updated' order by id desc limit 1`,
    );
    expect(entry!.details.changes).toEqual({ firstContactResolutionPercent: { from: 65, to: 55 } });
  });

  it('refuses a stale version with a conflict and changes nothing', async () => {
    const laatzen = await tenantBySlug('laatzen');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzen.id}/agreement`,
      headers: { cookie: admin },
      payload: { version: 1, serviceLevelPercent: 80 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('inzwischen');
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzen.id}`, headers: { cookie: admin } });
    expect(detail.json().agreement.serviceLevelPercent).toBe(75);
  });

  it('refuses bad input field by field and writes nothing, not even an audit record', async () => {
    const laatzen = await tenantBySlug('laatzen');
    const before = await auditCount('service_agreement.updated');
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/tenants/${laatzen.id}/agreement`,
      headers: { cookie: admin },
      payload: { version: 2, serviceLevelPercent: 150, serviceHours: { '1': [{ from: '18:00', to: '08:00' }] } },
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().issues as { field: string }[]).map((i) => i.field);
    expect(fields).toContain('serviceLevelPercent');
    expect(await auditCount('service_agreement.updated')).toBe(before);
  });

  it('rolls back the change when its audit record cannot be written', async () => {
    const laatzen = await tenantBySlug('laatzen');
    // A database constraint failure after the update (the same transaction) must undo the update.
    await expect(
      t.db.database.scoped({ kind: 'all' }, async (tx) => {
        await tx.execute(sql`update service_agreements set notes = 'halb geschrieben' where tenant_id = ${laatzen.id}`);
        await tx.execute(sql`insert into audit_log (actor_name, action) values (null, 'kaputt')`);
      }),
    ).rejects.toThrow();
    const [row] = await queryRows<{ notes: string | null }>(
      t.db.database.db,
      sql`select notes from service_agreements where tenant_id = ${laatzen.id}`,
    );
    expect(row!.notes).toBeNull();
  });

  it('lets an admin change the lifecycle; others may not', async () => {
    const burgdorf = await tenantBySlug('burgdorf');
    const agent = await t.login('agent');
    const refused = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${burgdorf.id}`,
      headers: { cookie: agent },
      payload: { version: 1, lifecycle: 'pilot' },
    });
    expect(refused.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${burgdorf.id}`,
      headers: { cookie: admin },
      // Burgdorf is not ready (onboarding's readiness gate, decision 0170): the admin goes ahead with a reason.
      payload: {
        version: 1,
        lifecycle: 'pilot',
        pilotStart: '2027-01-01',
        readinessOverride: { reason: 'Lebenszyklus-Test ohne vollständiges Onboarding' },
      },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ lifecycle: 'pilot', pilotStart: '2027-01-01' });
  });

  it('manages departments and contacts; reading contacts is audited as a personal-data read', async () => {
    const isernhagen = await tenantBySlug('isernhagen');
    const dep = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${isernhagen.id}/departments`,
      headers: { cookie: admin },
      payload: { name: 'Friedhofsverwaltung', email: 'friedhof@isernhagen.demo.example.org' },
    });
    expect(dep.statusCode).toBe(201);
    const badMail = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${isernhagen.id}/contacts`,
      headers: { cookie: admin },
      payload: { name: 'Erika Muster', function: 'coordinator', email: 'kein-mail' },
    });
    expect(badMail.statusCode).toBe(400);
    expect(badMail.json().issues[0]).toMatchObject({ field: 'email', message: 'Keine gültige E-Mail-Adresse.' });
    const contact = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${isernhagen.id}/contacts`,
      headers: { cookie: admin },
      payload: { name: 'Erika Muster', function: 'coordinator', departmentId: dep.json().id },
    });
    expect(contact.statusCode).toBe(201);
    const reads = await auditCount('personal_data.read');
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${isernhagen.id}`, headers: { cookie: admin } });
    expect(detail.json().contacts.map((c: { name: string }) => c.name)).toContain('Erika Muster');
    expect(await auditCount('personal_data.read')).toBe(reads + 1);
  });
});

describe('audit trail', () => {
  it('is append-only, for the application role and the table owner alike', async () => {
    await expect(t.db.database.scoped({ kind: 'all' }, (tx) => tx.execute(sql`delete from audit_log`))).rejects.toThrow();
    const causeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e: Error) => String((e.cause as Error | undefined)?.message ?? e.message),
      );
    expect(await causeOf(t.db.database.db.execute(sql`update audit_log set action = 'verfälscht'`))).toContain('append-only');
    expect(await causeOf(t.db.database.db.execute(sql`delete from audit_log`))).toContain('append-only');
  });

  it('is searchable by auditors only', async () => {
    const agent = await t.login('agent');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { cookie: agent } })).statusCode).toBe(403);
    const auditor = await t.login('revision');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=tenant.&limit=5', headers: { cookie: auditor } });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(5);
    expect(res.json().nextBeforeId).toBeTypeOf('number');
    const next = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?action=tenant.&limit=5&beforeId=${res.json().nextBeforeId}`,
      headers: { cookie: auditor },
    });
    expect(next.json().items[0].id).toBeLessThan(res.json().items[4].id);
  });
});
