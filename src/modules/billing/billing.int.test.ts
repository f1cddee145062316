import { mkdirSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows } from '../../platform/db/database.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { addMonths } from './billing-periods.js';

let t: TestApp;
let staff: string;
let second: string;
let langenhagenContact: string;
let agent: string;
let thisMonth: string;
let ids: Record<string, string>;

const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, payload });

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('abrechnung');
  second = await t.login('abrechnung2');
  langenhagenContact = await t.login('rechnung.langenhagen');
  agent = await t.login('agent');
  thisMonth = localDate(t.clock.now()).slice(0, 7);
  const rows = await queryRows<{ slug: string; id: string }>(t.db.database.db, sql`select slug, id from tenants`);
  ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
});
afterAll(() => t.close());

type Item = {
  id: string;
  number: string | null;
  tenantAgs: string;
  kind: string;
  status: string;
  netTotal: number;
  grossTotal: number;
  currency: string;
  version: number;
  period: string;
};
const list = async (period: string, cookie = staff) => {
  const res = await api('GET', `/api/v1/billing/invoices?period=${period}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Item[] }).items;
};

describe('demo data: the pilot cost plan and issued invoices of the last two complete months', () => {
  it('lists issued invoices for 8 pilot tenants minus the host, with the stable fields and gapless numbers', async () => {
    const months = [addMonths(thisMonth, -2), addMonths(thisMonth, -1)];
    const all: Item[] = [];
    for (const month of months) {
      const items = await list(month);
      expect(items.length, month).toBe(8);
      for (const item of items) {
        expect(Object.keys(item)).toEqual(
          expect.arrayContaining(['id', 'number', 'tenantAgs', 'kind', 'status', 'netTotal', 'grossTotal', 'currency']),
        );
        expect(item).toMatchObject({ kind: 'invoice', status: 'issued', currency: 'EUR' });
        expect(item.grossTotal).toBe(item.netTotal); // § 2b UStG: not taxable
      }
      all.push(...items);
    }
    const numbers = all.map((i) => i.number!).sort();
    const year = numbers[0]!.slice(3, 7);
    const sameYear = numbers.filter((n) => n.slice(3, 7) === year).map((n) => Number(n.slice(8)));
    expect(sameYear).toEqual(Array.from({ length: sameYear.length }, (_, i) => sameYear[0]! + i));
  });

  it("a month's invoices add up to the participants' cost of the month to the cent (preview: every cent distributed)", async () => {
    const month = addMonths(thisMonth, -1);
    const res = await api('GET', `/api/v1/billing/preview?period=${month}`, staff);
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.differenceCents).toBe(0);
    expect(preview.toTenantsCents + preview.hostCents + preview.regionCents).toBe(preview.totalCents);
    const invoiced = (await list(month)).reduce((a, i) => a + Math.round(i.netTotal * 100), 0);
    expect(invoiced).toBe(preview.toTenantsCents + preview.regionCents);
    expect(preview.statements.reduce((a: number, s: { totalCents: number }) => a + s.totalCents, 0)).toBe(
      preview.toTenantsCents + preview.regionCents,
    );
  });

  it('demo months carry call figures, so count- and minute-based keys split by them (not evenly)', async () => {
    const month = addMonths(thisMonth, -1);
    const preview = (await api('GET', `/api/v1/billing/preview?period=${month}`, staff)).json() as {
      statements: {
        tenantName: string;
        totalCents: number;
        months: { keyKind: string; contacts: number; basis: { unit: string | null; own: number; groupTotal: number } }[];
      }[];
    };
    const byKey = (kind: string) => preview.statements.filter((s) => s.months[0]?.keyKind === kind);
    const perContact = byKey('per_contact');
    expect(perContact.length).toBe(2);
    for (const s of perContact) {
      expect(s.months[0]!.basis.unit).toBe('contacts');
      expect(s.months[0]!.basis.own).toBeGreaterThan(0);
      expect(s.months[0]!.basis.own).toBeLessThan(s.months[0]!.basis.groupTotal);
    }
    // Langenhagen (56,000 inhabitants) makes more calls than Wunstorf (42,000) in the demo: a larger share.
    const [a, b] = perContact.sort((x, y) => y.months[0]!.basis.own - x.months[0]!.basis.own);
    expect(a!.totalCents).toBeGreaterThan(b!.totalCents);
    expect(byKey('per_minute')[0]!.months[0]!.basis.own).toBeGreaterThan(0);
  });

  it('the detail carries the status history from the audit trail (four eyes visible) and no credit note yet', async () => {
    const [item] = await list(addMonths(thisMonth, -1));
    const res = await api('GET', `/api/v1/billing/invoices/${item!.id}`, staff);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json() as { history: { action: string; actor: string }[]; creditNote: unknown };
    expect(detail.history.map((h) => `${h.action} ${h.actor}`)).toEqual([
      'drafted abrechnung',
      'checked abrechnung',
      'approved abrechnung2',
      'issued abrechnung2',
    ]);
    expect(detail.creditNote).toBeNull();
  });

  it('serves the XRechnung as application/xml and the PDF', async () => {
    const [item] = await list(addMonths(thisMonth, -1));
    const xml = await api('GET', `/api/v1/billing/invoices/${item!.id}/xrechnung`, staff);
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    // Dev hook for the official checks (scripts/validate-xrechnung.sh): BILLING_XML_OUT=/tmp/dir.
    const out = process.env.BILLING_XML_OUT;
    if (out) {
      mkdirSync(out, { recursive: true });
      for (const i of await list(addMonths(thisMonth, -1)))
        writeFileSync(`${out}/${i.number}.xml`, (await api('GET', `/api/v1/billing/invoices/${i.id}/xrechnung`, staff)).body);
    }
    const doc = new XMLParser({ removeNSPrefix: true }).parse(xml.body).Invoice;
    expect(doc.ID).toBe(item!.number);
    expect(String(doc.BuyerReference)).toMatch(/^\d{5,8}-DIALOGCENTER-\d{2}$/);
    const pdf = await api('GET', `/api/v1/billing/invoices/${item!.id}/pdf`, staff);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('queued one mail per issued invoice to the billing contact, with the XML attached', async () => {
    const [item] = await list(addMonths(thisMonth, -1));
    const [mail] = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ to_addresses: string[]; attachments: { filename: string; contentType: string }[] }>(
        tx,
        sql`select to_addresses, attachments from outbox_mail where ref_id = ${item!.id}`,
      ),
    );
    expect(mail!.to_addresses[0]).toMatch(/^rechnungseingang@/);
    expect(mail!.attachments.map((a) => a.contentType)).toEqual(['application/xml', 'application/pdf']);
  });
});

describe('workflow: draft, checked, approved by a second person, issued; never changed after', () => {
  // Three months back: complete, and without demo invoices.
  const period = () => addMonths(thisMonth, -3);

  it('runs the four-eyes workflow, refuses changes to an issued invoice (API and database) and cancels it by a credit note', async () => {
    const year = Number(period().slice(0, 4));
    if ((await api('GET', `/api/v1/billing/cost-plans/${year}`, staff)).statusCode === 404) {
      expect((await api('POST', `/api/v1/billing/cost-plans/${year}`, staff, { title: `Test ${year}` })).statusCode).toBe(201);
      const item = {
        name: 'Personal',
        category: 'personnel',
        bearer: 'participants',
        changes: [{ from: `${year}-01-01`, annualAmountCents: 26_800_000 }],
      };
      expect((await api('POST', `/api/v1/billing/cost-plans/${year}/items`, staff, item)).statusCode).toBe(201);
    }
    const drafts = await api('POST', '/api/v1/billing/invoices/drafts', staff, { period: period() });
    expect(drafts.statusCode, drafts.body).toBe(201);
    const created = drafts.json().created as Item[];
    expect(created.length).toBeGreaterThan(0);
    const draft = created.find((c) => c.tenantAgs === '03241010') ?? created[0]!;
    expect(draft).toMatchObject({ status: 'draft', number: null });
    // Drafts a second time: nothing new (one open invoice per tenant and period).
    expect((await api('POST', '/api/v1/billing/invoices/drafts', staff, { period: period() })).json().created).toEqual([]);

    const checked = await api('POST', `/api/v1/billing/invoices/${draft.id}/check`, staff, { version: draft.version });
    expect(checked.statusCode, checked.body).toBe(200);
    const selfApproval = await api('POST', `/api/v1/billing/invoices/${draft.id}/approve`, staff, { version: checked.json().version });
    expect(selfApproval.statusCode).toBe(403);
    expect(selfApproval.json().code).toBe('FOUR_EYES_REQUIRED');
    const skip = await api('POST', `/api/v1/billing/invoices/${draft.id}/issue`, second, { version: checked.json().version });
    expect(skip.statusCode).toBe(409);
    const approved = await api('POST', `/api/v1/billing/invoices/${draft.id}/approve`, second, { version: checked.json().version });
    expect(approved.statusCode, approved.body).toBe(200);
    const issued = await api('POST', `/api/v1/billing/invoices/${draft.id}/issue`, second, { version: approved.json().version });
    expect(issued.statusCode, issued.body).toBe(200);
    const invoice = issued.json() as Item;
    expect(invoice.status).toBe('issued');
    expect(invoice.number).toMatch(/^DC-\d{4}-\d{5}$/);

    // Never changed: API ...
    const patch = await api('PATCH', `/api/v1/billing/invoices/${draft.id}`, staff, { version: invoice.version, note: 'geändert' });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().detail).toMatch(/Gutschrift/);
    expect((await api('DELETE', `/api/v1/billing/invoices/${draft.id}`, staff)).statusCode).toBe(409);
    // ... and database (trigger), for any role and raw SQL.
    await expect(
      t.db.database.scoped(ALL_TENANTS, (tx) => tx.execute(sql`update billing_invoices set net_cents = 1 where id = ${draft.id}`)),
    ).rejects.toThrow();
    await expect(t.db.database.db.execute(sql`delete from billing_invoices where id = ${draft.id}`)).rejects.toThrow();
    const xmlBefore = (await api('GET', `/api/v1/billing/invoices/${draft.id}/xrechnung`, staff)).body;

    // Credit note: cancels exactly, refers to the original, runs the same workflow.
    expect((await api('POST', `/api/v1/billing/invoices/${draft.id}/credit-note`, staff, { reason: 'x' })).statusCode).toBe(400);
    const cn = await api('POST', `/api/v1/billing/invoices/${draft.id}/credit-note`, staff, { reason: 'Falscher Schlüssel' });
    expect(cn.statusCode, cn.body).toBe(201);
    const credit = cn.json() as Item & { correctsInvoiceId: string };
    expect(credit).toMatchObject({
      kind: 'credit_note',
      status: 'draft',
      netTotal: invoice.netTotal,
      grossTotal: invoice.grossTotal,
      correctsInvoiceId: draft.id,
    });
    expect((await api('POST', `/api/v1/billing/invoices/${draft.id}/credit-note`, staff, { reason: 'noch einmal' })).statusCode).toBe(409);
    let v = (await api('POST', `/api/v1/billing/invoices/${credit.id}/check`, second, { version: credit.version })).json().version;
    // The creator may not approve either.
    expect((await api('POST', `/api/v1/billing/invoices/${credit.id}/approve`, staff, { version: v })).json().code).toBe(
      'FOUR_EYES_REQUIRED',
    );
    v = (await api('POST', `/api/v1/billing/invoices/${credit.id}/return`, staff, { version: v })).json().version;
    v = (await api('POST', `/api/v1/billing/invoices/${credit.id}/check`, staff, { version: v })).json().version;
    v = (await api('POST', `/api/v1/billing/invoices/${credit.id}/approve`, second, { version: v })).json().version;
    const creditIssued = await api('POST', `/api/v1/billing/invoices/${credit.id}/issue`, staff, { version: v });
    expect(creditIssued.statusCode, creditIssued.body).toBe(200);
    expect(Number(creditIssued.json().number.slice(8))).toBe(Number(invoice.number!.slice(8)) + 1);
    const detail = (await api('GET', `/api/v1/billing/invoices/${credit.id}`, staff)).json();
    const original = (await api('GET', `/api/v1/billing/invoices/${draft.id}`, staff)).json();
    expect(detail.snapshot.lines).toEqual(original.snapshot.lines);
    const cnXml = new XMLParser({ removeNSPrefix: true }).parse(
      (await api('GET', `/api/v1/billing/invoices/${credit.id}/xrechnung`, staff)).body,
    ).CreditNote;
    expect(cnXml.BillingReference.InvoiceDocumentReference.ID).toBe(invoice.number);
    expect(cnXml.CreditNoteTypeCode).toBe(381);
    if (process.env.BILLING_XML_OUT)
      writeFileSync(
        `${process.env.BILLING_XML_OUT}/credit-note-${credit.id}.xml`,
        (await api('GET', `/api/v1/billing/invoices/${credit.id}/xrechnung`, staff)).body,
      );
    // The original stays as it was.
    expect((await api('GET', `/api/v1/billing/invoices/${draft.id}/xrechnung`, staff)).body).toBe(xmlBefore);
    // Cancelled: a new invoice for the tenant and period may be drafted.
    const again = (await api('POST', '/api/v1/billing/invoices/drafts', staff, { period: period() })).json().created as Item[];
    expect(again.map((a) => a.tenantAgs)).toEqual([draft.tenantAgs]);
  }, 120_000);

  it('refuses open periods and bad input with clear German errors, changing nothing', async () => {
    const open = await api('POST', '/api/v1/billing/invoices/drafts', staff, { period: thisMonth });
    expect(open.statusCode).toBe(400);
    expect(open.json().detail).toMatch(/abgeschlossene/);
    const badKey = await api('POST', '/api/v1/billing/keys', staff, {
      tenantId: ids.laatzen,
      effectiveFrom: '2030-01-01',
      kind: 'per_inhabitant',
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().issues.map((i: { field: string }) => i.field)).toContain('inhabitants');
    const badItem = await api('POST', `/api/v1/billing/cost-plans/${thisMonth.slice(0, 4)}/items`, staff, {
      name: 'X',
      category: 'material',
      bearer: 'participants',
      changes: [{ from: `${thisMonth.slice(0, 4)}-01-01`, annualAmountCents: -5 }],
    });
    expect(badItem.statusCode).toBe(400);
    expect(JSON.stringify(badItem.json().issues)).toMatch(/negativ/);
    const admin = await t.login('admin');
    const agreement = (await api('GET', `/api/v1/tenants/${ids.laatzen}`, admin)).json().agreement;
    const badLeitweg = await api('PUT', `/api/v1/tenants/${ids.laatzen}/agreement`, admin, {
      version: agreement.version,
      leitwegId: '03241011-DIALOGCENTER-00',
    });
    expect(badLeitweg.statusCode).toBe(400);
    expect(badLeitweg.json().issues[0].field).toBe('leitwegId');
    expect((await api('GET', `/api/v1/tenants/${ids.laatzen}`, admin)).json().agreement.leitwegId).toBe(agreement.leitwegId);
    const badPeriod = await api('GET', '/api/v1/billing/invoices?period=2026-13', staff);
    expect(badPeriod.statusCode).toBe(400);
    const badIban = await api('PUT', '/api/v1/billing/settings', staff, {
      ...(await api('GET', '/api/v1/billing/settings', staff)).json(),
      iban: 'DE00250501800000012345',
    });
    expect(badIban.statusCode).toBe(400);
    expect((await api('GET', '/api/v1/billing/settings', staff)).json().iban).toBe('DE85250501800000012345');
  });
});

describe('tenant billing contact (role billing bound to Langenhagen)', () => {
  it("sees only Langenhagen's issued invoices; another tenant's invoice is 404; no master data", async () => {
    const month = addMonths(thisMonth, -1);
    const mine = await list(month, langenhagenContact);
    expect(mine.map((i) => i.tenantAgs)).toEqual(['03241010']);
    const others = (await list(month)).filter((i) => i.tenantAgs !== '03241010');
    for (const other of others.slice(0, 3)) {
      for (const path of ['', '/xrechnung', '/pdf']) {
        expect((await api('GET', `/api/v1/billing/invoices/${other.id}${path}`, langenhagenContact)).statusCode).toBe(404);
      }
    }
    expect((await api('GET', `/api/v1/billing/invoices/${mine[0]!.id}/xrechnung`, langenhagenContact)).statusCode).toBe(200);
    expect((await api('GET', `/api/v1/billing/preview?period=${month}`, langenhagenContact)).statusCode).toBe(403);
    expect(
      (await api('POST', `/api/v1/billing/invoices/${mine[0]!.id}/credit-note`, langenhagenContact, { reason: 'bitte stornieren' }))
        .statusCode,
    ).toBe(403);
  });

  it('other roles get 403', async () => {
    expect((await api('GET', `/api/v1/billing/invoices?period=${thisMonth}`, agent)).statusCode).toBe(403);
  });
});
