import http from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { systemActor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, openPostgres, queryRows } from '../../platform/db/database.js';
import { stopChanges } from '../../platform/realtime/change-bus.js';
import { gazetteerOf, watchGazetteerChanges } from './gazetteer-index.js';
import { manualClock } from '../../platform/time/clock.js';
import { computeBoardSnapshot, getBoard } from './board.service.js';
import { boardSchema } from './dispatch.contract.js';
import { createIncident } from './incidents.service.js';

let t: TestApp;
let dispatcher: string;
let agent: string;
let backoffice: string;
let supervisor: string;
const base = '/api/v1/dispatch';

type Json = Record<string, any>;
async function call(method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) {
  const res = await t.app.inject({ method, url: `${base}${url}`, headers: { cookie }, payload: payload as Json });
  return {
    status: res.statusCode,
    body: res.body ? (res.headers['content-type']?.toString().includes('json') ? res.json() : res.body) : null,
  } as { status: number; body: any };
}
const rows = <T>(query: ReturnType<typeof sql>) => t.db.database.scoped(ALL_TENANTS, (tx) => queryRows<T>(tx, query));

async function freeUnits(): Promise<Json[]> {
  const units = (await call('GET', '/units', dispatcher)).body.items as Json[];
  return units.filter((u) => (u.statusCode === 1 || u.statusCode === 2) && !u.incident);
}

beforeAll(async () => {
  t = await createTestApp();
  [dispatcher, agent, backoffice, supervisor] = [
    await t.login('leitstelle'),
    await t.login('agent'),
    await t.login('fachbereich.langenhagen'),
    await t.login('teamleitung'),
  ];
});
afterAll(() => t?.close());

describe('offline address look-up', () => {
  it('finds streets with interpolated house numbers, places, typos, "Str." and umlauts', async () => {
    const lister = (await call('GET', '/places?q=Lister%20Meile%204', dispatcher)).body.items;
    expect(lister[0]).toMatchObject({ label: 'Lister Meile 4, Hannover', district: 'Mitte', isApproximate: true });
    const kroepcke = (await call('GET', `/places?q=${encodeURIComponent('Kröpcke')}`, agent)).body.items;
    expect(kroepcke[0]).toMatchObject({ name: 'Kröpcke', municipality: 'Hannover', district: 'Mitte', isApproximate: false });
    const typo = (await call('GET', '/places?q=Kroepke', dispatcher)).body.items;
    expect(typo.map((p: Json) => p.name)).toContain('Kröpcke');
    const str = (await call('GET', '/places?q=Georgstr.%2010', dispatcher)).body.items;
    expect(str[0]).toMatchObject({ name: 'Georgstraße', houseNumber: '10', isApproximate: true });
    const noUmlaut = (await call('GET', '/places?q=Limmerstrasse%2050', dispatcher)).body.items;
    expect(noUmlaut[0]).toMatchObject({ name: 'Limmerstraße', district: 'Linden-Limmer' });
    const town = (await call('GET', '/places?q=Marktplatz%20Langenhagen', dispatcher)).body.items;
    expect(town[0]).toMatchObject({ municipality: 'Langenhagen' });
    const high = (await call('GET', '/places?q=Lister%20Meile%2060', dispatcher)).body.items;
    expect(high[0]).toMatchObject({ district: 'Vahrenwald-List' });
  });

  it('locates a point on the map and refuses back office', async () => {
    expect((await call('GET', '/locate?lat=52.3745&lon=9.7385', dispatcher)).body).toMatchObject({
      isInRegion: true,
      municipality: 'Hannover',
      district: 'Mitte',
    });
    expect((await call('GET', '/locate?lat=52.52&lon=13.40', dispatcher)).body).toMatchObject({ isInRegion: false });
    expect((await call('GET', '/places?q=Steintor', backoffice)).status).toBe(403);
  });
});

describe('incidents API', () => {
  it('creates by address with district and default priority; lists open ones; forbids agents and back office on the desk', async () => {
    const res = await call('POST', '/incidents', dispatcher, {
      category: 'parking_fire_lane',
      location: { address: 'Lister Meile 4' },
      description: 'Feuerwehrzufahrt zugeparkt',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'received',
      priority: 1,
      location: { district: 'Mitte', municipality: 'Hannover', isApproximate: true },
    });
    expect(res.body.id).toMatch(/[0-9a-f-]{36}/);
    const open = (await call('GET', '/incidents?status=open', dispatcher)).body.items as Json[];
    expect(open.map((i) => i.id)).toContain(res.body.id);
    expect(open.every((i) => !('callbackNumber' in i))).toBe(true);
    expect((await call('GET', '/incidents?status=open', agent)).status).toBe(403);
    expect((await call('GET', '/units', backoffice)).status).toBe(403);
    expect((await call('POST', '/incidents', agent, { category: 'noise', location: { address: 'Steintor' } })).status).toBe(403);
    expect((await call('POST', '/incidents', backoffice, { category: 'noise', location: { address: 'Steintor' } })).status).toBe(403);
  });

  it('answers bad input with 400 problems in German and stores nothing', async () => {
    const before = (await rows<{ n: number }>(sql`select count(*)::int as n from dispatch_incidents`))[0]!.n;
    const unknown = await call('POST', '/incidents', dispatcher, { category: 'fireworks', location: { address: 'Steintor' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues[0]).toMatchObject({ field: 'category' });
    expect(unknown.body.issues[0].message).toMatch(/Unbekannte Einsatzart/);
    const outside = await call('POST', '/incidents', dispatcher, { category: 'noise', location: { lat: 52.52, lon: 13.405 } });
    expect(outside.status).toBe(400);
    expect(outside.body.detail).toMatch(/außerhalb der Region Hannover/);
    const nowhere = await call('POST', '/incidents', dispatcher, { category: 'noise', location: { address: 'Qwertzuiop-Allee 9' } });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.detail).toMatch(/nicht gefunden.*Karte/);
    const badPriority = await call('POST', '/incidents', dispatcher, { category: 'noise', location: { address: 'Steintor' }, priority: 7 });
    expect(badPriority.status).toBe(400);
    expect((await rows<{ n: number }>(sql`select count(*)::int as n from dispatch_incidents`))[0]!.n).toBe(before);
  });

  it('an agent takes an incident from a call (outcome 6) through the intake endpoint', async () => {
    const res = await call('POST', '/intake', agent, {
      category: 'noise',
      location: { address: 'Limmerstraße 12' },
      description: 'Party im Hinterhof',
      callbackNumber: '0511 7654321',
      contactId: '00000000-0000-4000-8000-000000000001',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'received', priority: 2, hasCallbackNumber: true, location: { district: 'Linden-Limmer' } });
    expect((await call('POST', '/intake', backoffice, { category: 'noise', location: { address: 'Steintor' } })).status).toBe(403);
  });

  it('runs the lifecycle with two units: assign, status 3/4 set the times, free again, close, reopen', async () => {
    const created = (
      await call('POST', '/incidents', dispatcher, {
        category: 'youth_protection',
        location: { lat: 52.3783, lon: 9.7425 },
        description: 'Jugendliche mit Spirituosen',
        callbackNumber: '0170 1112233',
      })
    ).body;
    expect(created.location).toMatchObject({ municipality: 'Hannover', district: 'Mitte', source: 'map' });
    const suggestions = (await call('GET', `/incidents/${created.id}/suggestions`, dispatcher)).body.items as Json[];
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    const distances = suggestions.map((s) => s.distanceMeters ?? Infinity);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const [u1, u2] = [suggestions[0]!.unitId, suggestions[1]!.unitId];

    const noUnitClose = await call('POST', `/incidents/${created.id}/close`, dispatcher, { result: 'resolved' });
    expect(noUnitClose.status).toBe(400);
    expect(noUnitClose.body.detail).toMatch(/nie eine Streife zugewiesen/);
    const status4 = await call('POST', `/units/${u1}/status`, dispatcher, { code: 4 });
    expect(status4.status).toBe(400);
    expect(status4.body.detail).toMatch(/zugewiesenen Einsatz/);

    const assigned = await call('POST', `/incidents/${created.id}/assignments`, dispatcher, { unitIds: [u1, u2] });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.status).toBe('assigned');
    expect(assigned.body.units).toHaveLength(2);
    expect((await call('POST', `/units/${u1}/status`, dispatcher, { code: 6 })).status).toBe(400);
    expect((await call('POST', `/units/${u1}/status`, dispatcher, { code: 3 })).body.incident.id).toBe(created.id);
    await call('POST', `/units/${u2}/status`, dispatcher, { code: 3 });
    expect((await call('POST', `/units/${u1}/status`, dispatcher, { code: 4 })).status).toBe(200);
    await call('POST', `/units/${u2}/status`, dispatcher, { code: 4 });
    // The board goes out without a per-request Zod encode (decision 0094): it must be exactly its schema.
    const board = await computeBoardSnapshot(t.db.database, t.clock, 5);
    expect(board.incidents.find((i) => i.id === created.id)?.units).toHaveLength(2);
    expect(board.units.some((u) => u.incident?.id === created.id && u.position !== null)).toBe(true);
    expect(boardSchema.encode(board)).toStrictEqual(board);
    expect((await call('GET', '/board', dispatcher)).body).toStrictEqual(JSON.parse(JSON.stringify(board)));
    let detail = (await call('GET', `/incidents/${created.id}`, dispatcher)).body;
    expect(detail.status).toBe('on_scene');
    expect(detail.enRouteAt && detail.onSceneAt && detail.acknowledgedAt && detail.assignedAt).toBeTruthy();
    expect(detail.callbackNumber).toBe('0170 1112233');
    await call('POST', `/units/${u1}/status`, dispatcher, { code: 1 });
    await call('POST', `/units/${u2}/status`, dispatcher, { code: 2 });
    detail = (await call('GET', `/incidents/${created.id}`, dispatcher)).body;
    expect(detail.status).toBe('finished');
    expect(detail.units.every((u: Json) => u.releasedAt)).toBe(true);
    const units = (await call('GET', '/units', dispatcher)).body.items as Json[];
    expect(units.find((u) => u.id === u1)!.position).toMatchObject({ lat: 52.3783, lon: 9.7425, source: 'incident' });

    const closed = await call('POST', `/incidents/${created.id}/close`, dispatcher, { result: 'warning_given', note: 'Platzverweis' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closeResult: 'warning_given' });
    expect((await call('POST', `/incidents/${created.id}/close`, dispatcher, { result: 'resolved' })).status).toBe(400);
    expect((await call('POST', `/incidents/${created.id}/close`, dispatcher, {})).status).toBe(400);
    const reopened = await call('POST', `/incidents/${created.id}/reopen`, dispatcher, { text: 'Anrufer meldet erneut' });
    expect(reopened.body).toMatchObject({ status: 'received', reopenCount: 1, closedAt: null });
    const log = (await call('GET', `/incidents/${created.id}`, dispatcher)).body.log as Json[];
    expect(log.map((l) => l.kind)).toEqual(
      expect.arrayContaining(['created', 'assigned', 'unit_status', 'released', 'closed', 'reopened']),
    );

    const reads = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'personal_data.read' and entity_id = ${created.id}`,
    );
    expect(reads[0]!.n).toBe(3);
    const audit = await rows<{ action: string }>(sql`select action from audit_log where entity_id = ${created.id} order by at`);
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'dispatch.incident.created',
        'dispatch.unit.assigned',
        'dispatch.incident.closed',
        'dispatch.incident.reopened',
      ]),
    );
  });

  it('hints at a duplicate (same category, 150 m, 30 minutes) and merges it, keeping the second caller', async () => {
    const first = (
      await call('POST', '/incidents', dispatcher, {
        category: 'dangerous_dog',
        location: { lat: 52.3668, lon: 9.7201 },
        callbackNumber: '0511 1',
      })
    ).body;
    const near = (
      await call('POST', '/incidents', dispatcher, {
        category: 'dangerous_dog',
        location: { lat: 52.3675, lon: 9.7205 },
        callbackNumber: '0511 2',
        description: 'Großer Hund ohne Maulkorb',
      })
    ).body;
    expect(near.duplicates.map((d: Json) => d.id)).toContain(first.id);
    const other = (await call('POST', '/incidents', dispatcher, { category: 'noise', location: { lat: 52.3668, lon: 9.7201 } })).body;
    expect(other.duplicates.map((d: Json) => d.id)).not.toContain(first.id);
    const far = (await call('POST', '/incidents', dispatcher, { category: 'dangerous_dog', location: { lat: 52.372, lon: 9.7201 } })).body;
    expect(far.duplicates.map((d: Json) => d.id)).not.toContain(first.id);

    const merged = await call('POST', `/incidents/${near.id}/merge`, dispatcher, { intoIncidentId: first.id });
    expect(merged.status).toBe(200);
    const detail = (await call('GET', `/incidents/${first.id}`, dispatcher)).body;
    expect(detail.furtherCallers).toEqual([
      expect.objectContaining({ callbackNumber: '0511 2', fromIncidentId: near.id, note: 'Großer Hund ohne Maulkorb' }),
    ]);
    expect((await call('GET', `/incidents/${near.id}`, dispatcher)).body).toMatchObject({ status: 'merged', mergedIntoId: first.id });
    expect((await call('POST', `/incidents/${near.id}/merge`, dispatcher, { intoIncidentId: first.id })).status).toBe(400);
  });
});

describe('alert, board and patrol page', () => {
  it('raises the unassigned-urgent alert after N minutes on an injected clock', async () => {
    const clock = manualClock('2026-06-01T08:00:00Z');
    const ctx = { database: t.db.database, actor: { ...systemActor('test'), roles: ['dispatcher' as const] }, clock };
    const incident = await createIncident(ctx, { category: 'public_hazard', location: { address: 'Kröpcke' } });
    const find = async () => (await getBoard(ctx, 5)).incidents.find((i) => i.id === incident.id)!;
    clock.advance(4 * 60_000 + 59_000);
    expect(await find()).toMatchObject({ isAlerting: false });
    clock.advance(1000);
    expect(await find()).toMatchObject({ isAlerting: true });
    expect((await find()).alertSince?.toISOString()).toBe('2026-06-01T08:05:00.000Z');
  });

  it('pushes the board over SSE to two dispatchers when an incident is created', async () => {
    const url = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const open = (cookie: string, onBoard: (b: Json) => void) =>
      new Promise<http.ClientRequest>((resolve, reject) => {
        const req = http.get(`${url}${base}/board/stream`, { headers: { cookie } }, (res) => {
          if (res.statusCode !== 200) reject(new Error(`status ${res.statusCode}`));
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            let end: number;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const frame = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const data = frame.split('\n').find((l) => l.startsWith('data: '));
              if (frame.includes('event: board') && data) onBoard(JSON.parse(data.slice(6)));
            }
          });
          resolve(req);
        });
        req.on('error', reject);
      });
    const seen: Json[][] = [[], []];
    const streams = [await open(dispatcher, (b) => seen[0]!.push(b)), await open(supervisor, (b) => seen[1]!.push(b))];
    const created = (
      await call('POST', '/incidents', dispatcher, { category: 'other', location: { address: 'Raschplatz' }, description: 'SSE-Test' })
    ).body;
    const has = (list: Json[]) => list.some((b) => b.incidents.some((i: Json) => i.id === created.id));
    for (let i = 0; i < 200 && !(has(seen[0]!) && has(seen[1]!)); i++) await new Promise((r) => setTimeout(r, 50));
    streams.forEach((s) => s.destroy());
    expect(has(seen[0]!) && has(seen[1]!)).toBe(true);
    expect(JSON.stringify(seen[0])).not.toContain('callbackNumber');
    expect(
      await new Promise<number>((resolve) =>
        http.get(`${url}${base}/board/stream`, { headers: { cookie: agent } }, (res) => {
          resolve(res.statusCode!);
          res.destroy();
        }),
      ),
    ).toBe(403);
  });

  it('lets a patrol report its status through its /streife link', async () => {
    const unit = (await freeUnits())[0]!;
    const incident = (await call('POST', '/incidents', dispatcher, { category: 'dumped_waste', location: { address: 'Goseriede' } })).body;
    await call('POST', `/incidents/${incident.id}/assignments`, dispatcher, { unitIds: [unit.id] });
    const link = (await call('POST', `/units/${unit.id}/patrol-link`, dispatcher)).body;
    expect(link.path).toMatch(/^\/streife\/[A-Za-z0-9_-]{43}$/);
    const view = await t.app.inject({ method: 'GET', url: `${base}/patrol/${link.token}` });
    expect(view.json()).toMatchObject({ unit: { id: unit.id }, incident: { id: incident.id, acknowledged: false } });
    expect(view.body).not.toContain('callbackNumber"');
    const ack = await t.app.inject({ method: 'POST', url: `${base}/patrol/${link.token}/status`, payload: { acknowledge: true, code: 3 } });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json().incident).toMatchObject({ status: 'en_route', acknowledged: true });
    const detail = (await call('GET', `/incidents/${incident.id}`, dispatcher)).body;
    expect(detail.log.some((l: Json) => /von der Streife gemeldet/.test(l.text))).toBe(true);
    const bad = await t.app.inject({ method: 'GET', url: `${base}/patrol/${'x'.repeat(43)}` });
    expect(bad.statusCode).toBe(404);
  });
});

describe('gazetteer import and reports', () => {
  it('imports an official address list whole, and rejects a file with one bad row without losing anything', async () => {
    const csv =
      'strasse;hausnummer;zusatz;plz;lat;lon;stadtbezirk\nTeststraße;1;;30159;52.3700;9.7350;Mitte\nTeststraße;2;a;30159;52.3702;9.7352;Mitte\n';
    const ok = await t.app.inject({
      method: 'POST',
      url: `${base}/places/import?format=address_list_csv&fileName=adressen.csv`,
      headers: { cookie: supervisor, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ outcome: 'applied', rowCount: 2, acceptedCount: 2, byMunicipality: { Hannover: 2 } });
    const found = (await call('GET', '/places?q=Teststr.%202a', dispatcher)).body.items;
    expect(found[0]).toMatchObject({ label: 'Teststraße 2a, Hannover', isApproximate: false, lat: 52.3702 });

    const bad = `${csv.replace('52.3702;9.7352', '52.52;13.40')}Teststraße;1;;30159;52.37;9.735;Mitte\n`;
    const rejected = await t.app.inject({
      method: 'POST',
      url: `${base}/places/import?format=address_list_csv`,
      headers: { cookie: supervisor, 'content-type': 'text/csv' },
      payload: bad,
    });
    expect(rejected.json()).toMatchObject({ outcome: 'rejected', acceptedCount: 0 });
    expect(rejected.json().errors.map((e: Json) => e.row)).toEqual([3, 4]);
    expect((await call('GET', '/places?q=Teststr.%202a', dispatcher)).body.items[0]).toMatchObject({ lat: 52.3702 });
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `${base}/places/import?format=address_list_csv`,
      headers: { cookie: dispatcher, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it.runIf(!!process.env.DATABASE_URL)('a second app instance sees an import made on the first (LISTEN/NOTIFY)', async () => {
    const other = openPostgres(t.db.url!, 2);
    await watchGazetteerChanges(other);
    try {
      const before = await gazetteerOf(other);
      expect(before.search('zweitinstanzweg', '3', 40, () => true)).toEqual([]);
      const csv = 'strasse;hausnummer;zusatz;plz;lat;lon;stadtbezirk\nZweitinstanzweg;3;;30159;52.3711;9.7361;Mitte\n';
      const res = await t.app.inject({
        method: 'POST',
        url: `${base}/places/import?format=address_list_csv&fileName=zweit.csv`,
        headers: { cookie: supervisor, 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(res.json()).toMatchObject({ outcome: 'applied' });
      // The notice arrives after the commit; wait for it (bounded), never for a fixed time.
      let found: unknown[] = [];
      for (let i = 0; i < 200 && found.length === 0; i++) {
        found = (await gazetteerOf(other)).search('zweitinstanzweg', '3', 40, () => true);
        if (found.length === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(found).toHaveLength(1);
    } finally {
      await stopChanges(other);
      await other.close();
    }
  });

  it('imports an OpenStreetMap GeoJSON extract', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 'addr:street': 'Osmweg', 'addr:housenumber': '5', 'addr:postcode': '30853' },
          geometry: { type: 'Point', coordinates: [9.739, 52.4398] },
        },
        {
          type: 'Feature',
          properties: { name: 'Osmpark', leisure: 'park' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [9.74, 52.44],
                [9.741, 52.44],
                [9.741, 52.441],
                [9.74, 52.44],
              ],
            ],
          },
        },
        { type: 'Feature', properties: { highway: 'bench' }, geometry: { type: 'Point', coordinates: [9.74, 52.44] } },
      ],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/places/import?format=osm_geojson&fileName=osm.geojson`,
      headers: { cookie: supervisor, 'content-type': 'application/geo+json' },
      payload: geojson,
    });
    expect(res.json()).toMatchObject({ outcome: 'applied', rowCount: 3, acceptedCount: 2, byMunicipality: { Langenhagen: 2 } });
    expect((await call('GET', '/places?q=Osmweg%205', dispatcher)).body.items[0]).toMatchObject({ municipality: 'Langenhagen' });
  });

  it('reports response times per category and as CSV', async () => {
    const from = new Date(Date.UTC(2000, 0, 1)).toISOString();
    const to = new Date(Date.UTC(2100, 0, 1)).toISOString();
    const report = (await call('GET', `/reports/response-times?groupBy=category&from=${from}&to=${to}`, dispatcher)).body;
    const noise = report.rows.find((r: Json) => r.key === 'noise');
    expect(noise).toMatchObject({ label: 'Ruhestörung' });
    expect(noise.medianToOnSceneSeconds).toBeGreaterThan(0);
    const csv = await t.app.inject({
      method: 'GET',
      url: `${base}/reports/response-times?groupBy=shift&from=${from}&to=${to}&format=csv`,
      headers: { cookie: supervisor },
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toMatch(/^\uFEFFGruppe;Einsätze/);
    expect((await call('GET', `/reports/response-times?groupBy=category&from=${from}&to=${to}`, backoffice)).status).toBe(403);
  });
});
