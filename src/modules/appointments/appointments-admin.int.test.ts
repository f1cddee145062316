import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { queryRows } from '../../platform/db/database.js';
import { addDays, localDate } from '../../platform/time/berlin-time.js';

/**
 * The appointment offices admin page's edits (issue 18): offices (fields, services, opening hours with
 * seats per channel) changed and deactivated, exceptions removed, bookable services changed and
 * deactivated; each with validation (nothing saved on bad input), the version read (409 when stale),
 * an audit record in the same transaction, and tenant isolation.
 */
let t: TestApp;
let admin: string;
const ids: Record<string, string> = {};
type Service = { id: string; code: string; name: string; durationMinutes: number; active: boolean; version: number };
type Setup = {
  id: string;
  name: string;
  version: number;
  active: boolean;
  serviceCodes: string[];
  openingHours: { weekday: number; opens: string; closes: string; seats: number; callcenterSeats: number; onlineSeats: number }[];
  exceptions: { id: string; day: string; closed: boolean; reason: string }[];
};

const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { cookie }, payload: payload as object });
const servicesOf = async (slug: string) =>
  (await req('GET', `/api/v1/tenants/${ids[slug]}/appointment-services`, admin)).json().items as Service[];
const setupOf = async (id: string) => (await req('GET', `/api/v1/appointments/locations/${id}/setup`, admin)).json() as Setup;
const actions = (entityId: string) =>
  t.db.database.scoped({ kind: 'all' }, async (tx) =>
    (await queryRows<{ action: string }>(tx, sql`select action from audit_log where entity_id = ${entityId} order by at, id`)).map(
      (r) => r.action,
    ),
  );
let officeId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  for (const x of (await req('GET', '/api/v1/tenants', admin)).json().items as { slug: string; id: string }[]) ids[x.slug] = x.id;
  const created = await req('POST', `/api/v1/tenants/${ids.laatzen}/appointment-locations`, admin, {
    kind: 'buergerbuero',
    name: 'Bürgerbüro Laatzen-Rethen',
    street: 'Hildesheimer Straße 100',
    postalCode: '30880',
    city: 'Laatzen',
    phone: '0511 8205-0',
    latitude: 52.28,
    longitude: 9.83,
    serviceCodes: ['personalausweis'],
    openingHours: [{ weekday: 2, opens: '08:00', closes: '12:00', seats: 2, callcenterSeats: 2, onlineSeats: 1 }],
  });
  expect(created.statusCode, created.body).toBe(201);
  officeId = created.json().id;
});
afterAll(() => t.close());

describe('bookable services: change and deactivate', () => {
  it('lists a tenant’s services with their versions; refuses a bad duration next to its field, saving nothing', async () => {
    const service = (await servicesOf('laatzen')).find((s) => s.code === 'personalausweis')!;
    expect(service).toMatchObject({ active: true, version: 1 });
    const bad = await req('PATCH', `/api/v1/appointments/services/${service.id}`, admin, { version: 1, durationMinutes: 3, name: 'ab' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual(
      expect.arrayContaining([
        { field: 'durationMinutes', message: 'Mindestens 5 Minuten.' },
        { field: 'name', message: 'Der Name braucht mindestens 3 Zeichen.' },
      ]),
    );
    const codeChange = await req('PATCH', `/api/v1/appointments/services/${service.id}`, admin, { version: 1, code: 'anders' });
    expect(codeChange.statusCode).toBe(400);
    expect((await servicesOf('laatzen')).find((s) => s.id === service.id)).toEqual(service);
  });

  it('changes the duration with the version read (audited); a second writer with the old version gets 409', async () => {
    const service = (await servicesOf('laatzen')).find((s) => s.code === 'personalausweis')!;
    const url = `/api/v1/appointments/services/${service.id}`;
    const ok = await req('PATCH', url, admin, { version: service.version, durationMinutes: 25 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ durationMinutes: 25, version: service.version + 1 });
    const stale = await req('PATCH', url, admin, { version: service.version, durationMinutes: 10 });
    expect(stale.statusCode).toBe(409);
    expect((await servicesOf('laatzen')).find((s) => s.id === service.id)!.durationMinutes).toBe(25);
    expect(await actions(service.id)).toContain('appointment_service.updated');
  });

  it('deactivates a service (kept for history, gone from booking) and brings it back', async () => {
    const service = (await servicesOf('laatzen')).find((s) => s.code === 'reisepass')!;
    const url = `/api/v1/appointments/services/${service.id}`;
    expect((await req('DELETE', `${url}?version=${service.version + 3}`, admin)).statusCode).toBe(409);
    const off = await req('DELETE', `${url}?version=${service.version}`, admin);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, version: service.version + 1 });
    const catalogue = (await t.app.inject({ method: 'GET', url: '/api/v1/public/appointments/catalogue' })).json();
    const laatzen = catalogue.tenants.find((x: { id: string }) => x.id === ids.laatzen);
    expect(laatzen?.services.map((s: { code: string }) => s.code) ?? []).not.toContain('reisepass');
    const back = await req('PATCH', url, admin, { version: service.version + 1, active: true });
    expect(back.statusCode).toBe(200);
    expect((await actions(service.id)).slice(-2)).toEqual(['appointment_service.deactivated', 'appointment_service.updated']);
  });
});

describe('offices: change, deactivate, exceptions', () => {
  it('returns an office for editing: version, services, weekly hours with seats per channel', async () => {
    const setup = await setupOf(officeId);
    expect(setup).toMatchObject({ name: 'Bürgerbüro Laatzen-Rethen', version: 1, active: true, serviceCodes: ['personalausweis'] });
    expect(setup.openingHours).toEqual([
      expect.objectContaining({ weekday: 2, opens: '08:00', closes: '12:00', seats: 2, callcenterSeats: 2, onlineSeats: 1 }),
    ]);
  });

  it('refuses contingents out of order, an unknown service or a stale version, and keeps everything as it was', async () => {
    const before = await setupOf(officeId);
    const url = `/api/v1/appointments/locations/${officeId}`;
    const seats = await req('PATCH', url, admin, {
      version: before.version,
      openingHours: [{ weekday: 3, opens: '14:00', closes: '13:00', seats: 1, callcenterSeats: 2, onlineSeats: 0 }],
    });
    expect(seats.statusCode).toBe(400);
    expect(
      seats
        .json()
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(['openingHours.0.closes', 'openingHours.0.onlineSeats']);
    const unknown = await req('PATCH', url, admin, { version: before.version, serviceCodes: ['personalausweis', 'gibt-es-nicht'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].field).toBe('serviceCodes');
    const stale = await req('PATCH', url, admin, { version: before.version + 1, name: 'Veraltet' });
    expect(stale.statusCode).toBe(409);
    expect(await setupOf(officeId)).toEqual(before);
  });

  it('replaces services and the week in one change (audited, version + 1), keeping the fields not sent', async () => {
    const before = await setupOf(officeId);
    const res = await req('PATCH', `/api/v1/appointments/locations/${officeId}`, admin, {
      version: before.version,
      name: 'Bürgerbüro Rethen',
      serviceCodes: ['personalausweis', 'wohnsitz-anmelden'],
      openingHours: [
        { weekday: 2, opens: '08:00', closes: '12:00', seats: 3, callcenterSeats: 2, onlineSeats: 1 },
        { weekday: 4, opens: '14:00', closes: '18:00', seats: 2, callcenterSeats: 1, onlineSeats: 1 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await setupOf(officeId);
    expect(after).toMatchObject({
      name: 'Bürgerbüro Rethen',
      version: before.version + 1,
      serviceCodes: ['personalausweis', 'wohnsitz-anmelden'],
    });
    expect(after.openingHours.map((r) => [r.weekday, r.seats])).toEqual([
      [2, 3],
      [4, 2],
    ]);
    expect((await req('GET', `/api/v1/appointments/locations/${officeId}/setup`, admin)).json().phone).toBe('0511 8205-0');
    const [entry] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ details: { changes: Record<string, unknown> } }>(
        tx,
        sql`select details from audit_log where action = 'appointment_location.updated' and entity_id = ${officeId}`,
      ),
    );
    expect(Object.keys(entry!.details.changes).sort()).toEqual(['name', 'openingHours', 'serviceCodes']);
  });

  it('removes an exception (a second removal finds nothing); a back-office of another tenant cannot', async () => {
    const day = addDays(localDate(t.clock.now()), 10);
    const added = await req('POST', `/api/v1/appointments/locations/${officeId}/exceptions`, admin, {
      day,
      closed: true,
      reason: 'Betriebsausflug',
    });
    expect(added.statusCode, added.body).toBe(201);
    const exception = (await setupOf(officeId)).exceptions.find((e) => e.day === day)!;
    expect(exception).toMatchObject({ closed: true, reason: 'Betriebsausflug' });
    const url = `/api/v1/appointments/locations/${officeId}/exceptions/${exception.id}`;
    // Another tenant's back office does not even see the office (row-level security): 404, nothing removed.
    expect((await req('DELETE', url, await t.login('fachbereich.langenhagen'))).statusCode).toBe(404);
    expect((await setupOf(officeId)).exceptions).toHaveLength(1);
    expect((await req('DELETE', url, await t.login('fachbereich.laatzen'))).statusCode).toBe(204);
    expect((await req('DELETE', url, admin)).statusCode).toBe(404);
    expect((await setupOf(officeId)).exceptions).toEqual([]);
    expect(await actions(officeId)).toContain('appointment_exception.deleted');
  });

  it('refuses to deactivate an office with booked appointments ahead; deactivates one without (audited)', async () => {
    const [busy] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ id: string; version: number }>(
        tx,
        sql`select l.id, l.version from appointment_locations l
             where exists (select 1 from appointments a where a.location_id = l.id and a.status = 'booked' and a.starts_at > ${t.clock.now().toISOString()})
             limit 1`,
      ),
    );
    expect(busy).toBeDefined();
    const refused = await req('DELETE', `/api/v1/appointments/locations/${busy!.id}?version=${busy!.version}`, admin);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/noch \d+ Termin\(e\) gebucht/);

    const before = await setupOf(officeId);
    expect((await req('DELETE', `/api/v1/appointments/locations/${officeId}?version=${before.version - 1}`, admin)).statusCode).toBe(409);
    const off = await req('DELETE', `/api/v1/appointments/locations/${officeId}?version=${before.version}`, admin);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, version: before.version + 1 });
    const staffList = (await req('GET', '/api/v1/appointments/locations', admin)).json().items as { id: string }[];
    expect(staffList.some((l) => l.id === officeId)).toBe(false);
    const adminList = (await req('GET', '/api/v1/appointments/admin/locations', admin)).json().items as { id: string; active: boolean }[];
    expect(adminList.find((l) => l.id === officeId)).toMatchObject({ active: false });
    expect(await actions(officeId)).toContain('appointment_location.deactivated');
  });

  it('tenant staff cannot change offices or services', async () => {
    const editor = await t.login('redaktion.laatzen');
    const service = (await servicesOf('laatzen'))[0]!;
    expect((await req('GET', `/api/v1/tenants/${ids.laatzen}/appointment-services`, editor)).statusCode).toBe(403);
    expect(
      (await req('PATCH', `/api/v1/appointments/services/${service.id}`, editor, { version: service.version, name: 'Fremd' })).statusCode,
    ).toBe(403);
    expect((await req('PATCH', `/api/v1/appointments/locations/${officeId}`, editor, { version: 1, name: 'Fremd' })).statusCode).toBe(403);
    expect((await req('GET', `/api/v1/appointments/locations/${officeId}/setup`, editor)).statusCode).toBe(403);
  });
});
