/**
 * What an invoice or credit note says, frozen in the draft (pure; decision record 0102): seller,
 * buyer, period, lines, VAT and totals. Totals follow EN 16931: the line net amounts (BT-131) add
 * up to the sum of lines (BT-106) = tax exclusive amount (BT-109); VAT per category (BT-117) is the
 * category's taxable amount × rate, rounded half up to the cent; gross (BT-112) = net + VAT.
 */
export type VatTreatment = 'not_taxable' | 'taxable';

export interface VatRule {
  treatment: VatTreatment;
  /** UNCL 5305: O = services outside the scope of tax; S = standard rate. */
  category: 'O' | 'S';
  percent: number;
  exemptionReasonCode: string | null;
  exemptionReason: string | null;
}

export const vatRuleOf = (treatment: VatTreatment): VatRule =>
  treatment === 'taxable'
    ? { treatment, category: 'S', percent: 19, exemptionReasonCode: null, exemptionReason: null }
    : {
        treatment,
        category: 'O',
        percent: 0,
        exemptionReasonCode: 'VATEX-EU-O',
        exemptionReason:
          'Nicht steuerbar: Leistung im Rahmen der interkommunalen Zusammenarbeit einer juristischen Person des öffentlichen Rechts (§ 2b UStG).',
      };

export interface Seller {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  identifier: string;
  taxNumber: string | null;
  vatId: string | null;
  iban: string;
  bic: string | null;
  accountName: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export interface Buyer {
  tenantId: string;
  ags: string;
  name: string;
  leitwegId: string;
  street: string;
  postalCode: string;
  city: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

export interface InvoiceLine {
  /** BT-126, 1-based within the document. */
  id: string;
  /** BT-153 item name, BT-154 description. */
  name: string;
  description: string;
  /** The cost item this share belongs to (no BT; our own reference). */
  costItemId: string | null;
  netCents: number;
}

/** The figures behind the charges, per month of the period. */
export interface MonthFigures {
  month: string;
  keyKind: string;
  contacts: number;
  talkMinutes: number;
  inhabitants: number | null;
  inhabitantsAsOf: string | null;
  /** The basis of the variable part: own figure and the group total it is a share of. */
  basisUnit: string | null;
  basisOwn: number;
  basisGroupTotal: number;
  fixedCents: number;
  variableCents: number;
  totalCents: number;
}

export interface InvoiceSnapshot {
  kind: 'invoice' | 'credit_note';
  period: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  seller: Seller;
  buyer: Buyer;
  vat: VatRule;
  paymentTermDays: number;
  lines: InvoiceLine[];
  figures: MonthFigures[];
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** Credit notes: the invoice they refer to (BG-3). */
  preceding: { id: string; number: string; issueDate: string } | null;
  note: string | null;
}

export interface Totals {
  netCents: number;
  vatCents: number;
  grossCents: number;
}

/** Half up on exact integers: cents × percent / 100. */
export const vatOf = (netCents: number, percent: number): number => {
  const scaled = BigInt(netCents) * BigInt(Math.round(percent * 100));
  const denominator = 10_000n;
  const sign = scaled < 0n ? -1n : 1n;
  const abs = scaled * sign;
  return Number(sign * ((abs * 2n + denominator) / (denominator * 2n)));
};

export function totalsOf(lines: readonly InvoiceLine[], vat: VatRule): Totals {
  const netCents = lines.reduce((a, l) => a + l.netCents, 0);
  const vatCents = vat.category === 'S' ? vatOf(netCents, vat.percent) : 0;
  return { netCents, vatCents, grossCents: netCents + vatCents };
}

/** "1234.5" -> decimal with two places for UBL amounts (no float formatting of money). */
export const amount = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** 1.234,56 € */
export const euro = (cents: number): string =>
  `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)} €`;

/** IBAN check (ISO 13616 mod 97 = 1), as BR-DE-19 demands. */
export function isValidIban(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const digits = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}
