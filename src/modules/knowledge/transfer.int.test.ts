import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let central: string;
let laatzen: string;
beforeAll(async () => {
  t = await createTestApp();
  central = await t.login('redaktion.zentral');
  laatzen = await t.login('redaktion.laatzen');
});
afterAll(() => t.close());

const upload = (cookie: string, query: string, body: string, type: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/knowledge/import?${query}`, headers: { cookie, 'content-type': type }, payload: body });
const countServices = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/services?limit=500', headers: { cookie: central } })).json().items.length;

const header = 'leika_key;title;category;responsibility;short_text;fees;keywords';

describe('CSV import and export', () => {
  it('imports valid rows completely and makes them searchable', async () => {
    const before = await countServices();
    const csv = [
      header,
      '99990000100000;Baumpflanzung im Straßenraum anregen;verkehr;municipality;Eine Baumpflanzung vor dem eigenen Haus anregen.;Gebührenfrei.;Straßenbaum|Baum pflanzen',
      '99990000200000;Nistkasten am Stadtbaum genehmigen lassen;umwelt_gesundheit;municipality;"Einen Nistkasten an einem städtischen Baum; mit Genehmigung.";;Vogelhaus|Nistkasten',
    ].join('\r\n');
    const res = await upload(central, 'part=shared&format=csv', csv, 'text/csv');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, created: 2, updated: 0 });
    expect(await countServices()).toBe(before + 2);
    const agent = await t.login('agent');
    const hit = (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/search?q=Vogelhaus', headers: { cookie: agent } })).json();
    expect(hit.items[0].title).toBe('Nistkasten am Stadtbaum genehmigen lassen');
  });

  it('reports every bad row with its reason and imports nothing', async () => {
    const before = await countServices();
    const csv = [
      header,
      '99990000300000;Gültige Zeile;verkehr;municipality;Diese Zeile wäre in Ordnung.;;',
      '12345;Kaputter Schlüssel;verkehr;municipality;Der Schlüssel ist zu kurz.;;',
      '99990000400000;X;mond;municipality;kurz;;',
      '99990000300000;Doppelt;verkehr;municipality;Derselbe Schlüssel noch einmal.;;',
    ].join('\n');
    const res = await upload(central, 'part=shared&format=csv', csv, 'text/csv');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.detail).toContain('nichts übernommen');
    const fields = body.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['Zeile 3.leikaKey', 'Zeile 4.title', 'Zeile 4.category', 'Zeile 4.shortText', 'Zeile 5.leikaKey']),
    );
    expect(body.issues.find((i: { field: string }) => i.field === 'Zeile 3.leikaKey').message).toBe(
      'Der LeiKa-Schlüssel hat genau 14 Ziffern.',
    );
    expect(await countServices()).toBe(before);
  });

  it('refuses a file with a quote that is never closed, naming the line, and imports nothing', async () => {
    const before = await countServices();
    const csv = [
      header,
      '99990000500000;Gültige Zeile;verkehr;municipality;Diese Zeile wäre in Ordnung.;;',
      '99990000600000;"Offenes Anführungszeichen;verkehr;municipality;Hier fehlt das Ende.;;',
      '99990000700000;Noch eine Zeile;verkehr;municipality;Auch diese wäre in Ordnung.;;',
    ].join('\r\n');
    const res = await upload(central, 'part=shared&format=csv', csv, 'text/csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ field: '(Datei)', message: expect.stringContaining('Zeile 3') }]);
    expect(await countServices()).toBe(before);
  });

  it('exports formula-leading texts neutralised (OWASP) and reads its own export back unchanged', async () => {
    const csv = [
      header,
      '99990000800000;"=HYPERLINK(""http://example.org"";""Hier klicken"")";verkehr;municipality;"- Personalausweis\n- Meldebescheinigung";+49 Gebühr;@Redaktion',
    ].join('\r\n');
    expect((await upload(central, 'part=shared&format=csv', csv, 'text/csv')).json()).toMatchObject({ created: 1 });
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/export?part=shared&format=csv',
      headers: { cookie: central },
    });
    const line = exported.body.split('\r\n').find((l) => l.startsWith('99990000800000'))!;
    // Every cell starts harmlessly: the apostrophe makes a spreadsheet show text.
    expect(line).toContain(`;"'=HYPERLINK(""http://example.org"";""Hier klicken"")";`);
    expect(exported.body).toContain(`"'- Personalausweis\n- Meldebescheinigung"`);
    expect(line).toContain(";'+49 Gebühr;");
    expect(line).toContain(";'@Redaktion");
    const again = await upload(central, 'part=shared&format=csv', exported.body, 'text/csv');
    expect(again.statusCode).toBe(200);
    expect(again.json().created).toBe(0);
    const detail = (
      await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/services/99990000800000', headers: { cookie: central } })
    ).json();
    expect(detail.service).toMatchObject({
      title: '=HYPERLINK("http://example.org";"Hier klicken")',
      shortText: '- Personalausweis\n- Meldebescheinigung',
      fees: '+49 Gebühr',
      keywords: ['@Redaktion'],
    });
  });

  it('lets a tenant editor import only their own local parts, and export them', async () => {
    const csv = [
      'leika_key;unit_name;street;postal_code;city;opening_hours;phone;email;web;local_fees;local_notes',
      '99040100100000;Steueramt Stadt Laatzen;Marktplatz 13;30880;Laatzen;Mo–Fr 8–12;0511 9999 0905;steuern@laatzen.demo.example.org;;;',
    ].join('\n');
    const ok = await upload(laatzen, 'part=local&format=csv', csv, 'text/csv');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ rows: 1, updated: 1 });
    const wrongLevel = await upload(laatzen, 'part=local&format=csv', csv.replace('99040100100000', '99020100100000'), 'text/csv');
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().issues[0].message).toContain('andere Verwaltungsebene');
    const sharedByTenant = await upload(laatzen, 'part=shared&format=csv', `${header}\n`, 'text/csv');
    expect(sharedByTenant.statusCode).toBe(403);
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/export?part=local&format=csv',
      headers: { cookie: laatzen },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body).toContain('Steueramt Stadt Laatzen');
  });
});

describe('XZuFi import and export', () => {
  it('round-trips services through XZuFi XML', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/export?part=shared&format=xzufi',
      headers: { cookie: central },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('xmlns:xzufi="http://xoev.de/schemata/xzufi/2_2_0"');
    expect(exported.body).toContain('<xzufi:referenzLeiKa>99030100100000</xzufi:referenzLeiKa>');
    // Change one text in the exported file and import it again: one update, nothing else touched.
    const changed = exported.body.replace(
      'Eine Sperrmüllabholung für Möbel und große Gegenstände bestellen.',
      'Sperrmüll online oder telefonisch zur Abholung anmelden.',
    );
    const res = await upload(central, 'part=shared&format=xzufi', changed, 'application/xml');
    expect(res.statusCode).toBe(200);
    expect(res.json().updated).toBe(1);
    const detail = (
      await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/services/99030100100000', headers: { cookie: central } })
    ).json();
    expect(detail.service.shortText).toBe('Sperrmüll online oder telefonisch zur Abholung anmelden.');
  });

  it('rejects malformed XML with a German message', async () => {
    const res = await upload(central, 'part=shared&format=xzufi', '<xzufi:leistungen><xzufi:leistung>', 'application/xml');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Kein gültiges XML');
  });
});
