/** A sample snapshot for tests and scripts/write-sample-xrechnung.ts (demo figures, valid IBAN and Leitweg-ID). */
import { makeLeitwegId } from '../tenancy/index.js';
import { totalsOf, vatRuleOf, type InvoiceLine, type InvoiceSnapshot, type VatTreatment } from './invoice-model.js';

export const sampleSeller = {
  name: 'Landeshauptstadt Hannover',
  street: 'Trammplatz 2',
  postalCode: '30159',
  city: 'Hannover',
  identifier: '03241001',
  taxNumber: '25/200/12345',
  vatId: 'DE811305219',
  // DE + check digits + demo bank code and account: passes mod 97 (BR-DE-19).
  iban: 'DE85250501800000012345',
  bic: 'SPKHDE2H',
  accountName: 'Landeshauptstadt Hannover, Stadtkasse',
  contactName: 'DialogCenter, Abrechnung',
  contactPhone: '0511 168-0',
  contactEmail: 'dialogcenter-abrechnung@hannover-stadt.example',
};

export function sampleSnapshot(kind: 'invoice' | 'credit_note' = 'invoice', treatment: VatTreatment = 'not_taxable'): InvoiceSnapshot {
  const vat = vatRuleOf(treatment);
  const lines: InvoiceLine[] = [
    {
      id: '1',
      name: 'Personalkosten DialogCenter',
      description: 'Anteil Oktober 2026 nach bearbeiteten Kontakten (1.234 von 9.876)',
      costItemId: 'p',
      netCents: 281_123,
    },
    {
      id: '2',
      name: 'Sachkosten DialogCenter',
      description: 'Anteil Oktober 2026 nach bearbeiteten Kontakten',
      costItemId: 'm',
      netCents: 50_877,
    },
  ];
  const totals = totalsOf(lines, vat);
  return {
    kind,
    period: '2026-10',
    periodLabel: 'Oktober 2026',
    periodStart: '2026-10-01',
    periodEnd: '2026-10-31',
    seller: sampleSeller,
    buyer: {
      tenantId: '00000000-0000-4000-8000-000000000001',
      ags: '03241010',
      name: 'Stadt Langenhagen',
      leitwegId: makeLeitwegId('03241010', 'DIALOGCENTER'),
      street: 'Marktplatz 1',
      postalCode: '30853',
      city: 'Langenhagen',
      contactName: 'Finanzen Langenhagen',
      contactEmail: 'rechnungen@langenhagen.example',
      contactPhone: '0511 7307-0',
    },
    vat,
    paymentTermDays: 30,
    lines,
    figures: [],
    ...totals,
    preceding: kind === 'credit_note' ? { id: 'x', number: 'DC-2026-00001', issueDate: '2026-11-03' } : null,
    note: 'Kostenerstattung DialogCenter nach Zweckvereinbarung',
  };
}
