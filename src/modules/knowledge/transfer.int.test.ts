import { readFileSync } from 'node:fs';
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
    expect(exported.body).toMatch(/<xzufi:referenzLeiKa listURI="urn:de:fim:leika:leistung">\s*<code>99030100100000<\/code>/);
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

describe('XZuFi messages as the service directories send them (decision 0124)', () => {
  const fixture = (name: string) => readFileSync(new URL(`./transfer/fixtures/${name}`, import.meta.url), 'utf8');
  const detail = async (key: string, municipality?: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/knowledge/services/${key}${municipality ? `?municipality=${municipality}` : ''}`,
        headers: { cookie: central },
      })
    ).json();
  const versions = async (key: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/knowledge/services/${key}/versions`, headers: { cookie: central } })).json().items
      .length;

  it('imports a transfer message: texts, fees, deadlines, keywords, online service, the Laatzen unit; refuses bad records one by one', async () => {
    const res = await upload(central, 'part=shared&format=xzufi', fixture('niedersachsen-transfer.xml'), 'application/xml');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ xzufiVersion: '2.2.0', rows: 1, created: 1, updated: 0, localParts: { created: 1, updated: 0 } });
    expect(report.refused).toEqual([
      { record: 'Leistung 2 (id L-9002)', reason: 'Kein LeiKa-Schlüssel (referenzLeiKa/code fehlt).' },
      {
        record: 'Leistung 99990001002000 (id L-9003)',
        reason: 'Kurztext (Textmodul 05): Bitte einen Kurztext angeben (mindestens 10 Zeichen).',
      },
    ]);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'Nicht übernommen: Textmodul 18 Urheber',
        'Nicht übernommen: Sprachfassung en in modulText 02',
        'Gebiet 099990000000 (Stadt Laatzen, Umweltamt) gehört zu keinem Mandanten: Zuständigkeit nicht übernommen.',
        expect.stringContaining('Leistung 99990001001000 (id L-9001) ist neu: Themenbereich „buergeramt“ (vorläufig)'),
      ]),
    );
    const { service, responsibleUnit } = await detail('99990001001000', 'laatzen');
    expect(service).toMatchObject({
      title: 'Wasserentnahme aus einem Gewässer erlauben lassen',
      responsibility: 'municipality',
      legalBasis: '§ 8 Wasserhaushaltsgesetz (WHG)',
      eligibility: 'Eigentum oder Nutzungsrecht am Ufergrundstück',
      fees: '50 bis 500 Euro nach Aufwand',
      deadlines: 'Antrag vier Wochen vor der Entnahme',
      processingTime: 'etwa sechs Wochen',
      onlineServiceUrl: 'https://wasser.niedersachsen.example/antrag',
      keywords: ['Wasserrecht', 'Brunnen'],
    });
    expect(responsibleUnit).toMatchObject({
      unitName: 'Stadt Laatzen, Umweltamt',
      street: 'Marktplatz 13',
      postalCode: '30880',
      city: 'Laatzen',
      phone: '0511 8205-0',
      email: 'umwelt@laatzen.example',
    });
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/services/99990001002000', headers: { cookie: central } })).statusCode,
    ).toBe(404);
  });

  it('a second import of the same message changes nothing (no new version)', async () => {
    const before = await versions('99990001001000');
    const res = await upload(central, 'part=shared&format=xzufi', fixture('niedersachsen-transfer.xml'), 'application/xml');
    expect(res.json()).toMatchObject({ rows: 1, created: 0, updated: 0, localParts: { created: 0, updated: 0 } });
    expect(await versions('99990001001000')).toBe(before);
  });

  it('reads a PVOG leistungsverzeichnis answer; the category given with the import is used for new services', async () => {
    const res = await upload(
      central,
      'part=shared&format=xzufi&category=verkehr',
      fixture('pvog-leistungsverzeichnis.xml'),
      'application/xml',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 1, created: 1, refused: [] });
    expect(res.json().notes).toContain('Nicht übernommen: Textmodul 15 Weiterführende Informationen');
    expect((await detail('99990001003000')).service).toMatchObject({
      title: 'Sportboot registrieren',
      category: 'verkehr',
      fees: '25 Euro',
    });
  });

  it('export → import changes nothing (round trip of the whole catalogue)', async () => {
    const exported = await t.app.inject({
      method: 'GET',
      url: '/api/v1/knowledge/export?part=shared&format=xzufi',
      headers: { cookie: central },
    });
    expect(exported.body).toContain('xzufiVersion="2.2.0"');
    const res = await upload(central, 'part=shared&format=xzufi', exported.body, 'application/xml');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 0, updated: 0, refused: [] });
    expect(res.json().rows).toBe(await countServices());
  });

  it('is for central editors: a municipality editor is refused and nothing is written', async () => {
    const res = await upload(laatzen, 'part=shared&format=xzufi', fixture('pvog-leistungsverzeichnis.xml'), 'application/xml');
    expect(res.statusCode).toBe(403);
  });
});
