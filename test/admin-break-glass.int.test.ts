import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows } from '../src/platform/db/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Administrators administer (issue 16, decision 0136): their role reads no citizen's data. The
 * list of forwarded requests (no names, no addresses) stays open to them; a request itself, or an
 * office's day list, only by break-glass: the header X-Break-Glass-Reason with a real reason,
 * recorded with the read. The roles that work with the data read it as before.
 */

let t: TestApp;
let requestId: string;
let locationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.db.database.scoped(ALL_TENANTS, (tx) =>
    queryRows<{ request: string; location: string }>(
      tx,
      sql`select (select id from service_requests order by created_at limit 1) as request, (select id from appointment_locations order by name limit 1) as location`,
    ),
  );
  requestId = row!.request;
  locationId = row!.location;
});
afterAll(() => t?.close());

const breakGlassReads = () =>
  t.db.database.scoped(ALL_TENANTS, (tx) =>
    queryRows<{ entity_type: string; details: Record<string, unknown> }>(
      tx,
      sql`select entity_type, details from audit_log where action = 'personal_data.read' and actor_name = 'admin' order by id`,
    ),
  );

describe('break-glass reads of personal data by administrators', () => {
  it('refuses the request and the day list without a reason, allows them with one and records the reason', async () => {
    const admin = await t.login('admin');
    const get = (url: string, reason?: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: admin, ...(reason !== undefined ? { 'x-break-glass-reason': reason } : {}) } });

    const list = await get('/api/v1/service-requests');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toMatch(/citizen(Name|Email|Phone)/);

    for (const url of [`/api/v1/service-requests/${requestId}`, `/api/v1/appointments/locations/${locationId}/day`]) {
      const refused = await get(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().code).toBe('BREAK_GLASS_REQUIRED');
      // A reason of a word or two is no reason.
      expect((await get(url, 'weil')).json().code).toBe('BREAK_GLASS_REQUIRED');
    }
    expect(await breakGlassReads()).toEqual([]);

    const reason = 'Beschwerde der Bürgerin an die Leitung, Ticket INC-4711';
    const request = await get(`/api/v1/service-requests/${requestId}`, reason);
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json().citizenName).toBeTruthy();
    const day = await get(`/api/v1/appointments/locations/${locationId}/day`, reason);
    expect(day.statusCode, day.body).toBe(200);
    const reads = await breakGlassReads();
    expect(reads.map((r) => r.entity_type)).toEqual(['service_request', 'appointment_day_list']);
    for (const r of reads) expect(r.details).toMatchObject({ breakGlass: true, reason });
  });

  it('the roles that work with the data need no reason', async () => {
    const agent = await t.login('agent');
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${requestId}`, headers: { cookie: agent } });
    expect(res.statusCode).toBe(200);
  });
});
