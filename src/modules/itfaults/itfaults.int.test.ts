import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ALL_TENANTS, queryRows } from '../../platform/db/database.js';
import { manualClock } from '../../platform/time/clock.js';
import { testNow } from '../../../test/support/test-clock.js';
import { receiveInboundMail } from '../routing/index.js';
import { itFaultSettings } from './itfaults.settings.js';
import { signBody } from './signature.js';
import { deliverDueWebhooks } from './webhook-delivery.service.js';

type Json = Record<string, any>;
const SECRET = 'it-servicedesk-geheimnis-2026';
const TOKEN = 'it-servicedesk-token-0123456789abcdef';

/** The IT service desk's receiver: fails the first `failures` calls with 503, then accepts. */
function startReceiver(failures: number) {
  const calls: { headers: http.IncomingHttpHeaders; body: string; answered: number }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const answered = calls.length < failures ? 503 : 202;
      calls.push({ headers: req.headers, body, answered });
      res.writeHead(answered, { 'content-type': 'application/json' });
      res.end(answered === 202 ? '{"ticket":"INC-1"}' : '{"error":"busy"}');
    });
  });
  return new Promise<{ url: string; calls: typeof calls; close(): Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/it/hook`,
        calls,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const clock = manualClock(testNow());
let agent: string;
let itdesk: string;
let supervisor: string;
let backoffice: string;
const base = '/api/v1/it-faults';

async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  cookie: string | null,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await t.app.inject({
    method,
    url: `${base}${url}`,
    headers: { ...(cookie ? { cookie } : {}), ...headers },
    ...(payload === undefined
      ? {}
      : typeof payload === 'string'
        ? { payload, headers: { ...headers, ...(cookie ? { cookie } : {}), 'content-type': 'application/json' } }
        : { payload: payload as Json }),
  });
  return { status: res.statusCode, body: res.body ? res.json() : null } as { status: number; body: any };
}
const rows = <T>(query: ReturnType<typeof sql>) => t.db.database.scoped(ALL_TENANTS, (tx) => queryRows<T>(tx, query));
const settings = () => itFaultSettings(t.app.config);
const signed = (body: string, at = clock.now()) => {
  const ts = Math.floor(at.getTime() / 1000);
  return {
    'x-dialogcenter-timestamp': String(ts),
    'x-dialogcenter-signature': signBody(SECRET, ts, body),
    'content-type': 'application/json',
  };
};
const fault = (over: Json = {}) => ({
  reporter: { name: 'Karin Vogel', room: 'A 1.07', phone: '0511 168-40000', email: 'karin.vogel@hannover.demo.example.org' },
  department: 'Bürgerbüro',
  asset: 'PC-HAN-009999',
  category: 'printer',
  impact: 'team',
  urgency: 'cannot_work',
  description: 'Der Abteilungsdrucker zeigt Papierstau, obwohl kein Papier klemmt.',
  ...over,
});

beforeAll(async () => {
  receiver = await startReceiver(2);
  t = await createTestApp({
    clock,
    env: {
      ITFAULT_MAIL_TO: 'servicedesk@it.hannover.demo.example.org',
      ITFAULT_WEBHOOK_URL: receiver.url,
      ITFAULT_WEBHOOK_SECRET: SECRET,
      ITFAULT_STATUS_TOKEN: TOKEN,
      ITFAULT_TARGETS: 'P1=30min/4h,P2=1h/8h',
    },
  });
  [agent, itdesk, supervisor, backoffice] = [
    await t.login('agent'),
    await t.login('itdesk'),
    await t.login('teamleitung'),
    await t.login('fachbereich.langenhagen'),
  ];
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

describe('intake: stable API and the ITIL matrix', () => {
  it('gives the listed priority for every cell and explains it', async () => {
    const cells: [string, string, number][] = [
      ['department', 'cannot_work', 1],
      ['team', 'cannot_work', 2],
      ['department', 'hindered', 2],
      ['person', 'cannot_work', 3],
      ['team', 'hindered', 3],
      ['department', 'can_work', 3],
      ['person', 'hindered', 4],
      ['team', 'can_work', 4],
      ['person', 'can_work', 5],
    ];
    for (const [impact, urgency, priority] of cells) {
      const res = await call('POST', '', agent, {
        reporter: 'Max Muster',
        department: 'Standesamt',
        category: 'other',
        impact,
        urgency,
        description: 'Test',
      });
      expect(res.status, `${impact} × ${urgency}`).toBe(201);
      expect(res.body).toMatchObject({
        priority,
        matrixPriority: priority,
        status: 'recorded',
        reference: expect.stringMatching(/^ITS-\d{4}-\d{6}$/),
      });
    }
    const last = await call('POST', '', agent, fault());
    expect(last.body.priorityExplanation).toContain('ITIL-Matrix');
    expect(last.body.department.name).toBe('Bürgerbüro');
  });

  it('refuses bad input with a German 400 problem and stores nothing', async () => {
    const [before] = await rows<{ n: number }>(sql`select count(*)::int as n from it_faults`);
    const bad = await call('POST', '', agent, { ...fault(), impact: 'city', urgency: 'sofort', description: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.issues.map((i: Json) => i.field)).toEqual(expect.arrayContaining(['impact', 'urgency', 'description']));
    expect(bad.body.issues.find((i: Json) => i.field === 'impact').message).toMatch(/Auswirkung/);
    const unknownDepartment = await call('POST', '', agent, fault({ department: 'Ministerium für Zeitreisen' }));
    expect(unknownDepartment.status).toBe(400);
    expect(unknownDepartment.body.detail).toBe('Diesen Fachbereich gibt es im Verzeichnis nicht.');
    const noReason = await call('POST', '', agent, fault({ priority: 1 }));
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues[0].field).toBe('priorityReason');
    const extra = await call('POST', '', agent, { ...fault(), colour: 'red' });
    expect(extra.status).toBe(400);
    const [after] = await rows<{ n: number }>(sql`select count(*)::int as n from it_faults`);
    expect(after!.n).toBe(before!.n);
  });

  it('lets the agent override the matrix with a reason, visible in the explanation', async () => {
    const res = await call(
      'POST',
      '',
      agent,
      fault({ impact: 'person', urgency: 'hindered', priority: 2, priorityReason: 'Wahlamt: Briefwahl heute' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ priority: 2, matrixPriority: 4, priorityReason: 'Wahlamt: Briefwahl heute' });
    expect(res.body.priorityExplanation).toContain('Übersteuert auf P2 hoch');
  });

  it('is not open to back office or anonymous callers', async () => {
    expect((await call('POST', '', backoffice, fault())).status).toBe(403);
    expect((await call('POST', '', null, fault())).status).toBe(401);
    expect((await call('GET', '/known-errors?q=drucker', backoffice)).status).toBe(403);
  });
});

describe('known errors', () => {
  it('finds the printer known error by "drucker druckt nicht" and others by colloquial words', async () => {
    const printer = await call('GET', `/known-errors?q=${encodeURIComponent('drucker druckt nicht')}`, agent);
    expect(printer.status).toBe(200);
    expect(printer.body.items[0].title).toBe('Netzwerkdrucker im Neuen Rathaus druckt nicht');
    expect(printer.body.items[0].workaround).toMatch(/Ersatzdrucker/);
    const outlook = await call('GET', `/known-errors?q=${encodeURIComponent('Outlook will dauernd mein Passwort')}`, agent);
    expect(outlook.body.items[0].category).toBe('email');
    const typo = await call('GET', `/known-errors?q=${encodeURIComponent('Telefon kein Freizeichen')}`, agent);
    expect(typo.body.items[0].category).toBe('telephone');
    const nothing = await call('GET', `/known-errors?q=${encodeURIComponent('Kaffeemaschine')}`, agent);
    expect(nothing.body.items).toEqual([]);
  });

  it('attaches a fault to a known error instead of a new IT ticket (no hand-over)', async () => {
    const ke = (await call('GET', `/known-errors?q=${encodeURIComponent('drucker druckt nicht')}`, agent)).body.items[0];
    const res = await call('POST', '', agent, fault({ impact: 'person', urgency: 'hindered', knownErrorId: ke.id }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'known_error', knownError: { id: ke.id }, itTicketNumber: 'PRB-2026-0412' });
    const [counts] = await rows<{ deliveries: number; mails: number }>(
      sql`select (select count(*)::int from it_deliveries where fault_id = ${res.body.id}) as deliveries,
                 (select count(*)::int from outbox_mail where ref_id = ${res.body.id}) as mails`,
    );
    expect(counts).toEqual({ deliveries: 0, mails: 0 });
  });
});

describe('a whole fault from the call to its close, with the IT service desk as a local HTTP receiver', () => {
  it('hands over by mail and signed webhook (fails twice, then delivered once with the same key), takes status back and closes', async () => {
    receiver.calls.length = 0;
    // Drain deliveries queued by the earlier tests first (the receiver counts only ours below).
    const contactId = randomUUID();
    const created = await call('POST', '', agent, fault({ contactId }));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ priority: 2, status: 'recorded', contactId });
    // Target from the settings: P2 = 1 h response, 8 h resolution.
    expect(new Date(created.body.responseDueAt).getTime() - new Date(created.body.reportedAt).getTime()).toBe(3600_000);
    await rows(sql`update it_deliveries set status = 'delivered' where fault_id <> ${id} and status = 'pending'`);

    // The hand-over mail waits in the outbox, subject with the reference.
    const [mail] = await rows<{ subject: string; to_addresses: string[] }>(
      sql`select subject, to_addresses from outbox_mail where ref_id = ${id} and purpose = 'itfault.handover'`,
    );
    expect(mail!.subject).toMatch(new RegExp(`^\\[${created.body.reference}\\] P2 hoch`));

    // Attempt 1 and 2 fail (503), backing off; attempt 3 is accepted.
    const s = settings();
    const first = await deliverDueWebhooks(t.db.database, clock, s);
    expect(first).toMatchObject({ claimed: 1, delivered: 0, failed: 1 });
    expect((await deliverDueWebhooks(t.db.database, clock, s)).claimed).toBe(0); // not due before the backoff
    let detail = (await call('GET', `/${id}`, itdesk)).body;
    expect(detail.deliveries[0]).toMatchObject({ status: 'failing', attempts: 1, lastError: 'HTTP 503', lastStatusCode: 503 });
    clock.advance(31_000);
    expect(await deliverDueWebhooks(t.db.database, clock, s)).toMatchObject({ claimed: 1, failed: 1 });
    clock.advance(61_000);
    expect(await deliverDueWebhooks(t.db.database, clock, s)).toMatchObject({ claimed: 1, delivered: 1 });
    clock.advance(600_000);
    expect(await deliverDueWebhooks(t.db.database, clock, s)).toMatchObject({ claimed: 0 });
    expect(receiver.calls.map((c) => c.answered)).toEqual([503, 503, 202]);
    const keys = new Set(receiver.calls.map((c) => c.headers['idempotency-key']));
    expect(keys.size).toBe(1);
    // Each attempt is signed over its own timestamp and the body.
    for (const c of receiver.calls) {
      const ts = Number(c.headers['x-dialogcenter-timestamp']);
      expect(c.headers['x-dialogcenter-signature']).toBe(signBody(SECRET, ts, c.body));
      expect(JSON.parse(c.body)).toMatchObject({ event: 'fault.handover', idempotencyKey: [...keys][0], fault: { id, priority: 2 } });
    }
    detail = (await call('GET', `/${id}`, agent)).body;
    expect(detail).toMatchObject({ status: 'handed_over', deliveries: [{ status: 'delivered', attempts: 3, lastError: null }] });

    // Status back, signed: accepted with the IT ticket.
    clock.advance(60_000);
    const acceptBody = JSON.stringify({ status: 'accepted', itTicketNumber: 'INC-2026-55555', message: 'Techniker unterwegs' });
    const headers = signed(acceptBody);
    const accepted = await t.app.inject({ method: 'POST', url: `${base}/${id}/status`, headers, payload: acceptBody });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', itTicketNumber: 'INC-2026-55555', itMessage: 'Techniker unterwegs' });

    // The same call again (replay), a forged signature, an old timestamp, a wrong token: 401, nothing changes.
    const before = (await call('GET', `/${id}`, agent)).body;
    const replay = await t.app.inject({ method: 'POST', url: `${base}/${id}/status`, headers, payload: acceptBody });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().detail).toMatch(/Wiederholung/);
    const closeBody = JSON.stringify({ status: 'closed' });
    const forged = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/status`,
      headers: { ...signed(acceptBody) },
      payload: closeBody,
    });
    expect(forged.statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/status`,
      headers: signed(closeBody, new Date(clock.now().getTime() - 600_000)),
      payload: closeBody,
    });
    expect(old.statusCode).toBe(401);
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/status`,
      headers: { authorization: 'Bearer falsch', 'content-type': 'application/json' },
      payload: closeBody,
    });
    expect(wrongToken.statusCode).toBe(401);
    const garbage = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/status`,
      headers: { 'x-dialogcenter-signature': 'sha256=00', 'content-type': 'application/json' },
      payload: '{"status":',
    });
    expect(garbage.statusCode).toBe(401);
    const after = (await call('GET', `/${id}`, agent)).body;
    expect(after.status).toBe('accepted');
    expect(after.events.length).toBe(before.events.length);
    expect(after.version).toBe(before.version);

    // By token: in progress. Bad body with a valid token: 400, German.
    clock.advance(60_000);
    const bearer = { authorization: `Bearer ${TOKEN}` };
    expect((await call('POST', `/${id}/status`, null, { status: 'in_progress' }, bearer)).body.status).toBe('in_progress');
    const badStatus = await call('POST', `/${id}/status`, null, { status: 'erledigt' }, bearer);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.issues[0].message).toMatch(/Status muss/);

    // A mail reply with the reference in the subject: waiting.
    await receiveInboundMail(t.db.database, clock, {
      messageId: `<${randomUUID()}@it.hannover.demo.example.org>`,
      fromAddress: 'servicedesk@it.hannover.demo.example.org',
      fromName: 'IT-Service-Desk',
      to: ['dialogcenter@hannover.demo.example.org'],
      subject: `AW: [${created.body.reference}] P2 hoch: Drucker, Bürgerbüro`,
      text: 'Status: wartet\nErsatzteil bestellt.\n\nAm 02.12.2026 schrieb DialogCenter:\n> Neue IT-Störung',
    });
    expect((await call('GET', `/${id}`, agent)).body).toMatchObject({ status: 'waiting', itMessage: 'Ersatzteil bestellt.' });
    // From a stranger the same subject is no status (it goes to the queue as an ordinary mail).
    await receiveInboundMail(t.db.database, clock, {
      messageId: `<${randomUUID()}@example.com>`,
      fromAddress: 'jemand@example.com',
      fromName: null,
      to: ['dialogcenter@hannover.demo.example.org'],
      subject: `AW: [${created.body.reference}]`,
      text: 'Status: geschlossen',
    });
    expect((await call('GET', `/${id}`, agent)).body.status).toBe('waiting');

    // Resolved with a workaround: proposes a known error; then closed, which is final.
    clock.advance(3600_000);
    const resolvedBody = JSON.stringify({
      status: 'resolved',
      message: 'Fixiereinheit getauscht',
      workaround: 'Bis dahin am Drucker im Flur drucken.',
    });
    expect(
      (await t.app.inject({ method: 'POST', url: `${base}/${id}/status`, headers: signed(resolvedBody), payload: resolvedBody }))
        .statusCode,
    ).toBe(200);
    const proposals = (await call('GET', '/known-errors', itdesk)).body.items.filter((k: Json) => k.proposedFromFaultId === id);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      status: 'proposed',
      workaround: 'Bis dahin am Drucker im Flur drucken.',
      itTicketNumber: 'INC-2026-55555',
    });
    // Agents do not see unconfirmed proposals; the IT desk confirms it.
    expect((await call('GET', '/known-errors', agent)).body.items.some((k: Json) => k.id === proposals[0].id)).toBe(false);
    const confirmed = await call('PATCH', `/known-errors/${proposals[0].id}`, itdesk, {
      status: 'workaround',
      version: proposals[0].version,
    });
    expect(confirmed.body.status).toBe('workaround');
    expect((await call('POST', `/${id}/status`, null, { status: 'closed' }, bearer)).body).toMatchObject({ status: 'closed' });
    expect((await call('POST', `/${id}/status`, null, { status: 'in_progress' }, bearer)).status).toBe(409);

    const final = (await call('GET', `/${id}`, agent)).body;
    expect(final.respondedAt).not.toBeNull();
    expect(final.isResponseOverdue).toBe(false);
    // The reporter got a mail per status change.
    const [reporterMails] = await rows<{ n: number }>(
      sql`select count(*)::int as n from outbox_mail where ref_id = ${id} and purpose = 'itfault.reporter'`,
    );
    expect(reporterMails!.n).toBe(5);

    // The report has the fault under P2 / printer.
    const report = (await call('GET', '/report', supervisor)).body;
    const line = report.lines.find((l: Json) => l.priority === 2 && l.category === 'printer');
    expect(line.faults).toBeGreaterThanOrEqual(1);
    expect(line.resolved).toBeGreaterThanOrEqual(1);
    expect(report.targets[0]).toEqual({ priority: 1, label: 'P1 kritisch', responseMinutes: 30, resolutionMinutes: 240 });
    expect((await call('GET', '/report', agent)).status).toBe(403);
    expect((await call('GET', '/report?from=2026-13-01', supervisor)).status).toBe(400);
  });

  it('marks faults overdue when IT does not answer in time', async () => {
    const res = await call('POST', '', agent, fault({ impact: 'department', urgency: 'cannot_work' }));
    expect(res.body.isResponseOverdue).toBe(false);
    clock.advance(31 * 60_000);
    const listed = (await call('GET', '', agent)).body.items.find((f: Json) => f.id === res.body.id);
    expect(listed).toMatchObject({ priority: 1, isResponseOverdue: true, isResolutionOverdue: false });
  });

  it('gives up a delivery after the maximum of attempts and shows the last error', async () => {
    const [row] = await rows<{ id: string }>(
      sql`insert into it_deliveries (tenant_id, event, url, payload, next_attempt_at, attempts)
          select tenant_id, 'fault.handover', 'http://127.0.0.1:9/nothing', '{}'::jsonb, ${clock.now()}, 7 from it_faults limit 1 returning id`,
    );
    await deliverDueWebhooks(t.db.database, clock, { ...settings(), webhookTimeoutMs: 2000 });
    const [after] = await rows<{ status: string; last_error: string; attempts: number }>(
      sql`select status, last_error, attempts from it_deliveries where id = ${row!.id}`,
    );
    expect(after).toMatchObject({ status: 'given_up', attempts: 8 });
    expect(after!.last_error).toBeTruthy();
  });
});

describe('mass outage', () => {
  it('is declared by IT, streamed to desktops, counts ten calls once each, and tells IT once on closing', async () => {
    expect((await call('POST', '/outages', agent, { title: 'x', category: 'email', since: clock.now(), callerMessage: 'x' })).status).toBe(
      403,
    );
    const since = new Date(clock.now().getTime() - 45 * 60_000);
    const declared = await call('POST', '/outages', itdesk, {
      title: 'E-Mail gestört',
      category: 'email',
      since: since.toISOString(),
      callerMessage: 'Der E-Mail-Versand ist gestört; die IT arbeitet daran.',
    });
    expect(declared.status).toBe(201);
    const outageId = declared.body.id as string;

    // The banner's stream delivers the active outage.
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const firstEvent = await new Promise<string>((resolve, reject) => {
      const req = http.get(`${address}${base}/outages/stream`, { headers: { cookie: agent } }, (res) => {
        let data = '';
        res.on('data', (chunk) => {
          data += chunk;
          if (data.includes('event: outages')) {
            req.destroy();
            resolve(data);
          }
        });
      });
      req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
    });
    expect(firstEvent).toContain('E-Mail gestört');

    const contacts = Array.from({ length: 10 }, () => randomUUID());
    for (const contactId of contacts) {
      const counted = await call('POST', `/outages/${outageId}/calls`, agent, { contactId, reporterName: 'Anrufer/in' });
      expect(counted.body.wasCounted).toBe(true);
    }
    const again = await call('POST', `/outages/${outageId}/calls`, agent, { contactId: contacts[0] });
    expect(again.body).toMatchObject({ wasCounted: false, callCount: 10 });
    expect((await call('GET', '/outages', agent)).body.items.find((o: Json) => o.id === outageId).callCount).toBe(10);
    // Calls about the outage are no faults of their own.
    const [faults] = await rows<{ n: number }>(
      sql`select count(*)::int as n from it_faults where contact_id in (${sql.join(
        contacts.map((c) => sql`${c}::uuid`),
        sql`, `,
      )})`,
    );
    expect(faults!.n).toBe(0);

    const closed = await call('POST', `/outages/${outageId}/close`, itdesk, { note: 'Mailgateway neu gestartet' });
    expect(closed.body).toMatchObject({ status: 'closed', callCount: 10 });
    expect((await call('POST', `/outages/${outageId}/close`, supervisor, {})).status).toBe(409);
    expect((await call('POST', `/outages/${outageId}/calls`, agent, {})).status).toBe(409);
    const mails = await rows<{ subject: string; body_text: string }>(
      sql`select subject, body_text from outbox_mail where ref_id = ${outageId}`,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Störung beendet: E-Mail gestört (10 Anrufe)');
    const deliveries = await rows<{ payload: Json }>(sql`select payload from it_deliveries where outage_id = ${outageId}`);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.payload).toMatchObject({ event: 'outage.closed', outage: { callCount: 10 } });
    expect((await call('GET', '/outages', agent)).body.items.some((o: Json) => o.id === outageId)).toBe(false);
  });
});

describe('the routed queue and tenants', () => {
  it('turns a mail to the fault address into a work item "IT-Störung"', async () => {
    const messageId = `<${randomUUID()}@hannover.demo.example.org>`;
    await receiveInboundMail(t.db.database, clock, {
      messageId,
      fromAddress: 'kai.lenz@hannover.demo.example.org',
      fromName: 'Kai Lenz',
      to: ['it-stoerung@dialogcenter.hannover.demo.example.org'],
      subject: 'Scanner geht nicht',
      text: 'Der Scanner im Bürgerbüro scannt nicht mehr.',
    });
    const [item] = await rows<{ subject: string; payload: Json; priority: number }>(
      sql`select subject, payload, priority from work_items where source_ref = ${`mail:${messageId}`}`,
    );
    expect(item).toMatchObject({ subject: 'IT-Störung: Scanner geht nicht', priority: 1, payload: { itFault: true } });
  });

  it("keeps another tenant's fault from the host-bound IT desk (404) and from back office (403)", async () => {
    const [langenhagen] = await rows<{ id: string }>(sql`select id from tenants where slug = 'langenhagen'`);
    const other = await call('POST', '', agent, fault({ tenantId: langenhagen!.id }));
    expect(other.status).toBe(201);
    expect((await call('GET', `/${other.body.id}`, itdesk)).status).toBe(404);
    expect((await call('GET', '', itdesk)).body.items.some((f: Json) => f.id === other.body.id)).toBe(false);
    expect((await call('POST', `/${other.body.id}/status`, itdesk, { status: 'accepted' })).status).toBe(404);
    expect((await call('GET', `/${other.body.id}`, backoffice)).status).toBe(403);
    expect((await call('GET', `/${other.body.id}`, agent)).status).toBe(200);
  });
});
