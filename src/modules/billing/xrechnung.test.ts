/**
 * The EN 16931 / XRechnung rules our documents rely on, checked on the rendered XML in CI (the
 * official schematron runs only in scripts/validate-xrechnung.sh; see decision record 0103).
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isValidLeitwegId } from '../tenancy/index.js';
import { sampleSnapshot } from './invoice-fixture.js';
import { amount, isValidIban, totalsOf, vatOf, vatRuleOf } from './invoice-model.js';
import { renderXRechnung, XRECHNUNG_CUSTOMIZATION_ID } from './xrechnung.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (n) => ['InvoiceLine', 'CreditNoteLine', 'TaxSubtotal', 'PartyTaxScheme'].includes(n),
});
const doc = { number: 'DC-2026-00001', issueDate: '2026-11-03', dueDate: '2026-12-03' };
// biome-ignore lint/suspicious/noExplicitAny: parsed XML is checked field by field
const parse = (xml: string): any => {
  const tree = parser.parse(xml);
  return tree.Invoice ?? tree.CreditNote;
};
const text = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { '#text': string })['#text'] : v);
const cents = (v: unknown) => Math.round(Number(text(v)) * 100);

describe('XRechnung UBL invoice (not taxable, § 2b UStG)', () => {
  const s = sampleSnapshot('invoice', 'not_taxable');
  const inv = parse(renderXRechnung(s, doc));

  it('is an XRechnung 3.0 invoice (BR-DE-21) of type 380 (BR-DE-17) with number, dates and currency (BT-1, 2, 9, 5)', () => {
    expect(inv.CustomizationID).toBe(XRECHNUNG_CUSTOMIZATION_ID);
    expect(inv.InvoiceTypeCode).toBe('380');
    expect([inv.ID, inv.IssueDate, inv.DueDate, inv.DocumentCurrencyCode]).toEqual(['DC-2026-00001', '2026-11-03', '2026-12-03', 'EUR']);
  });

  it('carries the Leitweg-ID as buyer reference BT-10 (BR-DE-15) and buyer electronic address (BT-49, scheme 0204)', () => {
    expect(inv.BuyerReference).toBe(s.buyer.leitwegId);
    expect(isValidLeitwegId(inv.BuyerReference)).toBe(true);
    expect(inv.AccountingCustomerParty.Party.EndpointID).toEqual({ '#text': s.buyer.leitwegId, '@schemeID': '0204' });
  });

  it('has the invoicing period BG-14 (BR-DE-TMP-32) and payment terms BT-20', () => {
    expect(inv.InvoicePeriod).toEqual({ StartDate: '2026-10-01', EndDate: '2026-10-31' });
    expect(inv.PaymentTerms.Note).toMatch(/30 Tagen/);
  });

  it('seller: name, identifier BT-29 (BR-CO-26), address with city and post code (BR-DE-3, 4), contact name, phone, mail (BR-DE-2, 5, 6, 7, 27, 28)', () => {
    const p = inv.AccountingSupplierParty.Party;
    expect(p.PartyLegalEntity.RegistrationName).toBe('Landeshauptstadt Hannover');
    expect(p.PartyIdentification.ID).toBe('03241001');
    expect(p.PostalAddress.CityName).toBeTruthy();
    expect(p.PostalAddress.PostalZone).toBeTruthy();
    expect(p.PostalAddress.Country.IdentificationCode).toBe('DE');
    expect(p.Contact.Name).toBeTruthy();
    expect(p.Contact.Telephone).toMatch(/.*([0-9].*){3,}.*/);
    expect(p.Contact.ElectronicMail).toMatch(/^[^@\s]+@([^@.\s]+\.)+[^@.\s]+$/);
    expect(p.EndpointID['@schemeID']).toBe('EM');
  });

  it('buyer: name, city and post code (BR-DE-8, 9)', () => {
    const p = inv.AccountingCustomerParty.Party;
    expect(p.PartyLegalEntity.RegistrationName).toBe('Stadt Langenhagen');
    expect(p.PostalAddress.CityName).toBe('Langenhagen');
    expect(p.PostalAddress.PostalZone).toBe('30853');
  });

  it('pays by SEPA credit transfer (BR-DE-1, 23-a) to a valid IBAN (BR-DE-19), remittance = invoice number', () => {
    expect(inv.PaymentMeans.PaymentMeansCode['#text']).toBe('58');
    expect(isValidIban(inv.PaymentMeans.PayeeFinancialAccount.ID)).toBe(true);
    expect(inv.PaymentMeans.PaymentID).toBe('DC-2026-00001');
  });

  it('VAT category O with exemption reason VATEX-EU-O and § 2b text, rate 0 only in the breakdown (BR-DE-14, BR-O-05, BR-O-10), no seller VAT id (BR-O-02)', () => {
    const sub = inv.TaxTotal.TaxSubtotal[0];
    expect(sub.TaxCategory.ID).toBe('O');
    expect(sub.TaxCategory.Percent).toBe('0');
    expect(sub.TaxCategory.TaxExemptionReasonCode).toBe('VATEX-EU-O');
    expect(sub.TaxCategory.TaxExemptionReason).toMatch(/§ 2b UStG/);
    expect(cents(sub.TaxAmount)).toBe(0);
    for (const line of inv.InvoiceLine) {
      expect(line.Item.ClassifiedTaxCategory.ID).toBe('O');
      expect(line.Item.ClassifiedTaxCategory.Percent).toBeUndefined();
    }
    expect(inv.AccountingSupplierParty.Party.PartyTaxScheme).toBeUndefined();
  });

  it('totals: Σ lines = BT-106 = BT-109 = taxable amount (BR-CO-10, BR-CO-13); BT-112 = BT-109 + BT-110 (BR-CO-15); payable BT-115', () => {
    const lineSum = inv.InvoiceLine.reduce((a: number, l: { LineExtensionAmount: unknown }) => a + cents(l.LineExtensionAmount), 0);
    const t = inv.LegalMonetaryTotal;
    expect(cents(t.LineExtensionAmount)).toBe(lineSum);
    expect(cents(t.TaxExclusiveAmount)).toBe(lineSum);
    expect(cents(inv.TaxTotal.TaxSubtotal[0].TaxableAmount)).toBe(lineSum);
    expect(cents(t.TaxInclusiveAmount)).toBe(lineSum + cents(inv.TaxTotal.TaxAmount));
    expect(cents(t.PayableAmount)).toBe(cents(t.TaxInclusiveAmount));
    expect(t.PayableAmount['@currencyID']).toBe('EUR');
  });

  it('every line has id, quantity, net amount, name and price (BR-21 … BR-26), price × 1 = net', () => {
    for (const [i, line] of inv.InvoiceLine.entries()) {
      expect(line.ID).toBe(String(i + 1));
      expect(line.InvoicedQuantity['@unitCode']).toBe('C62');
      expect(line.Item.Name).toBeTruthy();
      expect(cents(line.Price.PriceAmount)).toBe(cents(line.LineExtensionAmount));
    }
  });

  it('escapes XML special characters in names', () => {
    const odd = sampleSnapshot();
    odd.buyer.name = 'Stadt <A&B> "C"';
    expect(renderXRechnung(odd, doc)).toContain('Stadt &lt;A&amp;B&gt; &quot;C&quot;');
  });
});

describe('XRechnung taxable invoice (19 %)', () => {
  const s = sampleSnapshot('invoice', 'taxable');
  const inv = parse(renderXRechnung(s, doc));

  it('category S 19 % on lines and breakdown, VAT = taxable × 19 % rounded (BR-S-08, BR-CO-17), seller VAT id (BR-S-02, BR-DE-16)', () => {
    const sub = inv.TaxTotal.TaxSubtotal[0];
    expect([sub.TaxCategory.ID, sub.TaxCategory.Percent]).toEqual(['S', '19']);
    expect(cents(sub.TaxAmount)).toBe(vatOf(s.netCents, 19));
    expect(cents(sub.TaxAmount)).toBe(Math.round((cents(sub.TaxableAmount) * 19) / 100));
    expect(sub.TaxCategory.TaxExemptionReasonCode).toBeUndefined();
    expect(inv.InvoiceLine[0].Item.ClassifiedTaxCategory.Percent).toBe('19');
    expect(inv.AccountingSupplierParty.Party.PartyTaxScheme[0]).toEqual({ CompanyID: 'DE811305219', TaxScheme: { ID: 'VAT' } });
    expect(cents(inv.LegalMonetaryTotal.PayableAmount)).toBe(s.netCents + vatOf(s.netCents, 19));
  });
});

describe('XRechnung credit note', () => {
  const s = sampleSnapshot('credit_note');
  const cn = parse(renderXRechnung(s, { number: 'DC-2026-00002', issueDate: '2026-11-10', dueDate: null }));

  it('is a UBL CreditNote of type 381 referring to the invoice (BG-3: BT-25, BT-26), with payment terms and means', () => {
    expect(cn.CreditNoteTypeCode).toBe('381');
    expect(cn.BillingReference.InvoiceDocumentReference).toEqual({ ID: 'DC-2026-00001', IssueDate: '2026-11-03' });
    expect(cn.DueDate).toBeUndefined();
    expect(cn.PaymentTerms.Note).toBeTruthy();
    expect(cn.PaymentMeans.PaymentMeansCode).toBe('97');
    expect(cn.CreditNoteLine).toHaveLength(2);
    expect(cn.CreditNoteLine[0].CreditedQuantity['@unitCode']).toBe('C62');
  });
});

describe('money rules', () => {
  it('VAT rounds half up to the cent; amounts print with two decimals, no float', () => {
    expect(vatOf(50, 19)).toBe(10); // 9.5 -> 10
    expect(vatOf(1, 19)).toBe(0);
    expect(vatOf(3, 19)).toBe(1); // 0.57
    expect(amount(123_456)).toBe('1234.56');
    expect(amount(5)).toBe('0.05');
    expect(amount(-5)).toBe('-0.05');
  });

  it('totals of lines: net, VAT per rule, gross', () => {
    const lines = [
      { id: '1', name: 'a', description: '', costItemId: null, netCents: 10_001 },
      { id: '2', name: 'b', description: '', costItemId: null, netCents: 20_002 },
    ];
    expect(totalsOf(lines, vatRuleOf('taxable'))).toEqual({ netCents: 30_003, vatCents: 5_701, grossCents: 35_704 });
    expect(totalsOf(lines, vatRuleOf('not_taxable'))).toEqual({ netCents: 30_003, vatCents: 0, grossCents: 30_003 });
  });

  it('IBAN check (mod 97, BR-DE-19)', () => {
    expect(isValidIban('DE85250501800000012345')).toBe(true);
    expect(isValidIban('DE86250501800000012345')).toBe(false);
    expect(isValidIban('DE89 3704 0044 0532 0130 00')).toBe(true);
  });
});
