import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * No personal data in logs (issue 16, decision 0140): a citizen's whole journey through the API
 * at log level debug, the captured log then searched for the citizen's name, e-mail address and
 * phone number in every spelling they were typed in.
 */

const NAME = 'Quirina Loggeweg';
const EMAIL = 'quirina.loggeweg@example.org';
const PHONE = '0511 4455667';
const lines: string[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { LOG_LEVEL: 'debug' }, logStream: { write: (line) => void lines.push(line) } });
});
afterAll(() => t?.close());

describe('the log of a citizen journey', () => {
  it('holds no name, e-mail address or phone number of the citizen, also not from errors, paths or queries', async () => {
    const agent = await t.login('agent');
    const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    const tenants = (await get('/api/v1/tenants', agent)).json().items as { id: string; slug: string }[];
    const langenhagen = tenants.find((x) => x.slug === 'langenhagen')!;
    const departments = (await get(`/api/v1/tenants/${langenhagen.id}/departments`, agent)).json().items as { id: string; name: string }[];

    // Contact form: accepted, and once with a wrong address that the validation answer names.
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/contact-form',
      payload: { tenant: 'langenhagen', name: NAME, email: EMAIL, subject: 'Ausweis', message: `Bitte rufen Sie mich an: ${PHONE}` },
    });
    expect(form.statusCode, form.body).toBe(202);
    const badForm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/contact-form',
      payload: { tenant: 'langenhagen', name: NAME, email: `${EMAIL}@@`, subject: 'Ausweis', message: PHONE },
    });
    expect(badForm.statusCode).toBe(400);

    // Forwarding to the second level with a call-back number, reading it, the public status by code.
    const body = {
      tenantId: langenhagen.id,
      departmentId: departments[0]!.id,
      serviceTitle: 'Personalausweis beantragen',
      question: `Frau ${NAME} (${EMAIL}) fragt nach ihrem Ausweis.`,
      citizen: { name: NAME, email: EMAIL, phone: PHONE },
      answerChannel: 'callback',
    };
    const forwarded = await t.app.inject({ method: 'POST', url: '/api/v1/service-requests', headers: { cookie: agent }, payload: body });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    const { id, referenceCode } = forwarded.json() as { id: string; referenceCode: string };
    expect((await get(`/api/v1/service-requests/${id}`, agent)).statusCode).toBe(200);
    expect((await get(`/api/public/v1/request-status?code=${encodeURIComponent(referenceCode)}&email=${EMAIL}`)).statusCode).toBeLessThan(
      500,
    );

    // Errors: an unknown department, a path and a query holding the address and the number.
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: { ...body, departmentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(wrong.statusCode).toBeGreaterThanOrEqual(400);
    expect((await get(`/api/v1/service-requests/${EMAIL}`, agent)).statusCode).toBe(400);
    expect((await get(`/api/v1/contacts/${encodeURIComponent(PHONE)}?number=${encodeURIComponent(PHONE)}`, agent)).statusCode).toBe(400);

    // A careless log line in code is redacted too (the last line of defence).
    t.app.log.info({ note: `Rückruf an ${PHONE}`, to: EMAIL }, `Mail an ${EMAIL}, Telefon +49 511 4455667`);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    expect(log).toContain('[E-Mail]');
    expect(log).toContain('[Telefon]');
    for (const secret of [NAME, 'Loggeweg', EMAIL, 'quirina.loggeweg', PHONE, '4455667', '445 5667', encodeURIComponent(EMAIL)]) {
      expect(log, `log holds ${secret}`).not.toContain(secret);
    }
    // Request lines are still useful: method, path without query, status.
    expect(log).toContain('/api/v1/service-requests');
  });
});
