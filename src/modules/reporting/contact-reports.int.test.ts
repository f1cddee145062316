import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/time/clock.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_ACD_TOKEN, documentHistoryDay, ingestSampleCallDay, LANGENHAGEN_NUMBER } from '../contacts/index.js';
import { demoServices } from '../knowledge/index.js';

/**
 * A small known morning, computed by hand (Tuesday 6 May 2025, CEST = UTC+2), agent "agent" (SIP/1001):
 *   08:00:00 available                         08:10:20-08:15:20 call c1 (Langenhagen, waited 20 s, 300 s talk)
 *   08:15:20 wrap-up, 08:16:20 documented      (wrap-up 60 s; answered_first_level, service A)
 *   08:30:00-08:30:40 call c2 abandoned (40 s)
 *   08:40 contact form (Barsinghausen); 08:45 offered and accepted (on a call); 08:55 documented (forwarded, service B)
 *   09:00 break, 09:30 offline.
 * Agent: available 620 + 1720 + 300 = 2640 s, on a call 300 + 600 = 900 s, wrap-up 60 s, break 1800 s,
 * logged in 5400 s; occupancy (900 + 60) ÷ (2640 + 900 + 60) = 4/15; AHT 300 + 60 = 360 s.
 * Channels (all tenants): phone 2 offered, 1 documented (handling 300 + 60 = 360 s); form 1 received,
 * 1 documented (600 s); FCR 1/2, forwarding 1/2, handling (360 + 600) ÷ 2 = 480 s.
 */
const DAY = '2025-05-06';
const at = (time: string) => `${DAY}T${time}+02:00`;
const LANGENHAGEN = '03241010';
const clock = manualClock(at('07:00:00'));
let t: TestApp;
let supervisor: string;
let agent: string;
let backoffice: string;
const [serviceA, serviceB] = demoServices().slice(0, 2) as unknown as [{ leikaKey: string }, { leikaKey: string }];

const ev = (callId: string, type: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
  eventId: `${callId}:${type}`,
  callId,
  type,
  occurredAt,
  dialledNumber: LANGENHAGEN_NUMBER,
  ...extra,
});
const post = async (events: unknown[]) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
  expect(res.statusCode).toBe(202);
};
const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: Record<string, unknown>) =>
  t.app.inject(payload === undefined ? { method, url, headers: { cookie } } : { method, url, headers: { cookie }, payload });
const setState = async (time: string, state: string) => {
  clock.set(at(time));
  expect((await call('PUT', '/api/v1/desktop/state', agent, { state })).statusCode).toBe(200);
};
const get = (path: string, cookie = supervisor) => call('GET', path, cookie);

beforeAll(async () => {
  t = await createTestApp({ clock });
  supervisor = await t.login('teamleitung');
  agent = await t.login('agent');
  backoffice = await t.login('fachbereich.langenhagen');
  const tenants = (await get('/api/v1/tenants')).json().items as { id: string; slug: string; ags: string }[];
  const langenhagen = tenants.find((x) => x.ags === LANGENHAGEN)!;
  const barsinghausen = tenants.find((x) => x.slug === 'barsinghausen')!;
  // The agent takes only Barsinghausen's routed items (the demo queue holds other tenants' mails).
  const me = (await get('/api/v1/auth/me', agent)).json();
  const skills = await call('PUT', `/api/v1/agents/${me.id ?? me.user?.id}/skills`, supervisor, {
    tenantIds: [barsinghausen.id],
    topics: [],
    languages: ['de'],
  });
  expect(skills.statusCode).toBeLessThan(300);

  await setState('08:00:00', 'available');
  clock.set(at('08:10:21'));
  await post([
    ev('c1', 'offered', at('08:10:00'), { queue: 'dc-langenhagen' }),
    ev('c1', 'answered', at('08:10:20'), { agentId: 'SIP/1001' }),
  ]);
  clock.set(at('08:15:21'));
  await post([ev('c1', 'ended', at('08:15:20'), { agentId: 'SIP/1001' })]);
  clock.set(at('08:16:20'));
  const open = (await get('/api/v1/contacts/undocumented')).json().items as { contact: { id: string; version: number; callId: string } }[];
  const c1 = open.find((o) => o.contact.callId && o.contact.id)!;
  const documented = await call('POST', `/api/v1/contacts/${c1.contact.id}/document`, agent, {
    version: c1.contact.version,
    tenantId: langenhagen.id,
    leikaKey: serviceA.leikaKey,
    outcome: 'answered_first_level',
  });
  expect(documented.statusCode).toBe(200);
  expect(documented.json().wrapUpSeconds).toBe(60);
  clock.set(at('08:30:41'));
  await post([ev('c2', 'offered', at('08:30:00')), ev('c2', 'abandoned', at('08:30:40'))]);

  clock.set(at('08:40:00'));
  const form = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/contact-form',
    payload: { tenant: 'barsinghausen', name: 'Eva Test', email: 'eva@example.org', subject: 'Ausweis', message: 'Wann ist er fertig?' },
  });
  expect(form.statusCode).toBe(202);
  clock.set(at('08:45:00'));
  const offered = await call('POST', '/api/v1/queue/next', agent);
  expect(offered.statusCode).toBe(200);
  const itemId = offered.json().id as string;
  expect((await call('POST', `/api/v1/work-items/${itemId}/accept`, agent)).statusCode).toBe(200);
  clock.set(at('08:55:00'));
  const doc = await call('POST', `/api/v1/work-items/${itemId}/document`, agent, {
    tenantId: barsinghausen.id,
    leikaKey: serviceB.leikaKey,
    outcome: 'forwarded_second_level',
  });
  expect(doc.statusCode).toBeLessThan(300);
  await setState('09:00:00', 'break');
  await setState('09:30:00', 'offline');
  clock.set(`${DAY}T18:00:00+02:00`);
});
afterAll(() => t?.close());

describe('agent report (GET /api/v1/reports/agents)', () => {
  it('gives the hand-computed times per state, calls, talk time, AHT and occupancy', async () => {
    const res = await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&tenant=all`);
    expect(res.statusCode).toBe(200);
    const anna = res.json().rows.find((r: { callsAnswered: number; routedHandled: number }) => r.routedHandled === 1);
    expect(anna).toMatchObject({
      loggedInSeconds: 5400,
      availableSeconds: 2640,
      onCallSeconds: 900,
      wrapUpSeconds: 60,
      breakSeconds: 1800,
      callsAnswered: 1,
      routedHandled: 1,
      talkSeconds: 300,
      ahtSeconds: 360,
    });
    expect(anna.occupancy).toBeCloseTo(4 / 15, 10);
    expect(res.json().totals).toMatchObject({ callsAnswered: 1, routedHandled: 1, talkSeconds: 300 });
    // For one tenant: only its calls and routed items; the state times are the pool's.
    const other = (await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&tenant=03241002`)).json();
    expect(other.totals).toMatchObject({ callsAnswered: 0, routedHandled: 1, onCallSeconds: 900 });
  });

  it("the demo day documented on the agents' behalf records no wrap-up: AHT of the ACD agents stays minutes, not hours", async () => {
    const now = new Date(process.env.DC_TEST_NOW ?? '2026-12-02T09:30:00Z');
    const to = now.toISOString().slice(0, 10);
    const from = new Date(now.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    const rows = (await get(`/api/v1/reports/agents?from=${from}&to=${to}&tenant=all`)).json().rows as {
      key: string;
      ahtSeconds: number | null;
    }[];
    const acd = rows.filter((r) => r.key.startsWith('SIP/') && r.ahtSeconds !== null);
    expect(acd.length).toBeGreaterThan(0);
    for (const r of acd) expect(r.ahtSeconds).toBeLessThan(1800);
  });

  it('is for supervisors and admins: an agent gets 403; bad ranges get a German 400', async () => {
    expect((await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}`, agent)).statusCode).toBe(403);
    const bad = await get(`/api/v1/reports/agents?from=${DAY}&to=2025-05-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('Beginn');
    expect((await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&tenant=99999999`)).json().detail).toContain('Unbekannter Mandant');
  });

  it('exports: CSV parses back, XLSX reads back, the PDF holds the title', async () => {
    const csv = await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]).toContain('Auslastung');
    expect(rows.at(-1)![0]).toBe('Gesamt');
    const xlsx = await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet('Bericht')!.getRow(1).getCell(1).value).toBe('Agent/in');
    const pdf = await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&format=pdf`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text).toContain('Agentenbericht');
  });
});

describe('top services (GET /api/v1/reports/services)', () => {
  it('counts documented contacts of all channels per LeiKa key, with FCR and forwarding', async () => {
    const res = await get(`/api/v1/reports/services?from=${DAY}&to=${DAY}&tenant=all`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ documented: 2, withoutService: 0, services: 2 });
    const a = body.rows.find((r: { leikaKey: string }) => r.leikaKey === serviceA.leikaKey);
    const b = body.rows.find((r: { leikaKey: string }) => r.leikaKey === serviceB.leikaKey);
    expect(a).toMatchObject({ documented: 1, share: 0.5, firstLevel: 1, firstContactResolution: 1, forwardingRate: 0 });
    expect(b).toMatchObject({ documented: 1, forwarded: 1, firstContactResolution: 0, forwardingRate: 1 });
    const one = (await get(`/api/v1/reports/services?from=${DAY}&to=${DAY}&tenant=${LANGENHAGEN}&limit=1`)).json();
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]).toMatchObject({ rank: 1, leikaKey: serviceA.leikaKey, documented: 1 });
  });

  it('refuses a bad limit with a German 400; a CSV cell starting with = is neutralised by the one writer', async () => {
    const bad = await get(`/api/v1/reports/services?from=${DAY}&to=${DAY}&limit=0`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('limit');
    const csv = await get(`/api/v1/reports/services?from=${DAY}&to=${DAY}&format=csv`);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'Rang',
      'LeiKa-Schlüssel',
      'Leistung',
      'Kontakte',
      'Anteil',
      'Beim ersten Kontakt gelöst',
      'An zweite Ebene',
      'Erstlösungsquote',
      'Weiterleitungsquote',
    ]);
    expect(rows.some((r) => r[1] === serviceA.leikaKey)).toBe(true);
  });
});

describe('channel mix (GET /api/v1/reports/channels)', () => {
  it('gives per channel the received volume, documented contacts, FCR and the hand-computed handling time', async () => {
    const res = await get(`/api/v1/reports/channels?from=${DAY}&to=${DAY}&tenant=all`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const row = (ch: string) => body.rows.find((r: { channel: string }) => r.channel === ch);
    expect(body.rows.map((r: { channel: string }) => r.channel)).toEqual(['phone', 'email', 'web_form', 'chat', 'callback']);
    expect(row('phone')).toMatchObject({ label: 'Telefon', received: 2, contacts: 1, documented: 1, averageHandlingSeconds: 360 });
    expect(row('phone').share).toBeCloseTo(2 / 3, 10);
    expect(row('web_form')).toMatchObject({ received: 1, documented: 1, forwardingRate: 1, averageHandlingSeconds: 600 });
    expect(row('chat')).toMatchObject({ received: 0, documented: 0, firstContactResolution: null, averageHandlingSeconds: null });
    expect(body.totals).toMatchObject({
      received: 3,
      documented: 2,
      firstContactResolution: 0.5,
      forwardingRate: 0.5,
      averageHandlingSeconds: 480,
    });
    expect(body.phone).toMatchObject({ offered: 2, answered: 1, answerRate: 0.5, ahtSeconds: 360 });
    const xlsx = await get(`/api/v1/reports/channels?from=${DAY}&to=${DAY}&format=xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Bericht')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('Telefon');
    expect(sheet.getRow(2).getCell(2).value).toBe(2);
  });

  it('a tenant sees only its own figures; another tenant is refused', async () => {
    const own = (await get(`/api/v1/reports/channels?from=${DAY}&to=${DAY}&tenant=${LANGENHAGEN}`)).json();
    expect(own.totals).toMatchObject({ received: 2, documented: 1, firstContactResolution: 1 });
    // The back office of Langenhagen reads its own channel mix, not Barsinghausen's, and no agent report.
    expect((await get(`/api/v1/reports/channels?from=${DAY}&to=${DAY}&tenant=${LANGENHAGEN}`, backoffice)).json().totals.received).toBe(2);
    expect([403, 404]).toContain((await get(`/api/v1/reports/channels?from=${DAY}&to=${DAY}&tenant=03241002`, backoffice)).statusCode);
    expect((await get(`/api/v1/reports/agents?from=${DAY}&to=${DAY}&tenant=${LANGENHAGEN}`, backoffice)).statusCode).toBe(403);
  });
});

describe('demo history: documented through the documentation use case', () => {
  it('documents every answered call of a history day, so FCR, top services and channel mix have figures; idempotent', async () => {
    const DAY2 = '2025-05-07';
    clock.set('2025-05-08T10:00:00+02:00');
    // Two days later by the clock: the morning's session has expired, sign in again.
    supervisor = await t.login('teamleitung');
    expect(await ingestSampleCallDay(t.db.database, clock, DAY2, 60)).toBeGreaterThan(40);
    const documented = await documentHistoryDay(t.db.database, clock, DAY2);
    const calls = (await get(`/api/v1/reports/calls?from=${DAY2}&to=${DAY2}&tenant=all`)).json();
    expect(documented).toBe(calls.totals.answered);
    expect(documented).toBeGreaterThan(0);
    const mix = (await get(`/api/v1/reports/channels?from=${DAY2}&to=${DAY2}&tenant=all`)).json();
    expect(mix.rows[0]).toMatchObject({ channel: 'phone', contacts: documented, documented });
    expect(mix.totals.firstContactResolution).toBeGreaterThan(0);
    // Documented on the agents' behalf: no wrap-up recorded, so AHT is the mean talk time.
    expect(calls.totals.ahtSeconds).toBeLessThan(1800);
    const services = (await get(`/api/v1/reports/services?from=${DAY2}&to=${DAY2}&tenant=all`)).json();
    expect(services).toMatchObject({ documented, withoutService: 0 });
    expect(await documentHistoryDay(t.db.database, clock, DAY2)).toBe(0);
  });
});
