import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows, type Tx } from '../src/platform/db/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Retention and the restriction of processing (Art. 18 GDPR, decision 0137): a record a privacy officer
 * restricted is neither deleted nor anonymised by the retention run while restricted; the run keeps it,
 * marks it and counts it as "kept: restricted". The outbox's mails (recipients, text) are purged after their
 * period, the row's metadata stays; a restricted record keeps its mails, an erased one loses them. Ages are
 * set relative to the test clock.
 */

let t: TestApp;
const DAY = 86_400_000;
const KEPT_EMAIL = 'ingrid.einschraenkung@example.org';
const GONE_EMAIL = 'otto.frist@example.org';
const ERASE_EMAIL = 'paula.loeschung@example.org';
const PHONE = '0511 6655443';
const reason = 'Einschränkung nach Art. 18 DSGVO, Schreiben vom 01.12.2026';
const all = <T>(fn: (tx: Tx) => Promise<T>) => t.db.database.scoped(ALL_TENANTS, fn);
const rows = <T>(query: ReturnType<typeof sql>) => all((tx) => queryRows<T>(tx, query));

let admin: string;
let officer: string;
const ids: Record<string, string> = {};

const privacy = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1/privacy${url}`, headers: { cookie }, payload });

interface MailRow {
  ref_id: string | null;
  purpose: string;
  status: string;
  to_addresses: string[];
  subject: string;
  body_text: string;
  sent_at: Date | null;
  purged_at: Date | null;
}
const mailsOf = (refId: string) =>
  rows<MailRow>(
    sql`select ref_id, purpose, status, to_addresses, subject, body_text, sent_at, purged_at from outbox_mail where ref_id = ${refId} order by created_at`,
  );

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  officer = await t.login('datenschutz');
  const agent = await t.login('agent');
  const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
    id: string;
    slug: string;
  }[];
  const tenant = tenants.find((x) => x.slug === 'langenhagen')!;
  const departments = (
    await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${tenant.id}/departments`, headers: { cookie: agent } })
  ).json().items as { id: string }[];
  for (const [key, email] of [
    ['kept', KEPT_EMAIL],
    ['gone', GONE_EMAIL],
    ['erase', ERASE_EMAIL],
  ] as const) {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: {
        tenantId: tenant.id,
        departmentId: departments[0]!.id,
        serviceTitle: 'Wohngeld',
        question: `Frage von ${email} zum Wohngeld`,
        citizen: { name: `Person ${key}`, email },
        answerChannel: 'email',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    ids[key] = created.json().id;
  }
  const now = t.clock.now().getTime();
  await all(async (tx) => {
    // Two requests closed 400 days ago (past the 365 days), with their mails sent 40 days ago (past the 30 days).
    await tx.execute(
      sql`update service_requests set status = 'closed', closed_at = ${new Date(now - 400 * DAY)} where id in (${ids.kept}, ${ids.gone})`,
    );
    await tx.execute(
      sql`update outbox_mail set status = 'sent', sent_at = ${new Date(now - 40 * DAY)} where ref_id in (${ids.kept}, ${ids.gone})`,
    );
    await tx.execute(sql`update outbox_mail set status = 'sent', sent_at = ${new Date(now - 5 * DAY)} where ref_id = ${ids.erase}`);
    // A contact 400 days old with the citizen's number and a note.
    const [contact] = await queryRows<{ id: string }>(
      tx,
      sql`update contacts set caller_number = ${PHONE}, note = 'Rückfrage zum Wohngeld', started_at = ${new Date(now - 400 * DAY)}
          where id = (select id from contacts order by id limit 1) returning id`,
    );
    ids.contact = contact!.id;
    // Mails without a record: one failed for good 40 days ago, one pending as old, one sent 10 days ago.
    await tx.execute(
      sql`insert into outbox_mail (tenant_id, purpose, to_addresses, subject, body_text, status, attempts, next_attempt_at, last_error, created_at)
          values (${tenant.id}, 'probe.failed', array['fehl.adresse@example.org'], 'Betreff', 'Text mit Daten', 'failed', 10,
                  ${new Date(now - 40 * DAY)}, '550 fehl.adresse@example.org unbekannt', ${new Date(now - 41 * DAY)}),
                 (${tenant.id}, 'probe.pending', array['warten@example.org'], 'Betreff', 'Text', 'pending', 0,
                  ${new Date(now - 40 * DAY)}, null, ${new Date(now - 41 * DAY)}),
                 (${tenant.id}, 'probe.recent', array['neu@example.org'], 'Betreff', 'Text', 'sent', 1,
                  ${new Date(now - 10 * DAY)}, null, ${new Date(now - 10 * DAY)})`,
    );
    await tx.execute(sql`update outbox_mail set sent_at = ${new Date(now - 10 * DAY)} where purpose = 'probe.recent'`);
  });
});
afterAll(() => t?.close());

describe('retention respects a restriction of processing (Art. 18)', () => {
  it('says per kind whether a restriction holds it back', async () => {
    const items = (await privacy('GET', '/retention', admin)).json().items as {
      kind: string;
      restrictable: boolean;
      restrictionNote: string | null;
      defaultDays: number;
    }[];
    const byKind = new Map(items.map((i) => [i.kind, i]));
    for (const kind of [
      'caller_numbers',
      'contact_notes',
      'chat_transcripts',
      'written_messages',
      'forwarded_requests',
      'appointments',
      'dispatch_callers',
      'it_faults',
      'assistant_transcripts',
      'mail_outbox',
    ])
      expect(byKind.get(kind), kind).toMatchObject({ restrictable: true, restrictionNote: null });
    for (const kind of ['search_logs', 'audit_trail']) expect(byKind.get(kind)!.restrictionNote, kind).toBeTruthy();
    expect(byKind.get('mail_outbox')!.defaultDays).toBe(30);
  });

  it('keeps, marks and counts the restricted records; the others and their mails go; metadata of mails stays', async () => {
    for (const subject of [{ email: KEPT_EMAIL }, { phone: PHONE }]) {
      const restricted = await privacy('POST', '/subjects/restrict', officer, { subject, reason });
      expect(restricted.statusCode, restricted.body).toBe(200);
      expect(restricted.json().restricted).toBeGreaterThanOrEqual(1);
    }
    const keptMailsBefore = await mailsOf(ids.kept!);
    expect(keptMailsBefore.length).toBeGreaterThanOrEqual(1);
    expect((await mailsOf(ids.gone!)).length).toBeGreaterThanOrEqual(1);

    const run = await privacy('POST', '/retention/run', admin);
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().kept).toMatchObject({ forwarded_requests: 1, mail_outbox: 1, caller_numbers: 1, contact_notes: 1 });
    expect(run.json().counts.forwarded_requests).toBeGreaterThanOrEqual(1);
    expect(run.json().counts.mail_outbox).toBeGreaterThanOrEqual(2);

    const [kept, gone] = await Promise.all(
      [ids.kept, ids.gone].map(
        async (id) =>
          (
            await rows<{ citizen_name: string; citizen_email: string }>(
              sql`select citizen_name, citizen_email from service_requests where id = ${id}`,
            )
          )[0]!,
      ),
    );
    expect(kept).toEqual({ citizen_name: 'Person kept', citizen_email: KEPT_EMAIL });
    expect(gone!.citizen_name).toBe('(gelöscht)');
    const [contact] = await rows<{ caller_number: string | null; note: string | null }>(
      sql`select caller_number, note from contacts where id = ${ids.contact}`,
    );
    expect(contact).toEqual({ caller_number: PHONE, note: 'Rückfrage zum Wohngeld' });

    // The restricted request's mails are untouched; the other's are purged, keeping purpose, status and times.
    expect(await mailsOf(ids.kept!)).toEqual(keptMailsBefore);
    for (const mail of await mailsOf(ids.gone!)) {
      expect(mail).toMatchObject({ status: 'sent', to_addresses: ['(gelöscht)'], subject: '(gelöscht)', body_text: '(gelöscht)' });
      expect(mail.purpose).toMatch(/^request\./);
      expect(mail.sent_at).not.toBeNull();
      expect(mail.purged_at).not.toBeNull();
    }
    const probes = await rows<{ purpose: string; to_addresses: string[]; last_error: string | null; purged: boolean }>(
      sql`select purpose, to_addresses, last_error, purged_at is not null as purged from outbox_mail where purpose like 'probe.%' order by purpose`,
    );
    expect(probes).toEqual([
      { purpose: 'probe.failed', to_addresses: ['(gelöscht)'], last_error: '550 (gelöscht) unbekannt', purged: true },
      { purpose: 'probe.pending', to_addresses: ['warten@example.org'], last_error: null, purged: false },
      { purpose: 'probe.recent', to_addresses: ['neu@example.org'], last_error: null, purged: false },
    ]);

    // Marked: the officer sees since when retention would have removed the record.
    const found = (await privacy('POST', '/subjects/search', officer, { subject: { email: KEPT_EMAIL }, reason })).json().items as {
      id: string;
      restricted: boolean;
      retentionDueSince: string | null;
    }[];
    expect(found.find((r) => r.id === ids.kept)).toMatchObject({ restricted: true, retentionDueSince: t.clock.now().toISOString() });

    // A second run keeps them again (still restricted) and finds nothing else due.
    const again = (await privacy('POST', '/retention/run', admin)).json();
    expect(again.kept).toMatchObject({ forwarded_requests: 1, mail_outbox: 1 });
    expect(again.counts.forwarded_requests).toBe(0);
    expect(again.counts.mail_outbox).toBe(0);
    const recorded = await rows<{ details: { keptRestricted: Record<string, number> } }>(
      sql`select details from audit_log where action = 'privacy.retention_run' order by at desc limit 1`,
    );
    expect(recorded[0]!.details.keptRestricted).toMatchObject({ forwarded_requests: 1 });
  });

  it('an erasure (Art. 17) purges the record’s mails with it', async () => {
    expect((await mailsOf(ids.erase!)).some((m) => m.purged_at === null)).toBe(true);
    const erased = await privacy('POST', '/subjects/erase', officer, {
      subject: { email: ERASE_EMAIL },
      reason: 'Löschersuchen vom 01.12.2026',
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const mails = await mailsOf(ids.erase!);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    for (const mail of mails) expect(mail).toMatchObject({ to_addresses: ['(gelöscht)'], body_text: '(gelöscht)' });
    const text = JSON.stringify(await rows(sql`select to_addresses, subject, body_text from outbox_mail where ref_id = ${ids.erase}`));
    expect(text).not.toContain(ERASE_EMAIL);
  });
});
