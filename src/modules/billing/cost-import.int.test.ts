import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.js';
import { whenImportSettled } from '../../platform/imports/imports.service.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { importCosts } from './cost-import.service.js';

/**
 * The cost import (decision record 0107) through its upload endpoint: preview and import, every
 * refused row with its reason, nothing half imported (refused file, dropped upload, cancel),
 * only the center's billing staff, audit record, and the export read back formula-safe.
 * Years far ahead of the demo plans, so the demo data are not touched.
 */
let t: TestApp;
let staff: string;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('abrechnung');
});
afterAll(() => t.close());

type Run = {
  id: string;
  status: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRefused: number;
  refused: { row: string; reason: string }[];
  result: Record<string, any> | null;
  message: string | null;
};

async function upload(text: string, query: string, cookie = staff) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/billing/cost-plans/import/uploads?${query}`,
    headers: { cookie, 'content-type': 'text/csv' },
    payload: text,
  });
}
async function run(text: string, query: string): Promise<Run> {
  const res = await upload(text, query);
  expect(res.statusCode, res.body).toBe(202);
  await whenImportSettled(res.json().id);
  return (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${res.json().id}`, headers: { cookie: staff } })).json();
}
const plan = (year: number) => t.app.inject({ method: 'GET', url: `/api/v1/billing/cost-plans/${year}`, headers: { cookie: staff } });
const auditCount = async (year: number) =>
  (
    await queryRows<{ n: number }>(
      t.db.database.db,
      sql`select count(*)::int as n from audit_log where action = 'billing.cost_plan.imported' and details->>'year' = ${String(year)}`,
    )
  )[0]!.n;

const good = (year: number) =>
  [
    '\uFEFFJahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung',
    `${year};Personal;Personal Servicecenter;Teilnehmende;1.234.567,89;01.01.${year};Stellenplan`,
    `${year};Personal;Personal Servicecenter;Teilnehmende;1.300.000,00;01.09.${year};zwei Stellen mehr`,
    `${year};Sachkosten;Miete und Technik;;48500;;`,
    `${year};Investition;Headsets;Träger;12.345,6;15.03.${year};"Angebot ""A"", Los 2"`,
  ].join('\r\n');

describe('cost import: preview, import, again', () => {
  const year = 2091;

  it('a preview (dry run) lists what would be created and writes nothing', async () => {
    const r = await run(good(year), `year=${year}&dryRun=true&fileName=kosten.csv`);
    expect(r).toMatchObject({ status: 'completed', rowsRead: 4, rowsRefused: 0 });
    expect(r.result).toMatchObject({ outcome: 'dry_run', planCreated: true, created: 3, changed: 0, unchanged: 0 });
    expect(r.result!.items.map((i: { action: string; name: string }) => [i.action, i.name])).toEqual([
      ['create', 'Personal Servicecenter'],
      ['create', 'Miete und Technik'],
      ['create', 'Headsets'],
    ]);
    expect((await plan(year)).statusCode).toBe(404);
    expect(await auditCount(year)).toBe(0);
  });

  it('imports a file with BOM, CRLF, decimal comma and thousands dots into the plan, with one audit record', async () => {
    const r = await run(good(year), `year=${year}&fileName=kosten.csv`);
    expect(r).toMatchObject({ status: 'completed', rowsRead: 4, rowsAccepted: 4 });
    expect(r.result).toMatchObject({ outcome: 'applied', planCreated: true, created: 3 });
    const p = (await plan(year)).json();
    const byName = Object.fromEntries(p.items.map((i: { name: string }) => [i.name, i]));
    expect(byName['Personal Servicecenter']).toMatchObject({
      category: 'personnel',
      bearer: 'participants',
      changes: [
        { from: `${year}-01-01`, annualAmountCents: 123456789 },
        { from: `${year}-09-01`, annualAmountCents: 130000000 },
      ],
      note: 'Stellenplan / zwei Stellen mehr',
    });
    expect(byName['Miete und Technik']).toMatchObject({
      category: 'material',
      changes: [{ from: `${year}-01-01`, annualAmountCents: 4850000 }],
      yearCents: 4850000,
    });
    expect(byName.Headsets).toMatchObject({
      category: 'investment',
      bearer: 'host',
      oneOffAmountCents: 1234560,
      bookedOn: `${year}-03-15`,
      note: 'Angebot "A", Los 2',
    });
    expect(r.result!.totals.afterCents).toBe(p.totals.yearCents);
    expect(await auditCount(year)).toBe(1);
  });

  it('the same file again changes nothing; a comma-separated file with decimal points changes one position', async () => {
    const again = await run(good(year), `year=${year}`);
    expect(again.result).toMatchObject({ outcome: 'applied', created: 0, changed: 0, unchanged: 3 });
    const version = (await plan(year)).json().version;
    expect(version).toBeGreaterThan(0);
    const commaFile = ['Kostenart,Position,Betrag', 'Sachkosten,Miete und Technik,"50000.50"', 'Sachkosten,miete  und technik ,1.5'].join(
      '\n',
    );
    const refused = await run(commaFile, `year=${year}&dryRun=true`);
    expect(refused.status).toBe('rejected');
    expect(refused.refused).toEqual([
      { row: 'Zeile 3', reason: `Für „miete und technik“ gibt es ab 01.01.${year} schon einen Betrag in Zeile 2.` },
    ]);
    const preview = await run(commaFile.split('\n').slice(0, 2).join('\n'), `year=${year}&dryRun=true`);
    expect(preview.result!.items).toEqual([
      expect.objectContaining({ action: 'change', name: 'Miete und Technik', yearCentsBefore: 4850000, yearCentsAfter: 5000050 }),
    ]);
    expect((await plan(year)).json().version).toBe(version);
    const applied = await run(commaFile.split('\n').slice(0, 2).join('\n'), `year=${year}`);
    expect(applied.result).toMatchObject({ changed: 1, created: 0 });
    const p = (await plan(year)).json();
    expect(p.items.find((i: { name: string }) => i.name === 'Miete und Technik').yearCents).toBe(5000050);
    expect(p.items).toHaveLength(3);
  });
});

describe('cost import: refused rows, nothing half imported', () => {
  const year = 2092;

  it('lists every refused row with its line and German reason and imports none of the good ones', async () => {
    const file = [
      'Jahr;Kostenart;Position;Betrag;Datum',
      `${year};Personal;Gute Zeile;1000,00;`,
      `${year};Reisekosten;Dienstreisen;500;`,
      `${year};Sachkosten;Negativ;-20,00;`,
      `${year};Sachkosten;Zu genau;10,001;`,
      '',
      `${year};Einmalig;Ohne Datum;300;`,
      `${year};Einmalig;Falsches Jahr;300;01.02.${year - 1}`,
      `${year - 1};Personal;Vorjahr;100;`,
      `${year};Personal;;100;`,
      `${year};Personal;Gute Zeile;2000;01.02.${year}`,
      `${year};Sachkosten;Gute Zeile;2000;01.03.${year}`,
      `${year};Personal;Datum kaputt;2000;31.02.${year}`,
    ].join('\n');
    const r = await run(file, `year=${year}&fileName=fehler.csv`);
    expect(r.status).toBe('rejected');
    expect(r.rowsAccepted).toBe(0);
    expect(r.message).toBe('9 Zeilen von 11 abgewiesen; nichts wurde übernommen.');
    expect(r.refused).toEqual([
      { row: 'Zeile 3', reason: 'Kostenart: „Reisekosten“ ist unbekannt (Personal, Sachkosten, Einmalig oder Investition).' },
      { row: 'Zeile 4', reason: 'Betrag: Der Betrag „-20,00“ ist negativ; Kosten werden ohne Vorzeichen angegeben.' },
      { row: 'Zeile 5', reason: 'Betrag: Der Betrag „10,001“ hat mehr als zwei Nachkommastellen.' },
      { row: 'Zeile 7', reason: 'Datum: einmalige Kosten und Investitionen brauchen das Buchungsdatum.' },
      { row: 'Zeile 8', reason: `Datum: 01.02.${year - 1} liegt nicht im Jahr ${year}.` },
      { row: 'Zeile 9', reason: `Jahr: die Zeile gehört nicht zum Kostenplan ${year} (eine Datei je Jahr).` },
      { row: 'Zeile 10', reason: 'Position: die Bezeichnung fehlt.' },
      {
        row: 'Zeile 12',
        reason: 'Position „Gute Zeile“ steht schon in Zeile 2 mit der Kostenart Personal; eine Position hat eine Kostenart.',
      },
      { row: 'Zeile 13', reason: `Datum: „31.02.${year}“ ist kein Datum (TT.MM.JJJJ).` },
    ]);
    expect((await plan(year)).statusCode).toBe(404);
    expect(await auditCount(year)).toBe(0);
  });

  it('refuses a file without the needed columns or with a broken quote as a whole, naming the line', async () => {
    const noAmount = await run('Kostenart;Position;Summe\nPersonal;A;1', `year=${year}`);
    expect(noAmount.status).toBe('rejected');
    expect(noAmount.refused).toEqual([
      {
        row: 'Datei',
        reason:
          'Zeile 1: Es fehlt die Spalte „Betrag“. Unbekannte Spalte „Summe“. Erwartet wird die Kopfzeile Jahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung (Jahr, Träger, Datum und Bemerkung dürfen fehlen).',
      },
    ]);
    const quote = await run('Kostenart;Position;Betrag\nPersonal;"offen;1\nPersonal;B;2', `year=${year}`);
    expect(quote.status).toBe('rejected');
    expect(quote.refused[0]!.reason).toContain('Zeile 2: Ein Anführungszeichen wird nicht geschlossen');
    expect((await plan(year)).statusCode).toBe(404);
  });

  it('an upload broken off by the browser ends as cancelled and imports nothing', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const body = good(year).repeat(1);
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/v1/billing/cost-plans/import/uploads?year=${year}&fileName=abgebrochen.csv`,
        headers: { cookie: staff, 'content-type': 'text/csv', 'content-length': String(Buffer.byteLength(body) + 10_000) },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(body, () => setTimeout(() => req.destroy(), 100));
    });
    let r: Run | undefined;
    for (let i = 0; i < 200; i++) {
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports?kind=billing_costs', headers: { cookie: staff } });
      r = list.json().items.find((x: { fileName: string }) => x.fileName === 'abgebrochen.csv');
      if (r && r.status !== 'receiving') break;
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(r).toMatchObject({ status: 'cancelled' });
    expect((await plan(year)).statusCode).toBe(404);
  });

  it('cancelled while saving (after the writes, before the commit): the transaction rolls back', async () => {
    const [user] = await queryRows<{ id: string }>(t.db.database.db, sql`select id from users where username = 'abrechnung'`);
    const ctx = {
      database: t.db.database,
      clock: t.clock,
      actor: {
        userId: user!.id,
        username: 'abrechnung',
        displayName: 'Abrechnung',
        roles: ['billing' as const],
        tenantId: null,
        departmentIds: [],
      },
    };
    const controller = new AbortController();
    await expect(
      importCosts(ctx, {
        year,
        fileName: 'abbruch.csv',
        text: good(year),
        isDryRun: false,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'Speichern' && p.done === p.total) controller.abort();
        },
      }),
    ).rejects.toThrow();
    expect((await plan(year)).statusCode).toBe(404);
    expect(await auditCount(year)).toBe(0);
  });
});

describe('cost import: who may, and the export', () => {
  const year = 2093;

  it('refuses agents and a tenant-bound billing contact before taking the file (403), and records no run', async () => {
    for (const user of ['agent', 'rechnung.langenhagen']) {
      const cookie = await t.login(user);
      const res = await upload(good(year), `year=${year}&fileName=verboten-${user}.csv`, cookie);
      expect(res.statusCode, user).toBe(403);
    }
    const runs = await queryRows<{ n: number }>(
      t.db.database.db,
      sql`select count(*)::int as n from import_runs where file_name like 'verboten-%'`,
    );
    expect(runs[0]!.n).toBe(0);
    expect((await plan(year)).statusCode).toBe(404);
  });

  it('a bad year is refused at once (400)', async () => {
    const res = await upload(good(year), 'year=1999');
    expect(res.statusCode).toBe(400);
  });

  it('exports the plan in the import format, formula-safe, and the export reads back unchanged', async () => {
    const file = [
      'Kostenart;Position;Betrag;Datum;Bemerkung',
      `Sachkosten;=HYPERLINK("http://example.org");100,50;;@SUMME(A1)`,
      `Personal;Team;1000;01.01.${year}`,
      `Personal;Team;1200;01.07.${year}`,
    ].join('\n');
    expect((await run(file, `year=${year}`)).result).toMatchObject({ created: 2 });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/billing/cost-plans/${year}/csv`, headers: { cookie: staff } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\r\n')).toEqual([
      '\uFEFFJahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung',
      `${year};Sachkosten;"'=HYPERLINK(""http://example.org"")";Teilnehmende;100,5;01.01.${year};'@SUMME(A1)`,
      `${year};Personal;Team;Teilnehmende;1000;01.01.${year};`,
      `${year};Personal;Team;Teilnehmende;1200;01.07.${year};`,
      '',
    ]);
    const back = await run(res.body, `year=${year}`);
    expect(back.result).toMatchObject({ outcome: 'applied', created: 0, changed: 0, unchanged: 2 });
    const names = (await plan(year)).json().items.map((i: { name: string }) => i.name);
    expect(names).toContain('=HYPERLINK("http://example.org")');
  });
});
