import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_ACD_TOKEN, knownDayEvents, knownDayLateEvent, LANGENHAGEN_NUMBER } from '../contacts/index.js';
import { phaseOf, serviceHoursText } from './agreement-compliance.service.js';

let t: TestApp;
let supervisor: string;
/** A supervisor bound to Laatzen (supervisor + back office of that tenant). */
let laatzenSupervisor: string;
const LANGENHAGEN = '03241010';
const LAATZEN = '03241009';

const ev = (callId: string, type: string, occurredAt: string) => ({
  eventId: `cmp-${callId}:${type}`,
  callId: `cmp-${callId}`,
  type,
  occurredAt,
  dialledNumber: LANGENHAGEN_NUMBER,
  agentId: 'SIP/1001',
});
const post = (events: unknown[]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
const get = (url: string, cookie = supervisor) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('teamleitung');
  expect((await post(knownDayEvents)).statusCode).toBe(202);
  expect((await post(knownDayLateEvent)).statusCode).toBe(202);
  // Monday 31 March 2025 (service hours Mon-Fri 08:00-18:00): two calls inside, one outside.
  const monday = [
    ev('w1', 'offered', '2025-03-31T10:00:00+02:00'),
    ev('w1', 'answered', '2025-03-31T10:00:10+02:00'),
    ev('w1', 'ended', '2025-03-31T10:02:10+02:00'),
    ev('w2', 'offered', '2025-03-31T10:10:00+02:00'),
    ev('w2', 'answered', '2025-03-31T10:10:50+02:00'),
    ev('w2', 'ended', '2025-03-31T10:11:50+02:00'),
    ev('w3', 'offered', '2025-03-31T19:00:00+02:00'),
    ev('w3', 'answered', '2025-03-31T19:00:05+02:00'),
    ev('w3', 'ended', '2025-03-31T19:01:05+02:00'),
  ];
  expect((await post(monday)).statusCode).toBe(202);
  const admin = await t.login('admin');
  const [laatzen] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
    queryRows<{ id: string }>(tx, sql`select id from tenants where ags = ${LAATZEN}`),
  );
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: { cookie: admin },
    payload: {
      username: 'teamleitung.laatzen',
      displayName: 'Teamleitung Laatzen',
      password: 'Laatzen-Teamleitung-2026!',
      roles: ['supervisor', 'backoffice'],
      tenantId: laatzen!.id,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  laatzenSupervisor = await t.login('teamleitung.laatzen', 'Laatzen-Teamleitung-2026!');
});
afterAll(() => t.close());

describe('pilot phases and service hours (pure)', () => {
  it('derives the phase of a month from the onboarding dates', () => {
    const pilot = { pilotStart: '2022-05-01', liveStart: '2024-05-01', endedOn: null };
    expect(phaseOf('2022-04', pilot)).toEqual({ key: 'before', label: 'vor dem Beitritt' });
    expect(phaseOf('2022-05', pilot)).toEqual({ key: 'pilot-1', label: 'Pilotjahr 1' });
    expect(phaseOf('2023-04', pilot)).toEqual({ key: 'pilot-1', label: 'Pilotjahr 1' });
    expect(phaseOf('2023-05', pilot)).toEqual({ key: 'pilot-2', label: 'Pilotjahr 2' });
    expect(phaseOf('2024-05', pilot)).toEqual({ key: 'live', label: 'Regelbetrieb' });
    expect(phaseOf('2025-01', { ...pilot, endedOn: '2024-12-31' })).toEqual({ key: 'ended', label: 'nach Vertragsende' });
    expect(phaseOf('2025-01', { pilotStart: null, liveStart: '2022-01-01', endedOn: null }).key).toBe('live');
  });
  it('writes the service hours as one line', () => {
    expect(
      serviceHoursText({
        '1': [{ from: '08:00', to: '18:00' }],
        '2': [{ from: '08:00', to: '18:00' }],
        '3': [{ from: '08:00', to: '18:00' }],
        '4': [{ from: '08:00', to: '18:00' }],
        '5': [{ from: '08:00', to: '14:00' }],
        '6': [],
        '7': [],
      }),
    ).toBe('Mo–Do 08:00–18:00; Fr 08:00–14:00');
  });
});

describe('GET /api/v1/reports/agreement-compliance', () => {
  it('gives each promise of the agreement per month with its numbers; calls outside the service hours apart', async () => {
    const res = await get(`/api/v1/reports/agreement-compliance?tenant=${LANGENHAGEN}&from=2025-03&to=2025-04`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.agreement.serviceHours).toBe('Mo–Fr 08:00–18:00');
    const march = body.months[0];
    // 29/30 March (weekend): 6 offered, 3 within 30 s; 31 March: w1 (10 s), w2 (50 s) inside, w3 (5 s, 19:00) outside.
    expect(march).toMatchObject({
      key: '2025-03',
      phase: 'pilot-4',
      phaseLabel: 'Pilotjahr 4',
      offered: 9,
      offeredInHours: 2,
      offeredOutsideHours: 7,
    });
    const promise = (key: string) => march.promises.find((p: { key: string }) => p.key === key);
    expect(promise('serviceLevel')).toMatchObject({ numerator: 5, denominator: 9, kept: false, target: 0.75 });
    expect(promise('serviceLevel').value).toBeCloseTo(5 / 9, 6);
    expect(promise('serviceLevel').text).toBe('nicht gehalten: 5 von 9 Anrufen in 30 s angenommen (56 %, Ziel 75 %; verfehlt)');
    expect(promise('serviceHours')).toMatchObject({ numerator: 2, denominator: 2, value: 1, kept: true });
    expect(promise('fcr')).toMatchObject({ numerator: 0, denominator: 0, kept: null, text: 'ohne Messwert: nichts zu messen' });
    expect(march.promises.map((p: { key: string }) => p.key)).toEqual(['serviceLevel', 'fcr', 'reply', 'serviceHours']);
    // The 24-hour promise comes from the second level's demo history (one forwarded request a month): kept or not.
    const reply = promise('reply');
    expect(reply.denominator).toBeGreaterThan(0);
    const replyKept = reply.kept ? 1 : 0;
    expect(march).toMatchObject({ kept: 1 + replyKept, missed: 2 - replyKept });
    const aprilReply = body.months[1].promises.find((p: { key: string }) => p.key === 'reply');
    expect(aprilReply.denominator).toBeGreaterThan(0);
    expect(body.months[1]).toMatchObject({
      key: '2025-04',
      offered: 0,
      kept: aprilReply.kept ? 1 : 0,
      missed: aprilReply.kept ? 0 : 1,
    });
    // One phase in the range, and the total: the same sums.
    expect(body.phases).toHaveLength(1);
    expect(body.phases[0]).toMatchObject({ phase: 'pilot-4', offered: 9, label: 'Pilotjahr 4 (März 2025 – April 2025)' });
    expect(body.total).toMatchObject({ offered: 9, offeredOutsideHours: 7 });
  });

  it('a public holiday has no service hours: its calls count outside them', async () => {
    // Thursday 1 May 2025 (Tag der Arbeit) 10:00 and Friday 2 May 2025 10:00, both inside Mon-Fri 08:00-18:00 by the clock.
    const may = [
      ev('h1', 'offered', '2025-05-01T10:00:00+02:00'),
      ev('h1', 'answered', '2025-05-01T10:00:10+02:00'),
      ev('h1', 'ended', '2025-05-01T10:01:10+02:00'),
      ev('h2', 'offered', '2025-05-02T10:00:00+02:00'),
      ev('h2', 'abandoned', '2025-05-02T10:01:00+02:00'),
    ];
    expect((await post(may)).statusCode).toBe(202);
    const body = (await get(`/api/v1/reports/agreement-compliance?tenant=${LANGENHAGEN}&from=2025-05&to=2025-05`)).json();
    expect(body.months[0]).toMatchObject({ key: '2025-05', offered: 2, offeredInHours: 1, offeredOutsideHours: 1 });
    // Inside the hours only the 2 May call, abandoned after 60 s: 0 of 1 answered.
    const hours = body.months[0].promises.find((p: { key: string }) => p.key === 'serviceHours');
    expect(hours).toMatchObject({ numerator: 0, denominator: 1, kept: false });
  });

  it('the pilot evaluation shows the same numbers', async () => {
    const pilot = (await get(`/api/v1/reports/pilot-evaluation?tenant=${LANGENHAGEN}&from=2025-03&to=2025-03`)).json();
    const sl = pilot.months[0].checks.find((c: { key: string }) => c.key === 'serviceLevel');
    expect(sl).toMatchObject({ numerator: 5, denominator: 9 });
    expect(pilot.months[0]).toMatchObject({ offered: 9, offeredOutsideHours: 7, offeredInHours: 2, answeredInHours: 2 });
  });

  it('exports: CSV parses back, XLSX reads back, PDF text holds the promises', async () => {
    const q = `tenant=${LANGENHAGEN}&from=2025-03&to=2025-03`;
    const csv = await get(`/api/v1/reports/agreement-compliance?${q}&format=csv`);
    expect(csv.statusCode).toBe(200);
    const rows: string[][] = parse(csv.body, { delimiter: ';', bom: true });
    expect(rows[0]).toEqual(['Zeitraum', 'Phase', 'Zusage', 'Ziel', 'Ist', 'Zähler', 'Nenner', 'Ergebnis']);
    expect(rows[1]).toEqual([
      'März 2025',
      'Pilotjahr 4',
      'Servicelevel',
      '0,75',
      expect.stringMatching(/^0,55/),
      '5',
      '9',
      'nicht gehalten',
    ]);
    const xlsx = await get(`/api/v1/reports/agreement-compliance?${q}&format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Bericht')!;
    expect((sheet.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['März 2025', 'Pilotjahr 4', 'Servicelevel']);
    expect((sheet.getRow(2).values as unknown[])[6]).toBe(5);
    const pdf = await get(`/api/v1/reports/agreement-compliance?${q}&format=pdf`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Servicevereinbarung Langenhagen');
    expect(text).toContain('Erreichbarkeit in den Servicezeiten');
    const march = (await get(`/api/v1/reports/agreement-compliance?${q}`)).json().months[0];
    expect(text).toContain(`März 2025 (Pilotjahr 4): ${march.kept} gehalten, ${march.missed} nicht gehalten`);
  });

  it('refuses bad months with a German message', async () => {
    const bad = await get(`/api/v1/reports/agreement-compliance?tenant=${LANGENHAGEN}&from=2025-05&to=2025-03`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toContain('liegt nach');
    expect((await get('/api/v1/reports/agreement-compliance?tenant=99999999')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/reports/data-basis', () => {
  it('shows the knowledge base state and what the call figures rest on', async () => {
    const res = await get(`/api/v1/reports/data-basis?tenant=${LANGENHAGEN}&from=2025-03&to=2025-03`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const [expected] = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ n: number; overdue: number }>(
        tx,
        sql`select count(*)::int as n, (count(*) filter (where review_due < ${body.today}::date))::int as overdue
              from knowledge_local_parts lp join tenants t on t.id = lp.tenant_id where t.ags = ${LANGENHAGEN}`,
      ),
    );
    expect(body.knowledge.localParts).toBe(expected!.n);
    expect(body.knowledge.overdue).toBe(expected!.overdue);
    expect(body.knowledge.complete).toBeLessThanOrEqual(body.knowledge.localParts);
    expect(body.knowledge.catalogueServices).toBeGreaterThan(0);
    expect(body.knowledgeTrend.map((m: { month: string }) => m.month)).toEqual(['2025-03']);
    // 11 calls in March (8 of the known days, 3 on Monday 31 March); 21 working days, only the 31st with calls.
    expect(body.calls).toMatchObject({ calls: 11, workingDays: 21, workingDaysWithCalls: 1 });
    expect(body.calls.workingDaysWithoutCalls).toHaveLength(20);
    expect(body.calls.workingDaysWithoutCalls[0]).toBe('2025-03-03');
    expect(body.contacts.find((c: { channel: string }) => c.channel === 'phone')).toMatchObject({ documented: 0 });
    expect(body.notes.join(' ')).toContain('20 Werktage ohne einen einzigen Anruf');
  });

  it('exports as CSV and PDF', async () => {
    const csv = await get(`/api/v1/reports/data-basis?tenant=${LANGENHAGEN}&from=2025-03&to=2025-03&format=csv`);
    const rows: string[][] = parse(csv.body, { delimiter: ';', bom: true });
    expect(rows.find((r) => r[1] === 'Anrufe in den Zellen')?.[2]).toBe('11');
    const pdf = await get(`/api/v1/reports/data-basis?tenant=${LANGENHAGEN}&from=2025-03&to=2025-03&format=pdf`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Datenbasis Langenhagen');
    expect(text).toContain('Werktage ohne Anruf');
  });
});

describe('tenant isolation of the new reports', () => {
  it('a tenant-bound supervisor sees only its own tenant', async () => {
    for (const path of ['agreement-compliance', 'data-basis', 'pilot-evaluation']) {
      expect((await get(`/api/v1/reports/${path}?tenant=${LAATZEN}&from=2025-03&to=2025-03`, laatzenSupervisor)).statusCode).toBe(200);
      expect((await get(`/api/v1/reports/${path}?tenant=${LANGENHAGEN}&from=2025-03&to=2025-03`, laatzenSupervisor)).statusCode).toBe(404);
      expect((await get(`/api/v1/reports/${path}?tenant=all&from=2025-03&to=2025-03`, laatzenSupervisor)).statusCode).toBe(403);
    }
    expect((await get(`/api/v1/reports/calls?from=2025-03-30&to=2025-03-31&tenant=${LANGENHAGEN}`, laatzenSupervisor)).statusCode).toBe(
      404,
    );
    const own = (await get(`/api/v1/reports/data-basis?tenant=${LAATZEN}&from=2025-03&to=2025-03`, laatzenSupervisor)).json();
    expect(own.calls.calls).toBe(0);
    expect(own.imports).toEqual([]);
  });
  it('agents may not read reports', async () => {
    expect((await get(`/api/v1/reports/agreement-compliance?tenant=${LANGENHAGEN}`, await t.login('agent'))).statusCode).toBe(403);
  });
});

describe("the second level's demo history (every pilot tenant, every month since its pilot start)", () => {
  interface Promise24 {
    key: string;
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    kept: boolean | null;
    text: string;
  }
  /** The month before the test clock's (Berlin calendar), e.g. 2026-11 at 2 December 2026. */
  const previousMonth = () => {
    const [y, m] = localDate(t.clock.now(), 'Europe/Berlin').split('-').map(Number) as [number, number];
    return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  };
  const nextDay = (ymd: string) => new Date(Date.parse(`${ymd}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const lastDay = (month: string) => {
    let d = `${month}-28`;
    while (nextDay(d).slice(0, 7) === month) d = nextDay(d);
    return d;
  };
  const pilotTenants = async () =>
    (
      (await get('/api/v1/tenants')).json().items as {
        id: string;
        ags: string;
        name: string;
        lifecycle: string;
        pilotStart: string | null;
      }[]
    ).filter((x) => x.lifecycle === 'pilot');

  it('the compliance report gives the 24-hour promise with its numbers for each of the 8 pilot tenants last month, as the on-time report counts them', async () => {
    const month = previousMonth();
    const tenants = await pilotTenants();
    expect(tenants.map((x) => x.name).sort()).toEqual([
      'Barsinghausen',
      'Burgwedel',
      'Isernhagen',
      'Laatzen',
      'Langenhagen',
      'Regionsverwaltung',
      'Wedemark',
      'Wunstorf',
    ]);
    for (const tenant of tenants) {
      const res = await get(`/api/v1/reports/agreement-compliance?tenant=${tenant.ags}&from=${month}&to=${month}`);
      expect(res.statusCode, res.body).toBe(200);
      const reply = (res.json().months[0].promises as Promise24[]).find((p) => p.key === 'reply')!;
      expect(reply.denominator, `${tenant.name} ${month}`).toBeGreaterThan(0);
      expect(reply.value).toBeCloseTo(reply.numerator! / reply.denominator!, 9);
      expect(reply.kept).toBe(reply.value! >= 0.95);
      expect(reply.text).toContain(`${reply.numerator} von ${reply.denominator} Weiterleitungen fristgerecht beantwortet`);
      // The same counts as the second level's own on-time report (answered in time / answered + open and overdue).
      const onTime = (
        await get(`/api/v1/reports/second-level/on-time?from=${month}-01&to=${nextDay(lastDay(month))}&tenantId=${tenant.id}`)
      ).json();
      const row = onTime.tenants.find((x: { tenantId: string }) => x.tenantId === tenant.id);
      expect(row, tenant.name).toBeDefined();
      expect(row.answeredOnTime).toBe(reply.numerator);
      expect(row.answeredOnTime + row.late).toBe(reply.denominator);
    }
  });

  it('has figures for every month of the pilot, most promises kept and some late answers', async () => {
    const last = previousMonth();
    for (const tenant of await pilotTenants()) {
      const body = (await get(`/api/v1/reports/agreement-compliance?tenant=${tenant.ags}&to=${last}`)).json();
      // From the pilot start's month (the report's default start) to last month, each month measured.
      expect(body.months[0].key).toBe(tenant.pilotStart!.slice(0, 7));
      const unmeasured = (body.months as { key: string; promises: Promise24[] }[])
        .filter((m) => !(m.promises.find((p) => p.key === 'reply')!.denominator! > 0))
        .map((m) => m.key);
      expect(unmeasured, tenant.name).toEqual([]);
      const total = (body.total.promises as Promise24[]).find((p) => p.key === 'reply')!;
      // A realistic share: most answered in time, a few late.
      expect(total.numerator!, tenant.name).toBeLessThan(total.denominator!);
      expect(total.value!, tenant.name).toBeGreaterThan(0.8);
    }
  });
});
