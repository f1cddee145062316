import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { queryRows } from '../../platform/db/database.js';
import { addDays, isoWeekday, localDate } from '../../platform/time/berlin-time.js';

let t: TestApp;
let supervisor: string;
/** The Monday after the test clock's day: a plan week with the demo's history before it. */
let weekStart: string;
beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('teamleitung');
  const today = localDate(t.clock.now());
  weekStart = addDays(today, 8 - isoWeekday(today));
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: object, cookie = supervisor) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const scenarioCount = async () =>
  (
    await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from staffing_scenarios`),
    )
  )[0]!.n;

describe('saved what-if scenarios', () => {
  it('saves, lists, renames, recomputes and deletes a scenario, each change audited', async () => {
    const request = { weekStart, historyWeeks: 6, change: { ahtSeconds: 90 } };
    const created = await call('POST', '/api/v1/staffing/scenarios', { name: 'Gesprächszeit 90 s', request });
    expect(created.statusCode, created.body).toBe(201);
    const scenario = created.json();
    expect(scenario).toMatchObject({
      name: 'Gesprächszeit 90 s',
      savedBy: 'teamleitung',
      version: 1,
      savedAt: t.clock.now().toISOString(),
    });
    expect(scenario.request).toMatchObject({ weekStart, historyWeeks: 6, change: { ahtSeconds: 90 }, model: 'erlang-a', shrinkage: 0.3 });

    const list = (await call('GET', '/api/v1/staffing/scenarios')).json();
    expect(list.scenarios.map((s: { name: string }) => s.name)).toContain('Gesprächszeit 90 s');

    // Its report is the what-if of its request, computed again.
    const report = await call('GET', `/api/v1/staffing/scenarios/${scenario.id}/report`);
    expect(report.statusCode, report.body).toBe(200);
    const direct = await call('POST', '/api/v1/staffing/what-if', request);
    expect(report.json()).toEqual(direct.json());

    const renamed = await call('PUT', `/api/v1/staffing/scenarios/${scenario.id}`, {
      name: 'Gesprächszeit 90 s, Ziel 80/20',
      request: { ...request, change: { ahtSeconds: 90, serviceLevelTarget: 0.8, targetSeconds: 20 } },
      version: 1,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ version: 2, name: 'Gesprächszeit 90 s, Ziel 80/20' });

    // Someone who read version 1 changes nothing.
    const stale = await call('PUT', `/api/v1/staffing/scenarios/${scenario.id}`, { name: 'Alt', request, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/inzwischen geändert/);
    expect((await call('GET', `/api/v1/staffing/scenarios/${scenario.id}`)).json().name).toBe('Gesprächszeit 90 s, Ziel 80/20');
    expect((await call('DELETE', `/api/v1/staffing/scenarios/${scenario.id}?version=1`)).statusCode).toBe(409);

    expect((await call('DELETE', `/api/v1/staffing/scenarios/${scenario.id}?version=2`)).statusCode).toBe(204);
    expect((await call('GET', `/api/v1/staffing/scenarios/${scenario.id}`)).statusCode).toBe(404);
    const trail = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ action: string }>(
        tx,
        sql`select action from audit_log where entity_id = ${scenario.id} and action like 'staffing.scenario.%' order by at, id`,
      ),
    );
    expect(trail.map((r) => r.action).sort()).toEqual([
      'staffing.scenario.created',
      'staffing.scenario.deleted',
      'staffing.scenario.updated',
    ]);
  });

  it('refuses bad input and a second scenario of the same name with a clear error, saving nothing', async () => {
    const before = await scenarioCount();
    const bad = await call('POST', '/api/v1/staffing/scenarios', { name: 'Zu viel Ausfall', request: { weekStart, shrinkage: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/Ausfallanteil liegt zwischen 0 und 0,9/);
    const noName = await call('POST', '/api/v1/staffing/scenarios', { name: '   ', request: { weekStart } });
    expect(noName.statusCode).toBe(400);
    expect(noName.body).toMatch(/Bitte einen Namen angeben/);
    expect(await scenarioCount()).toBe(before);

    expect((await call('POST', '/api/v1/staffing/scenarios', { name: 'Garbsen ab März', request: { weekStart } })).statusCode).toBe(201);
    const twice = await call('POST', '/api/v1/staffing/scenarios', { name: 'garbsen AB märz', request: { weekStart } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/Ein Szenario „Garbsen ab März“ gibt es schon/);
    expect(await scenarioCount()).toBe(before + 1);
  });

  it('is for the center staff only: agents and a supervisor bound to one municipality get 403', async () => {
    const agent = await t.login('agent');
    expect((await call('GET', '/api/v1/staffing/scenarios', undefined, agent)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/staffing/scenarios', { name: 'x', request: { weekStart } }, agent)).statusCode).toBe(403);
    const [laatzen] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ id: string }>(tx, sql`select id from tenants where slug = 'laatzen'`),
    );
    const user = await call(
      'POST',
      '/api/v1/users',
      {
        username: 'teamleitung.laatzen',
        displayName: 'Teamleitung Laatzen',
        password: 'Laatzen-Teamleitung-2026!',
        roles: ['supervisor', 'backoffice'],
        tenantId: laatzen!.id,
      },
      await t.login('admin'),
    );
    expect(user.statusCode, user.body).toBe(201);
    const bound = await t.login('teamleitung.laatzen', 'Laatzen-Teamleitung-2026!');
    const refused = await call('GET', '/api/v1/staffing/scenarios', undefined, bound);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/für alle Kommunen/);
  });
});

describe('exports of the plan and of a scenario', () => {
  it('the plan as CSV, XLSX and PDF: one row per half hour, numbers as numbers, the totals in the notes', async () => {
    const json = (await call('GET', `/api/v1/staffing/plan?weekStart=${weekStart}&historyWeeks=6`)).json();
    const csv = await call('GET', `/api/v1/staffing/plan?weekStart=${weekStart}&historyWeeks=6&format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="personalbedarf-${weekStart}.csv"`);
    const rows: string[][] = parse(csv.body, { delimiter: ';', bom: true, relax_column_count: true });
    expect(rows[0]).toEqual([
      'Tag',
      'Beginn',
      'Anrufe (Prognose)',
      'Bearbeitungszeit',
      'Agenten nötig',
      'Plätze mit Ausfall',
      'Servicelevel',
      'Abbruchquote',
      'Angemeldet',
      'Besetzung',
    ]);
    expect(rows[1]!.slice(0, 2)).toEqual([weekStart.split('-').reverse().join('.'), '08:00']);

    const xlsx = await call('GET', `/api/v1/staffing/plan?weekStart=${weekStart}&historyWeeks=6&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Bericht')!;
    expect(sheet.getRow(2).getCell(5).value).toBe(json.plan.slots[0].agents);

    const pdf = await call('GET', `/api/v1/staffing/plan?weekStart=${weekStart}&historyWeeks=6&format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Personalbedarf');
    expect(text).toMatch(/Vollzeitstellen/);
  });

  it('a scenario as XLSX: agents before and after per half hour and the peak', async () => {
    const created = (
      await call('POST', '/api/v1/staffing/scenarios', {
        name: 'Export 120 s',
        request: { weekStart, historyWeeks: 6, change: { ahtSeconds: 120 } },
      })
    ).json();
    const report = (await call('GET', `/api/v1/staffing/scenarios/${created.id}/report`)).json();
    const xlsx = await call('GET', `/api/v1/staffing/scenarios/${created.id}/report?format=xlsx`);
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Bericht')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['Tag', 'Beginn', 'Agenten vorher', 'Agenten nachher', 'Differenz']);
    expect(sheet.getRow(2).getCell(3).value).toBe(report.before.agents[0].agents);
    expect(sheet.getRow(2).getCell(4).value).toBe(report.after.agents[0].agents);
    expect((await call('GET', `/api/v1/staffing/scenarios/${created.id}/report?format=docx`)).statusCode).toBe(400);
  });
});
