import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ALL_TENANTS, onlyTenants, openPostgres, queryRows, type Database } from '../db/database.js';
import { manualClock } from '../time/clock.js';
import { dispatchOutbox, messageIdOf, retryDelayMs, type DispatchOptions } from './dispatcher.js';
import { claimDueMails } from './mail.repository.js';
import { enqueueMail, type OutgoingMail } from './outbox.js';
import { freePort, startSilentServer, startSmtpSink } from './smtp-sink.test-support.js';
import { defaultSmtpTimeouts, smtpTransport, type MailTransport, type SmtpSettings } from './transport.js';

// The platform outbox on its own: enqueue in a transaction, dispatch with a manual clock
// against real local SMTP servers (a sink, a refusing sink, a silent one, a closed port).
let db: TestDatabase;
let database: Database;
let tenantA: string;
let tenantB: string;
const clock = manualClock('2026-03-02T08:00:00Z');
const FROM = 'DialogCenter <dialogcenter@example.org>';
// The product's timeouts for every server that answers: a loaded CI machine can take longer than a second
// to greet from the local sink, and a short timeout there made a sent mail look refused. Only the test of
// the server that never answers uses short ones (there the timeout is certain, not a race).
const generous = (url: string): SmtpSettings => ({ url, ...defaultSmtpTimeouts });
const fast = (url: string): SmtpSettings => ({ url, connectionTimeoutMs: 1_000, greetingTimeoutMs: 500, socketTimeoutMs: 1_000 });
const options = (extra: Partial<DispatchOptions> = {}): DispatchOptions => ({ clock, from: FROM, ...extra });

async function withTransport<T>(url: string, fn: (t: MailTransport) => Promise<T>, settings = generous) {
  const transport = smtpTransport(settings(url));
  try {
    return await fn(transport);
  } finally {
    transport.close();
  }
}

const queue = (mail: Partial<OutgoingMail> & { to: string[] }) =>
  database.scoped(ALL_TENANTS, (tx) =>
    enqueueMail(tx, {
      tenantId: tenantA,
      purpose: 'test.mail',
      subject: `Test ${mail.to.join(',')}`,
      text: 'Hallo',
      notBefore: clock.now(),
      ...mail,
    }),
  );

const row = async (id: string) =>
  (
    await database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ status: string; attempts: number; next_attempt_at: Date; last_error: string | null; sent_at: Date | null }>(
        tx,
        sql`select status, attempts, next_attempt_at, last_error, sent_at from outbox_mail where id = ${id}::uuid`,
      ),
    )
  )[0]!;

beforeAll(async () => {
  db = await createTestDatabase();
  database = db.database;
  const tenants = await database.scoped(ALL_TENANTS, (tx) =>
    queryRows<{ id: string }>(tx, sql`select id from tenants order by slug limit 2`),
  );
  [tenantA, tenantB] = [tenants[0]!.id, tenants[1]!.id];
});
afterAll(() => db?.destroy());
beforeEach(async () => {
  // Each test starts with an empty outbox and a fresh hour, so retries of one test never meet the next.
  await database.scoped(ALL_TENANTS, (tx) => tx.execute(sql`delete from outbox_mail`));
  clock.advance(3_600_000 * 24);
});

describe('enqueueMail', () => {
  it('writes in the caller transaction: a rollback leaves no mail; RLS refuses another tenant; empty recipients queue nothing', async () => {
    await expect(
      database.scoped(ALL_TENANTS, async (tx) => {
        await enqueueMail(tx, {
          tenantId: tenantA,
          purpose: 'test.mail',
          to: ['a@example.org'],
          subject: 'x',
          text: 'x',
          notBefore: clock.now(),
        });
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    await expect(
      database.scoped(onlyTenants(tenantA), (tx) =>
        enqueueMail(tx, {
          tenantId: tenantB,
          purpose: 'test.mail',
          to: ['b@example.org'],
          subject: 'x',
          text: 'x',
          notBefore: clock.now(),
        }),
      ),
    ).rejects.toThrow();
    expect(
      await database.scoped(ALL_TENANTS, (tx) =>
        enqueueMail(tx, { tenantId: tenantA, purpose: 'test.mail', to: ['', ' '], subject: 'x', text: 'x', notBefore: clock.now() }),
      ),
    ).toBeNull();
    await expect(
      database.scoped(ALL_TENANTS, (tx) =>
        enqueueMail(tx, {
          tenantId: tenantA,
          purpose: 'nopurpose',
          to: ['a@example.org'],
          subject: 'x',
          text: 'x',
          notBefore: clock.now(),
        }),
      ),
    ).rejects.toThrow(/topic\.kind/);
    const [{ n }] = (await database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ n: number }>(tx, sql`select count(*)::int as n from outbox_mail`),
    )) as [{ n: number }];
    expect(n).toBe(0);
    // Within its own tenant scope a use case queues fine.
    const ok = await database.scoped(onlyTenants(tenantA), (tx) =>
      enqueueMail(tx, {
        tenantId: tenantA,
        purpose: 'test.mail',
        to: ['a@example.org', 'a@example.org'],
        subject: 'x',
        text: 'x',
        notBefore: clock.now(),
      }),
    );
    expect(ok!.toAddresses).toEqual(['a@example.org']);
  });
});

describe('dispatchOutbox', () => {
  it('one refused recipient does not stop the batch: the others are sent, the refused mail waits for its retry', async () => {
    const sink = await startSmtpSink(0, { rejectRecipients: ['kaputt@example.org'] });
    try {
      const first = await queue({ to: ['eins@example.org'] });
      const broken = await queue({ to: ['kaputt@example.org'] });
      const third = await queue({ to: ['drei@example.org'] });
      const result = await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()));
      expect(result).toMatchObject({ claimed: 3, sent: 2, failed: 1 });
      expect(sink.mails.map((m) => m.subject).sort()).toEqual(['Test drei@example.org', 'Test eins@example.org']);
      expect((await row(first!.id)).status).toBe('sent');
      expect((await row(third!.id)).status).toBe('sent');
      const failed = await row(broken!.id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
      expect(failed.last_error).toMatch(/kaputt@example\.org|550/);
      expect(new Date(failed.next_attempt_at)).toEqual(new Date(+clock.now() + 30_000));
    } finally {
      await sink.close();
    }
  });

  it('backs off exponentially (30 s, 60 s, 120 s …) and gives up after the maximum of attempts', async () => {
    expect([1, 2, 3, 4, 12, 20].map((n) => retryDelayMs(n))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const port = await freePort(); // nothing listens: every attempt fails fast with ECONNREFUSED
    const mail = await queue({ to: ['weg@example.org'] });
    const run = () => withTransport(`smtp://127.0.0.1:${port}`, (t) => dispatchOutbox(database, t, options({ maxAttempts: 3 })));
    expect(await run()).toMatchObject({ claimed: 1, failed: 1 });
    const start = +clock.now();
    expect(new Date((await row(mail!.id)).next_attempt_at)).toEqual(new Date(start + 30_000));
    clock.advance(29_000);
    expect((await run()).claimed).toBe(0); // too early
    clock.advance(1_000);
    expect(await run()).toMatchObject({ claimed: 1, failed: 1 });
    expect(new Date((await row(mail!.id)).next_attempt_at)).toEqual(new Date(start + 30_000 + 60_000));
    clock.advance(60_000);
    expect(await run()).toMatchObject({ claimed: 1, failed: 1, gaveUp: 1 });
    expect(await row(mail!.id)).toMatchObject({ status: 'failed', attempts: 3 });
    clock.advance(24 * 3_600_000);
    expect((await run()).claimed).toBe(0); // given up: never claimed again
  });

  it('a server that accepts the connection and never answers: the send gives up at the greeting timeout, and the mail goes out later', async () => {
    const silent = await startSilentServer();
    const mail = await queue({ to: ['geduld@example.org'] });
    const other = await queue({ to: ['auch@example.org'] });
    try {
      const result = await withTransport(silent.url, (t) => dispatchOutbox(database, t, options()), fast);
      expect(result).toMatchObject({ claimed: 2, sent: 0, failed: 2 });
      expect(silent.connections).toBeGreaterThanOrEqual(1);
      const r = await row(mail!.id);
      expect(r).toMatchObject({ status: 'pending', attempts: 1 });
      expect(r.last_error).toMatch(/greeting|timeout/i);
    } finally {
      await silent.close();
    }
    const sink = await startSmtpSink();
    try {
      clock.advance(30_000);
      expect(await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()))).toMatchObject({ claimed: 2, sent: 2 });
      expect((await row(mail!.id)).status).toBe('sent');
      expect((await row(other!.id)).status).toBe('sent');
    } finally {
      await sink.close();
    }
  });

  it('talks SMTP with no database transaction open: while the session is in progress the claim is committed and visible from another connection', async () => {
    const observer: Database = db.url ? openPostgres(db.url, 1) : database;
    const seen: { status: string; openTransactions: number | null }[] = [];
    const sink = await startSmtpSink(0, {
      async duringSession(parsed) {
        const id = /<([0-9a-f-]{36})@/.exec(parsed.messageId ?? '')![1]!;
        // On PGlite there is one connection: were the dispatcher inside a transaction, this
        // query could not run until it ended, and the session would never finish (the test
        // would fail on its timeout). On PostgreSQL it is a second connection.
        const [r] = await observer.scoped(ALL_TENANTS, (tx) =>
          queryRows<{ status: string }>(tx, sql`select status from outbox_mail where id = ${id}::uuid`),
        );
        const open = db.url
          ? (
              await queryRows<{ n: number }>(
                observer.db,
                sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and state like 'idle in transaction%'`,
              )
            )[0]!.n
          : null;
        seen.push({ status: r!.status, openTransactions: open });
      },
    });
    try {
      await queue({ to: ['sichtbar@example.org'] });
      await queue({ to: ['auch-sichtbar@example.org'] });
      expect(await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()))).toMatchObject({ sent: 2 });
      expect(seen).toEqual([
        { status: 'sending', openTransactions: db.url ? 0 : null },
        { status: 'sending', openTransactions: db.url ? 0 : null },
      ]);
    } finally {
      await sink.close();
      if (observer !== database) await observer.close();
    }
  });

  it('at least once: a claim whose dispatcher died is taken over after the lease, sent with the same Message-ID, and the late dispatcher cannot mark it', async () => {
    const sink = await startSmtpSink();
    try {
      const mail = await queue({ to: ['wieder@example.org'] });
      // A dispatcher claims and dies before sending.
      const [claimed] = await database.scoped(ALL_TENANTS, (tx) => claimDueMails(tx, clock.now(), new Date(+clock.now() + 60_000), 10));
      expect(claimed!.id).toBe(mail!.id);
      expect((await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()))).claimed).toBe(0); // leased
      clock.advance(61_000);
      expect(await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()))).toMatchObject({ claimed: 1, sent: 1 });
      expect(sink.mails[0]!.messageId).toBe(messageIdOf(mail!.id, 'example.org'));
      expect(await row(mail!.id)).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await sink.close();
    }
  });

  it('runs the module effect of the purpose topic in the transaction that marks the mail sent; a failing effect does not resend', async () => {
    const sink = await startSmtpSink();
    try {
      const ok = await queue({ to: ['wirkung@example.org'], purpose: 'probe.ok' });
      const bad = await queue({ to: ['fehler@example.org'], purpose: 'probe.fails' });
      const effected: string[] = [];
      const result = await withTransport(sink.url, (t) =>
        dispatchOutbox(
          database,
          t,
          options({
            effects: {
              probe: async (_tx, m) => {
                if (m.purpose === 'probe.fails') throw new Error('effect broken');
                effected.push(m.id);
              },
            },
          }),
        ),
      );
      expect(result).toMatchObject({ sent: 2 });
      expect(effected).toEqual([ok!.id]);
      expect((await row(bad!.id)).status).toBe('sent');
      expect((await row(bad!.id)).last_error).toMatch(/Folgeschritt fehlgeschlagen: effect broken/);
      clock.advance(3_600_000);
      expect((await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()))).claimed).toBe(0);
      expect(sink.mails).toHaveLength(2);
    } finally {
      await sink.close();
    }
  });

  it('sends attachments (the appointment .ics) as they were queued', async () => {
    const sink = await startSmtpSink();
    try {
      const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
      await queue({
        to: ['kalender@example.org'],
        attachments: [{ filename: 'termin.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: ics }],
      });
      await withTransport(sink.url, (t) => dispatchOutbox(database, t, options()));
      const [attachment] = sink.mails[0]!.attachments;
      expect(attachment).toMatchObject({ filename: 'termin.ics', contentType: 'text/calendar' });
      expect(attachment!.content.toString('utf8')).toBe(ics);
    } finally {
      await sink.close();
    }
  });
});
