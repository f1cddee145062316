import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_ACD_TOKEN } from '../contacts/index.js';
import { KNOWN_DAY, knownDayEvents, knownDayLateEvent, knownDayTotals, LANGENHAGEN_NUMBER } from '../contacts/index.js';

let t: TestApp;
let supervisor: string;
const LANGENHAGEN = '03241010';

const post = (events: unknown[]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
const ev = (callId: string, type: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  eventId: `${callId}:${type}`,
  callId,
  type,
  occurredAt,
  dialledNumber: LANGENHAGEN_NUMBER,
  ...extra,
});
const report = (query: string, cookie = supervisor) =>
  t.app.inject({ method: 'GET', url: `/api/v1/reports/calls?${query}`, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('teamleitung');
  expect((await post(knownDayEvents)).statusCode).toBe(202);
  expect((await post(knownDayLateEvent)).statusCode).toBe(202);
  // 26 October 2025: clocks go back, 02:00-03:00 happens twice.
  expect(
    (
      await post([
        ev('dst-a', 'offered', '2025-10-26T02:30:00+02:00'),
        ev('dst-a', 'answered', '2025-10-26T02:30:10+02:00'),
        ev('dst-a', 'ended', '2025-10-26T02:31:10+02:00'),
        ev('dst-b', 'offered', '2025-10-26T02:30:00+01:00'),
        ev('dst-b', 'abandoned', '2025-10-26T02:30:50+01:00'),
        // A queue name that a spreadsheet would run as a formula.
        ev('inj', 'offered', '2025-10-27T09:00:00+01:00', { queue: '=HYPERLINK("http://example.invalid","x")' }),
        ev('inj', 'abandoned', '2025-10-27T09:00:20+01:00', { queue: '=HYPERLINK("http://example.invalid","x")' }),
      ])
    ).statusCode,
  ).toBe(202);
});
afterAll(() => t.close());

describe('GET /api/v1/reports/calls', () => {
  it('gives the hand-computed figures of the known day, per day; the call across midnight counts on its offer day', async () => {
    const res = await report(`from=2025-03-29&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=day`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual(['2025-03-29', KNOWN_DAY]);
    expect(body.rows[1]).toMatchObject({ key: KNOWN_DAY, label: '30.03.2025', ...knownDayTotals, longestWaitSeconds: 60 });
    expect(body.rows[0]).toMatchObject({ offered: 1, answered: 1, answeredWithinTarget: 1, talkSeconds: 300, serviceLevel: 1 });
    expect(body.totals).toMatchObject({
      offered: 6,
      answered: 4,
      answeredWithinTarget: 3,
      shortAbandoned: 2,
      talkSeconds: 1500,
      serviceLevel: 0.5,
    });
  });

  it('per interval: the late event moved its call to the earlier quarter hour; the DST jump is in Berlin time', async () => {
    const body = (await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=interval15`)).json();
    const row = (key: string) => body.rows.find((r: { key: string }) => r.key === key);
    expect(row('2025-03-30T10:00+02:00')).toMatchObject({
      offered: 4,
      answered: 2,
      answeredWithinTarget: 1,
      abandoned: 1,
      shortAbandoned: 2,
      callbacks: 1,
      asaSeconds: 37.5,
    });
    expect(row('2025-03-30T10:15+02:00')?.offered ?? 0).toBe(0);
    expect(row('2025-03-30T01:45+01:00')).toMatchObject({ offered: 1, answered: 1, talkSeconds: 900 });
    expect(body.totals).toMatchObject(knownDayTotals);
  });

  it('keeps the two 02:00 hours of the day the clocks go back apart', async () => {
    const body = (await report('from=2025-10-26&to=2025-10-26&tenant=all&groupBy=interval60')).json();
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual(['2025-10-26T02:00+02:00', '2025-10-26T02:00+01:00']);
    expect(body.rows[0]).toMatchObject({ offered: 1, answered: 1 });
    expect(body.rows[1]).toMatchObject({ offered: 1, abandoned: 1 });
  });

  it('groups by month, week, tenant (AGS), agent, channel', async () => {
    const month = (await report(`from=2025-03-01&to=2025-03-31&tenant=${LANGENHAGEN}&groupBy=month`)).json();
    expect(month.rows).toEqual([expect.objectContaining({ key: '2025-03', label: 'März 2025', offered: 6 })]);
    const week = (await report(`from=2025-03-24&to=2025-04-06&tenant=${LANGENHAGEN}&groupBy=week`)).json();
    expect(week.rows.map((r: { key: string; offered: number }) => [r.key, r.offered])).toEqual([
      ['2025-W13', 6],
      ['2025-W14', 0],
    ]);
    const tenant = (await report(`from=2025-03-29&to=${KNOWN_DAY}&tenant=all&groupBy=tenant`)).json();
    expect(tenant.rows).toEqual([expect.objectContaining({ key: LANGENHAGEN, label: 'Langenhagen', offered: 6 })]);
    const agent = (await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=agent`)).json();
    expect(agent.rows.find((r: { label: string }) => r.label === 'Anna Agentin')).toMatchObject({ answered: 3, talkSeconds: 1200 });
    const channel = (await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=channel`)).json();
    expect(channel.rows).toEqual([expect.objectContaining({ key: 'phone', label: 'Telefon', offered: 5 })]);
  });

  it('heat map: weekday x Berlin half hour, hand-computed from the known day; both 02:30 of the autumn change in one cell', async () => {
    const res = await report(`from=2025-03-29&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=weekdayHalfHour`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows;
    // m1 Saturday 23:58; a1 Sunday 01:50; a2, b1, cb1 and late1 (offered 10:14:50 after the late event) Sunday 10:00-10:30.
    expect(rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      ['6|23:30', 'Sa 23:30'],
      ['7|01:30', 'So 01:30'],
      ['7|10:00', 'So 10:00'],
    ]);
    // 10:00: a2 (45 s) and late1 (30 s) answered, only late1 within 30 s; s1, s2 short abandons (not offered).
    expect(rows[2]).toMatchObject({ offered: 4, answered: 2, answeredWithinTarget: 1, shortAbandoned: 2, serviceLevel: 0.25 });
    const autumn = (await report(`from=2025-10-26&to=2025-10-26&tenant=${LANGENHAGEN}&groupBy=weekdayHalfHour`)).json();
    expect(autumn.rows).toHaveLength(1);
    expect(autumn.rows[0]).toMatchObject({ key: '7|02:30', offered: 2, answered: 1 });
  });

  it('refuses bad parameters with a 400 problem in German, and loses nothing', async () => {
    const cases: [string, RegExp][] = [
      [`from=2025-03-31&to=2025-03-01&tenant=${LANGENHAGEN}`, /Beginn.*nach dem Ende/],
      ['from=2025-03-01&to=2025-03-31&tenant=03241999', /Unbekannter Mandant/],
      ['from=2024-01-01&to=2025-03-31&tenant=all&groupBy=interval15', /höchstens 400 Tage/],
      ['from=2025-03-01&to=2025-03-31&groupBy=hour', /Gruppierung/],
      ['from=2025-02-30&to=2025-03-31', /Datum/],
      ['from=2025-03-01&to=2025-03-31&format=docx', /Format/],
      ['to=2025-03-31', /Datum|from/],
    ];
    for (const [query, message] of cases) {
      const res = await report(query);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(res.json()), query).toMatch(message);
    }
    expect((await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}`)).json().totals).toMatchObject(knownDayTotals);
  });

  it('refuses users who may not see the tenant: 403 by role or for all tenants, 404 for another tenant', async () => {
    expect((await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}`, await t.login('agent'))).statusCode).toBe(403);
    const laatzen = await t.login('fachbereich.laatzen');
    expect((await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=all`, laatzen)).statusCode).toBe(403);
    expect((await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}`, laatzen)).statusCode).toBe(404);
    const own = await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}`, await t.login('fachbereich.langenhagen'));
    expect(own.statusCode).toBe(200);
    expect(own.json().totals).toMatchObject(knownDayTotals);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/reports/calls?from=${KNOWN_DAY}&to=${KNOWN_DAY}` })).statusCode).toBe(401);
  });
});

describe('exports', () => {
  it('CSV parses back; a formula in a name is neutralised', async () => {
    const res = await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=day&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('.csv');
    const rows: string[][] = parse(res.body, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual(expect.arrayContaining(['Schlüssel', 'Tag', 'Angeboten', 'Servicelevel']));
    const header = rows[0]!;
    const day = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(day).toMatchObject({
      Schlüssel: KNOWN_DAY,
      Angeboten: '5',
      Angenommen: '3',
      Kurzaufleger: '2',
      Servicelevel: '0,4',
      'Ø Wartezeit (s)': '28,3',
    });

    const queue = await report('from=2025-10-27&to=2025-10-27&tenant=all&groupBy=queue&format=csv');
    const cells: string[][] = parse(queue.body, { delimiter: ';', bom: true });
    const names = cells.slice(1).map((r) => r[0]!);
    expect(names).toContain(`'=HYPERLINK("http://example.invalid","x")`);
    expect(names.every((n) => !/^[=+\-@]/.test(n))).toBe(true);
  });

  it('XLSX reads back with exceljs: numbers stay numbers', async () => {
    const res = await report(`from=${KNOWN_DAY}&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=day&format=xlsx`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Bericht')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const values = (sheet.getRow(2).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, i) => [String(h), values[i]]));
    expect(row).toMatchObject({ Schlüssel: KNOWN_DAY, Angeboten: 5, Angenommen: 3, Servicelevel: 0.4, 'Gesprächszeit (s)': 1200 });
    expect((sheet.getRow(3).values as unknown[])[1]).toBe('Summe');
  });

  it('PDF opens and its text holds the title and the figures', async () => {
    const res = await report(`from=2025-03-29&to=${KNOWN_DAY}&tenant=${LANGENHAGEN}&groupBy=day&format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Anrufbericht Langenhagen');
    expect(text).toContain('30.03.2025');
    expect(text).toContain('40 %');
    expect(text).toContain('Angebotene und angenommene Anrufe');
  });
});

describe('GET /api/v1/reports/pilot-evaluation', () => {
  const pilot = (query: string, cookie = supervisor) =>
    t.app.inject({ method: 'GET', url: `/api/v1/reports/pilot-evaluation?${query}`, headers: { cookie } });

  it('evaluates each month against the agreement and the council starting point, with a German summary', async () => {
    const res = await pilot(`tenant=${LANGENHAGEN}&from=2025-03&to=2025-04`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      tenant: LANGENHAGEN,
      tenantName: 'Langenhagen',
      since: '2022-01-01',
      targets: { serviceLevelPercent: 75, serviceLevelSeconds: 30 },
    });
    const march = body.months[0];
    // 29 and 30 March: 6 offered, 3 within 30 s, 4 answered; a weekend: all outside the service hours (Mon-Fri 8-18).
    expect(march).toMatchObject({ month: '2025-03', offered: 6, serviceLevel: 0.5, offeredOutsideHours: 6, asaSeconds: 26.3 });
    const light = (key: string) => march.checks.find((c: { key: string }) => c.key === key);
    expect(light('serviceLevel')).toMatchObject({ light: 'red', kept: false, target: 0.75 });
    expect(light('asa')).toMatchObject({ light: 'green', kept: true, basis: 'baseline' });
    expect(light('fcr')).toMatchObject({ light: 'none', kept: null });
    expect(march.summary).toMatch(
      /^Langenhagen, März 2025: Servicelevel 50 % \(Ziel 75 %\) verfehlt, .*Ø Wartezeit 26 s \(Ausgangswert 35 s\) erreicht; 6 Anrufe angeboten, davon 6 außerhalb der Servicezeiten\.$/,
    );
    expect(body.months[1]).toMatchObject({ month: '2025-04', offered: 0, summary: 'Langenhagen, April 2025: keine Anrufe.' });
  });

  it('exports as PDF and refuses another tenant and bad months', async () => {
    const res = await pilot(`tenant=${LANGENHAGEN}&from=2025-03&to=2025-03&format=pdf`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true });
    expect(text).toContain('Pilotbewertung Langenhagen');
    expect(text).toContain('Langenhagen, März 2025: Servicelevel 50 %');
    expect((await pilot(`tenant=${LANGENHAGEN}`, await t.login('fachbereich.laatzen'))).statusCode).toBe(404);
    const bad = await pilot('tenant=all&from=2025-13');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toContain('JJJJ-MM');
  });
});
