import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows, type Tx } from '../src/platform/db/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Data protection (issue 16, decision 0137): retention per kind of data set by the administration
 * and applied by the daily run with its counts; citizens' requests found across the modules,
 * exported (JSON, PDF), restricted and erased with a record for the auditor; the records of
 * processing activities (Art. 30). The run's instant is the test clock; ages are set relative to it.
 */

let t: TestApp;
const DAY = 86_400_000;
const EMAIL = 'hedwig.auskunft@example.org';
const PHONE = '0511 7788990';
const all = <T>(fn: (tx: Tx) => Promise<T>) => t.db.database.scoped(ALL_TENANTS, fn);
const one = async <T>(query: ReturnType<typeof sql>) => (await all((tx) => queryRows<T>(tx, query)))[0]!;

let admin: string;
let auditor: string;
let officer: string;
let agent: string;
let requestId: string;
let referenceCode: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/privacy${url}`, headers: { cookie }, payload });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  auditor = await t.login('revision');
  officer = await t.login('datenschutz');
  agent = await t.login('agent');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
    id: string;
    slug: string;
  }[];
  const langenhagen = tenants.find((x) => x.slug === 'langenhagen')!;
  const departments = (
    await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${langenhagen.id}/departments`, headers: { cookie: agent } })
  ).json().items as { id: string }[];
  const forwarded = await t.app.inject({
    method: 'POST',
    url: '/api/v1/service-requests',
    headers: { cookie: agent },
    payload: {
      tenantId: langenhagen.id,
      departmentId: departments[0]!.id,
      serviceTitle: 'Wohngeld',
      question: 'Wie lange dauert die Bearbeitung meines Wohngeldantrags?',
      citizen: { name: 'Hedwig Auskunft', email: EMAIL, phone: PHONE },
      answerChannel: 'email',
    },
  });
  expect(forwarded.statusCode, forwarded.body).toBe(201);
  ({ id: requestId, referenceCode } = forwarded.json());
  const form = await t.app.inject({
    method: 'POST',
    url: '/api/v1/public/contact-form',
    payload: { tenant: 'langenhagen', name: 'Hedwig Auskunft', email: EMAIL, subject: 'Wohngeld', message: 'Wann kommt mein Bescheid?' },
  });
  expect(form.statusCode, form.body).toBe(202);
});
afterAll(() => t?.close());

describe('retention per kind of data', () => {
  it('shows lawful defaults, refuses bad settings without storing any, stores good ones (admin only)', async () => {
    const list = (await call('GET', '/retention', admin)).json().items as { kind: string; days: number; defaultDays: number }[];
    expect(list.map((r) => r.kind)).toEqual(
      expect.arrayContaining([
        'caller_numbers',
        'contact_notes',
        'forwarded_requests',
        'chat_transcripts',
        'appointments',
        'dispatch_callers',
        'it_faults',
        'search_logs',
      ]),
    );
    for (const r of list) expect(r.days).toBe(r.defaultDays);

    const bad = await call('PUT', '/retention', admin, {
      items: [
        { kind: 'caller_numbers', days: 30, version: 0 },
        { kind: 'gibt_es_nicht', days: 10, version: 0 },
        { kind: 'contact_notes', days: 2, version: 0 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['items.1.kind', 'items.2.days']);
    expect((await call('GET', '/retention', admin)).json().items.find((r: { kind: string }) => r.kind === 'caller_numbers').days).toBe(90);

    expect((await call('PUT', '/retention', agent, { items: [{ kind: 'caller_numbers', days: 30, version: 0 }] })).statusCode).toBe(403);
    // Without the version it read, a save is refused (optimistic locking, as on the other admin pages).
    expect((await call('PUT', '/retention', admin, { items: [{ kind: 'caller_numbers', days: 30 }] })).statusCode).toBe(400);
    const ok = await call('PUT', '/retention', admin, { items: [{ kind: 'caller_numbers', days: 30, version: 0 }] });
    expect(ok.statusCode, ok.body).toBe(200);
    const saved = ok.json().items.find((r: { kind: string }) => r.kind === 'caller_numbers');
    expect(saved).toMatchObject({ days: 30, updatedBy: 'admin', version: 1 });

    // A second admin's save from the same (now old) page is refused and changes nothing, also not its other items.
    const stale = await call('PUT', '/retention', admin, {
      items: [
        { kind: 'contact_notes', days: 200, version: 0 },
        { kind: 'caller_numbers', days: 60, version: 0 },
      ],
    });
    expect(stale.statusCode, stale.body).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    const after = (await call('GET', '/retention', admin)).json().items as { kind: string; days: number; defaultDays: number }[];
    expect(after.find((r) => r.kind === 'caller_numbers')!.days).toBe(30);
    const notes = after.find((r) => r.kind === 'contact_notes')!;
    expect(notes.days).toBe(notes.defaultDays);
    const again = await call('PUT', '/retention', admin, { items: [{ kind: 'caller_numbers', days: 30, version: 1 }] });
    expect(again.json().items.find((r: { kind: string }) => r.kind === 'caller_numbers').version).toBe(2);
  });

  it('the run deletes or anonymises what is due, counts per kind, keeps statistics, and a second run finds nothing more', async () => {
    const now = t.clock.now().getTime();
    // A closed request 400 days ago, a contact's caller number 40 days old (setting: 30), a chat 100 days ago.
    await all(async (tx) => {
      await tx.execute(
        sql`update service_requests set status = 'closed', closed_at = ${new Date(now - 400 * DAY)} where id = ${requestId}`,
      );
      await tx.execute(
        sql`update contacts set caller_number = '05111234567', started_at = ${new Date(now - 40 * DAY)} where id = (select id from contacts order by id limit 1)`,
      );
    });
    const before = await one<{ requests: number; rollups: number; contacts: number }>(
      sql`select (select count(*)::int from service_requests) as requests, (select count(*)::int from call_rollups) as rollups, (select count(*)::int from contacts) as contacts`,
    );
    const run = await call('POST', '/retention/run', admin);
    expect(run.statusCode, run.body).toBe(200);
    const counts = run.json().counts as Record<string, number>;
    expect(counts.forwarded_requests).toBeGreaterThanOrEqual(1);
    expect(counts.caller_numbers).toBeGreaterThanOrEqual(1);
    expect(run.json().cutoffs.caller_numbers).toBe(new Date(now - 30 * DAY).toISOString());

    const request = await one<{ citizen_name: string; citizen_email: string; question: string; closed_at: Date }>(
      sql`select citizen_name, citizen_email, question, closed_at from service_requests where id = ${requestId}`,
    );
    expect(request).toMatchObject({ citizen_name: '(gelöscht)', citizen_email: 'geloescht@anonym.invalid', question: '(gelöscht)' });
    expect(request.closed_at).not.toBeNull();
    const after = await one<typeof before>(
      sql`select (select count(*)::int from service_requests) as requests, (select count(*)::int from call_rollups) as rollups, (select count(*)::int from contacts) as contacts`,
    );
    expect(after).toEqual(before);
    const old = await one<{ n: number }>(
      sql`select count(*)::int as n from contacts where caller_number is not null and started_at < ${new Date(now - 30 * DAY)}`,
    );
    expect(old.n).toBe(0);

    const again = (await call('POST', '/retention/run', admin)).json().counts as Record<string, number>;
    expect(again.forwarded_requests).toBe(0);
    expect(again.caller_numbers).toBe(0);

    const runs = await call('GET', '/retention/runs', auditor);
    expect(runs.statusCode).toBe(200);
    expect(runs.json().items).toHaveLength(2);
    expect((await call('GET', '/retention/runs', agent)).statusCode).toBe(403);
  });
});

describe("a citizen's requests (Art. 15, 17, 18)", () => {
  const reason = 'Auskunftsersuchen per Brief vom 01.12.2026, Az. DS-2026-17';

  it('finds the person across modules by e-mail, phone and reference code; refuses a bare name', async () => {
    const byEmail = await call('POST', '/subjects/search', officer, { subject: { email: EMAIL.toUpperCase() }, reason });
    expect(byEmail.statusCode, byEmail.body).toBe(200);
    const modules = (byEmail.json().items as { module: string }[]).map((r) => r.module);
    expect(modules).toEqual(expect.arrayContaining(['routing']));
    const byCode = (await call('POST', '/subjects/search', officer, { subject: { referenceCode }, reason })).json().items;
    expect(byCode.map((r: { id: string }) => r.id)).toContain(requestId);

    const bare = await call('POST', '/subjects/search', officer, { subject: { name: 'Hedwig Auskunft' }, reason });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().issues[0].field).toBe('subject.birthDate');
    expect((await call('POST', '/subjects/search', officer, { subject: {}, reason })).statusCode).toBe(400);
    expect((await call('POST', '/subjects/search', officer, { subject: { email: EMAIL }, reason: 'kurz' })).statusCode).toBe(400);
    for (const cookie of [admin, agent, auditor])
      expect((await call('POST', '/subjects/search', cookie, { subject: { email: EMAIL }, reason })).statusCode).toBe(403);
  });

  it('exports as JSON and PDF, restricts one record, erases the rest, and the auditor sees who did what and why', async () => {
    const json = await call('POST', '/subjects/export?format=json', officer, { subject: { email: EMAIL }, reason });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.body).toContain(EMAIL);
    const pdf = await call('POST', '/subjects/export?format=pdf', officer, { subject: { email: EMAIL }, reason });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');

    const found = (await call('POST', '/subjects/search', officer, { subject: { email: EMAIL }, reason })).json().items as {
      id: string;
      module: string;
    }[];
    const workItem = found.find((r) => r.module === 'routing')!;
    const restricted = await call('POST', '/subjects/restrict', officer, { subject: { email: EMAIL }, reason, recordIds: [workItem.id] });
    expect(restricted.statusCode, restricted.body).toBe(200);
    expect(restricted.json().restricted).toBe(1);

    const erased = await call('POST', '/subjects/erase', officer, { subject: { email: EMAIL }, reason: 'Löschersuchen vom 01.12.2026' });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().keptRestricted).toBe(1);
    const left = (await call('POST', '/subjects/search', officer, { subject: { email: EMAIL }, reason })).json().items as {
      id: string;
      restricted: boolean;
    }[];
    expect(left).toEqual([expect.objectContaining({ id: workItem.id, restricted: true })]);

    const log = await call('GET', '/requests', auditor);
    expect(log.statusCode).toBe(200);
    const kinds = (log.json().items as { kind: string; actorName: string; reason: string }[]).map((r) => `${r.kind}:${r.actorName}`);
    expect(kinds).toEqual(expect.arrayContaining(['access:datenschutz', 'restriction:datenschutz', 'erasure:datenschutz']));
    expect((await call('GET', '/requests', admin)).statusCode).toBe(403);
    const audit = await one<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action in ('privacy.erased', 'privacy.restricted', 'privacy.access_exported')`,
    );
    expect(audit.n).toBe(4);
  });
});

describe('records of processing activities (Art. 30)', () => {
  it('lists purposes, data kinds, recipients and retention per module as JSON, PDF and XLSX', async () => {
    const json = await call('GET', '/processing-activities', auditor);
    expect(json.statusCode).toBe(200);
    const items = json.json().items as { module: string; retention: { kind: string; days: number }[] }[];
    expect(new Set(items.map((i) => i.module))).toEqual(
      new Set(['contacts', 'routing', 'tickets', 'appointments', 'dispatch', 'itfaults', 'knowledge', 'assistant', 'mail', 'audit']),
    );
    expect(items.find((i) => i.module === 'contacts')!.retention.find((r) => r.kind === 'caller_numbers')!.days).toBe(30);
    const pdf = await call('GET', '/processing-activities?format=pdf', admin);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const xlsx = await call('GET', '/processing-activities?format=xlsx', officer);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await call('GET', '/processing-activities', agent)).statusCode).toBe(403);
  });
});

describe('the audit trail as a retention kind', () => {
  it('deletes entries past their period in the run (and records the run); outside the run the trail stays append-only', async () => {
    const now = t.clock.now().getTime();
    const at = (days: number) => new Date(now - days * DAY);
    await all((tx) =>
      tx.execute(
        sql`insert into audit_log (at, actor_name, action, entity_type, entity_id) values
              (${at(800)}, 'altkonto', 'test.old_entry', 'test', 'alt-1'),
              (${at(700)}, 'altkonto', 'test.kept_entry', 'test', 'alt-2')`,
      ),
    );
    // The app role deletes nothing of the trail (no privilege), and changes nothing even with the switch on.
    await expect(all((tx) => tx.execute(sql`delete from audit_log where entity_id = 'alt-1'`))).rejects.toThrow();
    await expect(
      all(async (tx) => {
        await tx.execute(sql`select set_config('app.audit_retention', 'on', true)`);
        await tx.execute(sql`delete from audit_log where entity_id = 'alt-1'`);
      }),
    ).rejects.toThrow();
    await expect(
      all(async (tx) => {
        await tx.execute(sql`select set_config('app.audit_retention', 'on', true)`);
        await tx.execute(sql`update audit_log set actor_name = 'anders' where entity_id = 'alt-1'`);
      }),
    ).rejects.toThrow();

    const rule = (await call('GET', '/retention', admin)).json().items.find((r: { kind: string }) => r.kind === 'audit_trail');
    expect(rule).toMatchObject({ days: 730, defaultDays: 730 });
    const refused = await call('PUT', '/retention', admin, { items: [{ kind: 'audit_trail', days: 30, version: rule.version ?? 0 }] });
    expect(refused.statusCode).toBe(400);

    const run = await call('POST', '/retention/run', admin);
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().counts.audit_trail).toBeGreaterThanOrEqual(1);
    const left = await all((tx) =>
      queryRows<{ entity_id: string }>(tx, sql`select entity_id from audit_log where entity_type = 'test' order by entity_id`),
    );
    expect(left.map((r) => r.entity_id)).toEqual(['alt-2']);
    const recorded = await one<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'privacy.retention_run'`);
    expect(recorded.n).toBeGreaterThanOrEqual(1);
    // The setting is local to the run's transaction: afterwards a delete is refused again.
    await expect(all((tx) => tx.execute(sql`delete from audit_log where entity_id = 'alt-2'`))).rejects.toThrow();

    const activities = (await call('GET', '/processing-activities?format=json', auditor)).json().items as { module: string }[];
    expect(activities.map((a) => a.module)).toEqual(expect.arrayContaining(['audit', 'assistant']));
  });
});
