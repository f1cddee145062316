import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { loadConfig } from '../../config.js';
import { systemActor, type Actor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, onlyTenants, queryRows } from '../../platform/db/database.js';
import { zonedInstant } from './deadline.js';
import { forwardContact } from './forward.service.js';
import { mailSentEffects, smtpSettings } from '../../jobs.js';
import { dispatchOutbox } from '../../platform/mail/dispatcher.js';
import { smtpTransport } from '../../platform/mail/transport.js';
import { fixedClock } from '../../platform/time/clock.js';
import { ticketSettings } from './request-lifecycle.js';
import * as requests from './requests.service.js';
import { startSmtpSink, type SmtpSink } from '../../platform/mail/smtp-sink.test-support.js';

let t: TestApp;
let sink: SmtpSink;
let agent: string;
let langenhagen: { id: string; departments: { id: string; name: string }[] };
let laatzenId: string;
const settings = ticketSettings(loadConfig({ NODE_ENV: 'test' }));
const FROM = 'DialogCenter <dialogcenter@example.org>';
const berlin = (date: string, time: string) => new Date(zonedInstant(date, time, 'Europe/Berlin'));
const agentActor: Actor = { ...systemActor('test-agent'), displayName: 'Test Agentin', roles: ['agent'] };

const dept = (name: string) => langenhagen.departments.find((d) => d.name === name)!;
async function dispatch(now?: Date) {
  const transport = smtpTransport(smtpSettings(t.app.config, sink.url));
  try {
    return await dispatchOutbox(t.db.database, transport, { from: FROM, clock: now ? fixedClock(now) : t.clock, effects: mailSentEffects });
  } finally {
    transport.close();
  }
}
const requestCount = async () =>
  (await t.db.database.scoped(ALL_TENANTS, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_requests`)))[0]!
    .n;

function forwardBody(overrides: Record<string, unknown> = {}) {
  return {
    tenantId: langenhagen.id,
    departmentId: dept('Bürgerbüro').id,
    leikaKey: '99102013000000',
    serviceTitle: 'Personalausweis beantragen',
    question: 'Kann ich den Personalausweis auch ohne Termin im Bürgerbüro Langenhagen beantragen?',
    citizen: { name: 'Erika Mustermann', email: 'erika@example.org', phone: null },
    answerChannel: 'email',
    ...overrides,
  };
}

async function forward(overrides: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/service-requests',
    headers: { cookie: agent },
    payload: forwardBody(overrides),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; referenceCode: string; dueAt: string };
}

const tokenFrom = (text: string, path: 'antwort' | 'rueckfrage') => new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec(text)![1]!;
const mailsTo = (address: string) => sink.mails.filter((m) => JSON.stringify(m.to).includes(address));

beforeAll(async () => {
  t = await createTestApp();
  sink = await startSmtpSink();
  agent = await t.login('agent');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
    id: string;
    slug: string;
  }[];
  const lh = tenants.find((x) => x.slug === 'langenhagen')!;
  laatzenId = tenants.find((x) => x.slug === 'laatzen')!.id;
  const deps = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${lh.id}/departments`, headers: { cookie: agent } })).json()
    .items;
  langenhagen = { id: lh.id, departments: deps };
});
afterAll(async () => {
  await sink?.close();
  await t?.close();
});

describe('forwarding a concern to the department', () => {
  it('creates the request with reference code and deadline, mails the department over SMTP with inbox and secure link', async () => {
    const created = await forward();
    expect(created.referenceCode).toMatch(/^DC-\d{4}-\d{6}-[A-Z2-9]{4}$/);
    expect(new Date(created.dueAt).getTime()).toBeGreaterThan(t.clock.now().getTime());

    const result = await dispatch();
    expect(result.sent).toBeGreaterThanOrEqual(2);
    const toDepartment = mailsTo('buergerbuero@langenhagen.demo.example.org').find((m) => m.subject?.includes(created.referenceCode))!;
    expect(toDepartment.subject).toContain('Personalausweis beantragen');
    expect(toDepartment.text).toContain(`/anliegen/${created.id}`);
    expect(toDepartment.text).toMatch(/\/antwort\/[A-Za-z0-9_-]{43}/);
    // Message-ID = outbox id at the sender's domain: a repeated send after a crash is recognisable.
    expect(toDepartment.messageId).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
    const confirmation = mailsTo('erika@example.org').find((m) => m.subject?.includes(created.referenceCode))!;
    expect(confirmation.text).toContain(created.referenceCode);

    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${created.id}`, headers: { cookie: agent } })
    ).json();
    expect(detail.status).toBe('forwarded');
    expect(detail.deliveredAt).not.toBeNull();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'delivered']);
  });

  it('refuses bad input with German field messages and writes nothing', async () => {
    const before = await requestCount();
    const noMail = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: forwardBody({ citizen: { name: 'Max', email: '' } }),
    });
    expect(noMail.statusCode).toBe(400);
    expect(noMail.json().issues).toContainEqual({
      field: 'citizen.email',
      message: 'Für eine Antwort per E-Mail wird die E-Mail-Adresse gebraucht.',
    });
    const badLeika = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: forwardBody({ leikaKey: '123' }),
    });
    expect(badLeika.json().issues[0]).toMatchObject({ field: 'leikaKey', message: 'Der LeiKa-Schlüssel hat 14 Ziffern.' });
    const laatzenDepartments = (
      await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${laatzenId}/departments`, headers: { cookie: agent } })
    ).json().items;
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: forwardBody({ departmentId: laatzenDepartments[0].id }),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues[0].field).toBe('departmentId');
    expect(await requestCount()).toBe(before);
  });

  it('is for first level only: back-office staff cannot forward', async () => {
    const backoffice = await t.login('fachbereich.langenhagen');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: backoffice },
      payload: forwardBody(),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the department inbox and tenant isolation', () => {
  it('shows the request to its department, not to another tenant’s back office, and audits the read', async () => {
    const created = await forward();
    const own = await t.login('fachbereich.langenhagen');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/service-requests?status=forwarded', headers: { cookie: own } })).json()
      .items;
    expect(list.map((r: { id: string }) => r.id)).toContain(created.id);
    const foreign = await t.login('fachbereich.laatzen');
    const foreignList = (await t.app.inject({ method: 'GET', url: '/api/v1/service-requests', headers: { cookie: foreign } })).json().items;
    expect(foreignList.map((r: { id: string }) => r.id)).not.toContain(created.id);
    const foreignDetail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/service-requests/${created.id}`,
      headers: { cookie: foreign },
    });
    expect(foreignDetail.statusCode).toBe(404);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${created.id}`, headers: { cookie: own } });
    expect(detail.json().citizenEmail).toBe('erika@example.org');
    const audit = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?entityId=${created.id}&limit=20`,
        headers: { cookie: await t.login('revision') },
      })
    ).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['service_request.forwarded', 'personal_data.read']),
    );
  });

  it('returns to first level, and first level passes it on to another department with a new mail', async () => {
    const created = await forward();
    const own = await t.login('fachbereich.langenhagen');
    const returned = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/return`,
      headers: { cookie: own },
      payload: { reason: 'Zuständig ist das Ordnungsamt.' },
    });
    expect(returned.json().status).toBe('returned');
    expect(returned.json().firstResponseAt).not.toBeNull();
    const passed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/pass-on`,
      headers: { cookie: agent },
      payload: { departmentId: dept('Ordnungsamt').id, note: 'Bitte übernehmen.' },
    });
    expect(passed.statusCode, passed.body).toBe(200);
    expect(passed.json()).toMatchObject({ status: 'forwarded', departmentName: 'Ordnungsamt' });
    await dispatch();
    expect(mailsTo('ordnungsamt@langenhagen.demo.example.org').some((m) => m.subject?.includes(created.referenceCode))).toBe(true);
    // The Bürgerbüro no longer sees it.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${created.id}`, headers: { cookie: own } })).statusCode,
    ).toBe(404);
  });
});

describe('answering through the secure link, and the answer reaching the citizen', () => {
  it('a department member without account answers by link; the citizen gets the mail; the link is spent', async () => {
    const created = await forward();
    await dispatch();
    const mail = mailsTo('buergerbuero@langenhagen.demo.example.org').find((m) => m.subject?.includes(created.referenceCode))!;
    const token = tokenFrom(mail.text!, 'antwort');
    const view = await t.app.inject({ method: 'GET', url: `/api/public/v1/access-links/${token}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ purpose: 'department_answer', referenceCode: created.referenceCode, departmentName: 'Bürgerbüro' });
    expect(view.body).not.toContain('erika@example.org');
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/public/v1/access-links/${token}`,
      payload: { action: 'answer', answer: 'Ja, donnerstags 8–12 Uhr ohne Termin.', proposeForKnowledgeBase: true },
    });
    expect(answered.json()).toMatchObject({ status: 'answered' });
    await dispatch();
    const answerMail = mailsTo('erika@example.org').find((m) => m.subject === `Antwort zu Ihrem Anliegen ${created.referenceCode}`)!;
    expect(answerMail.text).toContain('donnerstags 8–12 Uhr');
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${created.id}`, headers: { cookie: agent } })
    ).json();
    expect(detail.status).toBe('closed');
    expect(detail.answeredAt).not.toBeNull();
    expect(detail.citizenInformedAt).not.toBeNull();
    const reused = await t.app.inject({
      method: 'POST',
      url: `/api/public/v1/access-links/${token}`,
      payload: { action: 'answer', answer: 'Noch einmal.' },
    });
    expect(reused.statusCode).toBe(404);
    const editor = await t.login('redaktion.langenhagen');
    const proposals = (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge-proposals', headers: { cookie: editor } })).json().items;
    const proposal = proposals.find((p: { requestId: string }) => p.requestId === created.id);
    expect(proposal).toMatchObject({ serviceTitle: 'Personalausweis beantragen', answer: 'Ja, donnerstags 8–12 Uhr ohne Termin.' });
    const otherEditor = await t.login('redaktion.laatzen');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/knowledge-proposals/${proposal.id}/decision`,
          headers: { cookie: otherEditor },
          payload: { decision: 'rejected' },
        })
      ).statusCode,
    ).toBe(404);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/v1/knowledge-proposals/${proposal.id}/decision`,
      headers: { cookie: editor },
      payload: { decision: 'accepted' },
    });
    expect(decided.json().status).toBe('accepted');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/knowledge-proposals/${proposal.id}/decision`,
          headers: { cookie: editor },
          payload: { decision: 'accepted' },
        })
      ).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/v1/access-links/not-a-token` })).statusCode).toBe(404);
  });

  it('asking back pauses the clock; the citizen replies by link; the clock resumes with the rest of the budget', async () => {
    const ctx = { database: t.db.database, actor: agentActor, clock: t.clock };
    const created = await forwardContact(ctx, forwardBody() as never, { settings, now: berlin('2026-03-09', '10:00') });
    expect(created.dueAt).toEqual(berlin('2026-03-10', '10:00'));
    const dep: Actor = { ...agentActor, roles: ['backoffice'], tenantId: langenhagen.id, departmentIds: [dept('Bürgerbüro').id] };
    const asked = await requests.askCitizen(
      { database: t.db.database, actor: dep, clock: t.clock },
      created.id,
      { question: 'Haben Sie einen Reisepass?' },
      { settings, now: berlin('2026-03-09', '16:00') },
    );
    expect(asked).toMatchObject({ status: 'waiting_for_citizen', dueAt: null });
    await dispatch(berlin('2026-03-09', '16:00'));
    const question = mailsTo('erika@example.org').find((m) => m.subject === `Rückfrage zu Ihrem Anliegen ${created.referenceCode}`)!;
    const token = tokenFrom(question.text!, 'rueckfrage');
    // 6 working hours used (10:00–16:00), 18 remain. Reply Friday 09:00: 15 h left that Friday, the weekend is skipped, 3 h on Monday → Monday 03:00.
    const { actThroughAccessLink } = await import('./public.service.js');
    await actThroughAccessLink(
      t.db.database,
      token,
      { action: 'citizen_reply', reply: 'Ja, bis 2030 gültig.' },
      { settings, now: berlin('2026-03-13', '09:00') },
    );
    const after = await requests.getRequest(ctx, created.id);
    expect(after.status).toBe('forwarded');
    expect(after.dueAt).toEqual(berlin('2026-03-16', '03:00'));
    expect(after.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['asked_citizen', 'citizen_replied']));
    expect(after.pausedAt).toBeNull();
  });

  it('an answer for a call-back becomes a task in the agents’ list; completing it closes the request', async () => {
    const created = await forward({ answerChannel: 'callback', citizen: { name: 'Hans Rückruf', email: null, phone: '0511 123456' } });
    const own = await t.login('fachbereich.langenhagen');
    const answered = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/answer`,
      headers: { cookie: own },
      payload: { answer: 'Der Antrag ist genehmigt.' },
    });
    expect(answered.json().status).toBe('answered');
    const tasks = (await t.app.inject({ method: 'GET', url: '/api/v1/callback-tasks', headers: { cookie: agent } })).json().items;
    const task = tasks.find((x: { requestId: string }) => x.requestId === created.id);
    expect(task).toMatchObject({ phone: '0511 123456', kind: 'answer', message: 'Der Antrag ist genehmigt.' });
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/callback-tasks/${task.id}/complete`,
      headers: { cookie: agent },
      payload: { outcome: 'done' },
    });
    expect(done.statusCode).toBe(200);
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/service-requests/${created.id}`, headers: { cookie: agent } })
    ).json();
    expect(detail.status).toBe('closed');
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/answer`,
      headers: { cookie: own },
      payload: { answer: 'Noch eine Antwort.' },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('second lock and the remaining paths', () => {
  it('another tenant’s back office can neither answer nor see the request, and RLS hides the row', async () => {
    const created = await forward();
    const foreign = await t.login('fachbereich.laatzen');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/answer`,
      headers: { cookie: foreign },
      payload: { answer: 'Fremde Antwort.' },
    });
    expect(res.statusCode).toBe(404);
    const seen = await t.db.database.scoped(onlyTenants(laatzenId), (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from service_requests where id = ${created.id}::uuid`),
    );
    expect(seen[0]!.n).toBe(0);
    const mails = await t.db.database.scoped(onlyTenants(laatzenId), (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from outbox_mail where ref_id = ${created.id}::uuid`),
    );
    expect(mails[0]!.n).toBe(0);
  });

  it('a call-back question is answered by phone: the agent records the reply, the clock runs again; first level closes a returned request', async () => {
    const created = await forward({ answerChannel: 'callback', citizen: { name: 'Rita Rückfrage', email: null, phone: '0511 222333' } });
    const own = await t.login('fachbereich.langenhagen');
    const asked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/ask-citizen`,
      headers: { cookie: own },
      payload: { question: 'Welches Baujahr hat das Haus?' },
    });
    expect(asked.json()).toMatchObject({ status: 'waiting_for_citizen', dueAt: null });
    const tasks = (await t.app.inject({ method: 'GET', url: '/api/v1/callback-tasks', headers: { cookie: agent } })).json().items;
    expect(tasks.find((x: { requestId: string }) => x.requestId === created.id)).toMatchObject({
      kind: 'question',
      message: 'Welches Baujahr hat das Haus?',
    });
    const replied = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/citizen-reply`,
      headers: { cookie: agent },
      payload: { reply: 'Baujahr 1974.' },
    });
    expect(replied.json().status).toBe('forwarded');
    expect(replied.json().dueAt).not.toBeNull();
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/citizen-reply`,
      headers: { cookie: agent },
      payload: { reply: 'Noch einmal.' },
    });
    expect(twice.statusCode).toBe(409);
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/return`,
      headers: { cookie: own },
      payload: { reason: 'Bitte im Erstkontakt klären.' },
    });
    const notByDepartment = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/close`,
      headers: { cookie: own },
      payload: { note: 'erledigt' },
    });
    expect(notByDepartment.statusCode).toBe(403);
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/service-requests/${created.id}/close`,
      headers: { cookie: agent },
      payload: { note: 'Im Erstkontakt beantwortet.' },
    });
    expect(closed.json()).toMatchObject({ status: 'closed' });
  });

  it('an expired link no longer opens', async () => {
    const ctx = { database: t.db.database, actor: agentActor, clock: t.clock };
    const created = await forwardContact(
      ctx,
      forwardBody({ question: 'Eine alte Frage aus dem Januar, die längst erledigt sein sollte.' }) as never,
      { settings, now: berlin('2026-01-05', '10:00') },
    );
    await dispatch(berlin('2026-01-05', '10:00'));
    const mail = mailsTo('buergerbuero@langenhagen.demo.example.org').find((m) => m.subject?.includes(created.referenceCode))!;
    const res = await t.app.inject({ method: 'GET', url: `/api/public/v1/access-links/${tokenFrom(mail.text!, 'antwort')}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('abgelaufen');
  });
});

describe('the public status page', () => {
  it('shows the status by reference code without personal data; wrong check part looks like unknown', async () => {
    const created = await forward();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/v1/request-status?code=${encodeURIComponent(created.referenceCode.toLowerCase())}`,
      remoteAddress: '10.0.0.1',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ referenceCode: created.referenceCode, tenantName: 'Stadt Langenhagen', status: 'forwarded' });
    expect(res.body).not.toMatch(/Erika|erika@|Personalausweis|ohne Termin/);
    const wrong = `${created.referenceCode.slice(0, -4)}ZZZZ`;
    const notFound = await t.app.inject({ method: 'GET', url: `/api/public/v1/request-status?code=${wrong}`, remoteAddress: '10.0.0.1' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.json().detail).toContain('Vorgangsnummer');
  });

  it('is rate limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push(
        (await t.app.inject({ method: 'GET', url: '/api/public/v1/request-status?code=DC-2026-000001-AAAA', remoteAddress: '10.9.9.9' }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
