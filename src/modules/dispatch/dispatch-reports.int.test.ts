import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

// Reports (heat map figures, XLSX) and the gazetteer's import history, over HTTP on the demo data.
let t: TestApp;
let dispatcher: string;
let supervisor: string;
let admin: string;
let agent: string;
const base = '/api/v1/dispatch';
const from = new Date(Date.UTC(2000, 0, 1)).toISOString();
const to = new Date(Date.UTC(2100, 0, 1)).toISOString();

type Json = Record<string, any>;
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url: `${base}${url}`, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  [dispatcher, supervisor, admin, agent] = [
    await t.login('leitstelle'),
    await t.login('teamleitung'),
    await t.login('admin'),
    await t.login('agent'),
  ];
});
afterAll(() => t?.close());

describe('dispatch reports', () => {
  it('counts incidents per municipality and district with their mean point (the heat map)', async () => {
    const res = await get(`/reports/response-times?groupBy=district&from=${from}&to=${to}`, dispatcher);
    expect(res.statusCode, res.body).toBe(200);
    const { areas, rows } = res.json() as { areas: Json[]; rows: Json[] };
    const hannover = areas.filter((a) => a.municipality === 'Hannover');
    expect(hannover.length).toBeGreaterThanOrEqual(3);
    expect(areas.find((a) => a.municipality === 'Langenhagen')).toMatchObject({ district: 'Langenhagen', incidents: 1 });
    const total = areas.reduce((s, a) => s + a.incidents, 0);
    expect(total).toBe(rows.reduce((s: number, r: Json) => s + r.incidents, 0));
    for (const a of areas) {
      expect(a.lat).toBeGreaterThan(52.1);
      expect(a.lon).toBeGreaterThan(9.3);
    }
  });

  it('exports XLSX with numbers as numbers, the districts and the definitions', async () => {
    const res = await get(`/reports/response-times?groupBy=category&from=${from}&to=${to}&format=xlsx`, supervisor);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/reaktionszeiten-category\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Reaktionszeiten', 'Bezirke', 'Tag und Stunde', 'Angaben']);
    const sheet = workbook.getWorksheet('Reaktionszeiten')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Einsatzart');
    const noise = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Ruhestörung')!;
    expect(typeof noise.getCell(2).value).toBe('number');
    expect(typeof noise.getCell(5).value).toBe('number');
    expect(workbook.getWorksheet('Bezirke')!.rowCount).toBeGreaterThan(3);
    expect(String(workbook.getWorksheet('Angaben')!.getRow(2).getCell(1).value)).toMatch(/^Zeitraum: /);
  });

  it('refuses a period that ends before it begins, an unknown format, and agents', async () => {
    const backwards = await get(`/reports/response-times?from=${to}&to=${from}`, dispatcher);
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().issues[0]).toMatchObject({ field: 'to', message: 'Der Beginn muss vor dem Ende liegen.' });
    const format = await get(`/reports/response-times?from=${from}&to=${to}&format=pdf`, dispatcher);
    expect(format.statusCode).toBe(400);
    expect(format.json().issues[0]).toMatchObject({ field: 'format', message: 'Format: json, csv oder xlsx.' });
    expect((await get(`/reports/response-times?from=${from}&to=${to}&format=xlsx`, agent)).statusCode).toBe(403);
  });
});

describe('gazetteer import history', () => {
  it('lists imports with their refused rows and what the gazetteer holds; only supervisors and admins', async () => {
    const before = (await get('/places/imports', admin)).json() as { imports: Json[]; holdings: Json[] };
    expect(
      before.holdings.find((h) => h.source === 'demo' && h.municipality === 'Hannover' && h.kind === 'street')?.entries,
    ).toBeGreaterThan(5);
    const bad = 'strasse;hausnummer;plz;lat;lon\nHistorienweg;1;30159;52.37;9.735\nHistorienweg;x;3015;52.52;13.40\n';
    const res = await t.app.inject({
      method: 'POST',
      url: `${base}/places/import?format=address_list_csv&fileName=historie.csv`,
      headers: { cookie: admin, 'content-type': 'text/csv' },
      payload: bad,
    });
    expect(res.json()).toMatchObject({ outcome: 'rejected', acceptedCount: 0 });
    const after = (await get('/places/imports', supervisor)).json() as { imports: Json[]; holdings: Json[] };
    expect(after.imports.length).toBe(before.imports.length + 1);
    expect(after.imports[0]).toMatchObject({
      fileName: 'historie.csv',
      outcome: 'rejected',
      rowCount: 2,
      acceptedCount: 0,
      actorName: 'admin',
    });
    expect(after.imports[0]!.errors.map((e: Json) => e.row)).toEqual([3, 3, 3]);
    expect(after.holdings).toEqual(before.holdings); // nothing of a rejected file was kept
    expect((await get('/places/imports', dispatcher)).statusCode).toBe(403);
    expect((await get('/places/imports', agent)).statusCode).toBe(403);
  });
});
