import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.test-support.js';

let t: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ env: { BACKGROUND_JOBS: 'true', SMTP_URL: sink.url, OUTBOX_POLL_SECONDS: '1' } });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

it('the server process sends outbox mail on its own, shortly after the forwarding committed', async () => {
  const agent = await t.login('agent');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as { id: string; slug: string }[];
  const tenantId = tenants.find((x) => x.slug === 'laatzen')!.id;
  const departments = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenantId}/departments`, headers: { cookie: agent } })).json().items;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/service-requests',
    headers: { cookie: agent },
    payload: {
      tenantId,
      departmentId: departments.find((d: { name: string }) => d.name === 'Standesamt').id,
      serviceTitle: 'Geburtsurkunde',
      question: 'Kann meine Schwester die Geburtsurkunde für mich abholen?',
      citizen: { name: 'Lea Laatzen', phone: '05102 1234' },
      answerChannel: 'callback',
    },
  });
  expect(res.statusCode).toBe(201);
  const code = res.json().referenceCode as string;
  await expect.poll(() => sink.mails.filter((m) => m.subject?.includes(code)).length, { timeout: 10_000, interval: 250 }).toBe(1);
  expect(sink.mails.find((m) => m.subject?.includes(code))!.to).toBeDefined();
});
