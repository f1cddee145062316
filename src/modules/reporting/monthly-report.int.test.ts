import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.js';
import { fixedClock } from '../../platform/time/clock.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEMO_ACD_TOKEN, knownDayEvents, knownDayLateEvent } from '../contacts/index.js';
import { firstWorkingDay, previousMonth, runMonthlyReports } from './monthly-report.service.js';

let t: TestApp;
let supervisor: string;
const LANGENHAGEN = '03241010';
const LAATZEN = '03241009';
const get = (url: string, cookie = supervisor) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('teamleitung');
  for (const events of [knownDayEvents, knownDayLateEvent]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/events',
      headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      payload: { events },
    });
    expect(res.statusCode).toBe(202);
  }
});
afterAll(() => t.close());

describe('first working day (pure)', () => {
  it('skips weekends and Lower Saxony holidays', () => {
    expect(firstWorkingDay('2026-01')).toBe('2026-01-02'); // 1 January: New Year
    expect(firstWorkingDay('2025-11')).toBe('2025-11-03'); // Saturday 1st
    expect(firstWorkingDay('2025-04')).toBe('2025-04-01');
    expect(firstWorkingDay('2026-05')).toBe('2026-05-04'); // Friday 1 May: holiday
    expect(previousMonth('2025-01')).toBe('2024-12');
  });
});

describe('monthly report job', () => {
  it('waits for the first working day of the month', async () => {
    const result = await runMonthlyReports(t.db.database, fixedClock('2026-01-01T08:00:00+01:00'), { tenants: [LANGENHAGEN] });
    expect(result).toMatchObject({ today: '2026-01-01', month: '2025-12', due: false, created: [] });
  });

  it('on the first working day: makes the previous month once, mails it to the coordinators with the PDF, keeps it for download', async () => {
    const clock = fixedClock('2025-04-01T06:00:00+02:00');
    const first = await runMonthlyReports(t.db.database, clock, { tenants: [LANGENHAGEN, LAATZEN] });
    expect(first).toMatchObject({ month: '2025-03', due: true, existing: 0 });
    expect(first.created.map((c) => c.tenant).sort()).toEqual([LAATZEN, LANGENHAGEN]);
    const again = await runMonthlyReports(t.db.database, fixedClock('2025-04-02T06:00:00+02:00'), { tenants: [LANGENHAGEN, LAATZEN] });
    expect(again).toMatchObject({ month: '2025-03', created: [], existing: 2 });

    const mails = await t.db.database.scoped({ kind: 'all' }, (tx) =>
      queryRows<{ to: string[]; subject: string; body: string; attachments: { filename: string; content: string }[] }>(
        tx,
        sql`select m.to_addresses as "to", m.subject, m.body_text as body, m.attachments from outbox_mail m
              join tenants t on t.id = m.tenant_id where m.purpose = 'report.monthly' and t.ags = ${LANGENHAGEN}`,
      ),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([expect.stringMatching(/^dialogcenter@/)]);
    expect(mails[0]!.subject).toBe('DialogCenter: Monatsbericht März 2025 – Langenhagen');
    expect(mails[0]!.body).toContain('Langenhagen, März 2025: Servicelevel 50 % (Ziel 75 %) verfehlt');
    const attached = Buffer.from(mails[0]!.attachments[0]!.content, 'base64');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(attached)), { mergePages: true });
    expect(text).toContain('Monatsbericht Langenhagen, März 2025');
    expect(text).toContain('Angebotene und angenommene Anrufe je Tag');
    expect(text).toContain('3 / 6');

    const list = (await get('/api/v1/reports/monthly')).json().items;
    const own = list.find((r: { tenant: string }) => r.tenant === LANGENHAGEN);
    expect(own).toMatchObject({ month: '2025-03', label: 'März 2025', mailedTo: 1 });
    const pdf = await get(`/api/v1/reports/monthly/${own.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(pdf.rawPayload, attached)).toBe(0);

    // A Laatzen back office sees Laatzen's report only; Langenhagen's is "not found".
    const laatzen = await t.login('fachbereich.laatzen');
    const seen = (await get('/api/v1/reports/monthly', laatzen)).json().items;
    expect(seen.map((r: { tenant: string }) => r.tenant)).toEqual([LAATZEN]);
    expect((await get(`/api/v1/reports/monthly/${own.id}`, laatzen)).statusCode).toBe(404);
    expect((await get('/api/v1/reports/monthly', await t.login('agent'))).statusCode).toBe(403);
  });

  it('admins run a month by hand; bad months are refused in German', async () => {
    const admin = await t.login('admin');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/monthly/run',
      headers: { cookie: admin },
      payload: { month: '2025-13' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toContain('JJJJ-MM');
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/reports/monthly/run',
      headers: { cookie: supervisor },
      payload: { month: '2025-03' },
    });
    expect(denied.statusCode).toBe(403);
  });
});
