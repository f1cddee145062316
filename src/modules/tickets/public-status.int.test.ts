import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/**
 * Every number we give a citizen is found by the public status look-up: the contact form's
 * (KF-…), the web chat's (CH-…) and the second level's (DC-…). Each address gets its own
 * remoteAddress so the per-address rate limit does not interfere.
 */
let t: TestApp;
let agent: string;
let langenhagen: { id: string; departmentId: string };

const status = (code: string, remoteAddress: string) =>
  t.app.inject({ method: 'GET', url: `/api/public/v1/request-status?code=${encodeURIComponent(code)}`, remoteAddress });

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
    id: string;
    slug: string;
  }[];
  const lh = tenants.find((x) => x.slug === 'langenhagen')!;
  const deps = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${lh.id}/departments`, headers: { cookie: agent } })).json()
    .items as { id: string; name: string }[];
  langenhagen = { id: lh.id, departmentId: deps.find((d) => d.name === 'Bürgerbüro')!.id };
});
afterAll(() => t?.close());

describe('the public status look-up finds every number given to a citizen', () => {
  it('the contact form: the number on the confirmation, however it is typed, without personal data', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/contact-form',
      payload: {
        tenant: 'laatzen',
        name: 'Lena Lindner',
        email: 'lena@example.org',
        subject: 'Straßenlaterne defekt',
        message: 'In der Hildesheimer Straße ist eine Laterne aus.',
      },
    });
    expect(res.statusCode, res.body).toBe(202);
    const { reference } = res.json() as { reference: string };
    expect(reference).toMatch(/^KF-\d{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

    const found = await status(reference, '10.1.0.1');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({
      referenceCode: reference,
      kind: 'contact_form',
      tenantName: 'Stadt Laatzen',
      status: 'waiting',
      forwardedOn: null,
    });
    expect(found.json().statusLabel).toContain('Eingegangen');
    expect(found.json().receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(found.body).not.toMatch(/Lena|lena@|Laterne|Hildesheimer/);

    // Typed by hand: lower case, spaces instead of dashes.
    const typed = await status(` ${reference.toLowerCase().replaceAll('-', ' ')} `, '10.1.0.1');
    expect(typed.statusCode).toBe(200);
    expect(typed.json().referenceCode).toBe(reference);
  });

  it('the web chat: the number shown in the chat', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/chats',
      payload: { tenant: 'burgwedel', message: 'Wann ist das Bürgeramt geöffnet?' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { token, reference } = res.json() as { token: string; reference: string };
    expect(reference).toMatch(/^CH-\d{4}-/);
    const chat = await t.app.inject({ method: 'GET', url: `/api/v1/public/chats/${token}` });
    expect(chat.json().referenceCode).toBe(reference);

    const found = await status(reference, '10.1.0.2');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ referenceCode: reference, kind: 'chat', tenantName: 'Stadt Burgwedel' });
    expect(found.body).not.toContain('Bürgeramt');
  });

  it('the second level: the number the agent reads out and the citizen mail names', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: {
        tenantId: langenhagen.id,
        departmentId: langenhagen.departmentId,
        leikaKey: '99102013000000',
        serviceTitle: 'Personalausweis beantragen',
        question: 'Kann ich den Personalausweis auch ohne Termin beantragen?',
        citizen: { name: 'Erika Mustermann', email: 'erika@example.org', phone: null },
        answerChannel: 'email',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { referenceCode } = res.json() as { referenceCode: string };
    const found = await status(referenceCode, '10.1.0.3');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json()).toMatchObject({ referenceCode, kind: 'service_request', status: 'forwarded', tenantName: 'Stadt Langenhagen' });
    expect(found.json().forwardedOn).toBe(found.json().receivedOn);
  });

  it('unknown, malformed and empty numbers get a clear answer and change nothing', async () => {
    for (const code of ['KF-2026-AAAA-AAAA', 'CH-2026-ZZZZ-ZZZZ', 'FD01B744', 'DC-2026-000001-AAAA']) {
      const res = await status(code, '10.1.0.4');
      expect(res.statusCode, code).toBe(404);
      expect(res.json().detail).toContain('Vorgangsnummer');
    }
    const empty = await status('   ', '10.1.0.5');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].message).toContain('Vorgangsnummer');
  });
});
