/**
 * XRechnung 3.0 (the German CIUS of EN 16931) in UBL 2.1 syntax, written by hand from the frozen
 * snapshot (decision record 0103): an Invoice (type 380) or a CreditNote (type 381) referring to its
 * invoice (BG-3). Element order follows the UBL 2.1 schemas. The rules we rely on are tested in
 * xrechnung.test.ts; the official checks (UBL XSD, EN 16931 and XRechnung schematron) run in
 * scripts/validate-xrechnung.sh when their files are present (not in CI).
 */
import { amount, type InvoiceSnapshot } from './invoice-model.js';
import { escapeMarkup } from '../../platform/markup/escape.js';

export const XRECHNUNG_CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
export const PEPPOL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

export interface IssuedDocument {
  number: string;
  issueDate: string;
  dueDate: string | null;
}

type Node = string | null | undefined | false | Node[];

function el(name: string, attrs: Record<string, string> | null, ...children: Node[]): string {
  const a = attrs
    ? Object.entries(attrs)
        .map(([k, v]) => ` ${k}="${escapeMarkup(v)}"`)
        .join('')
    : '';
  const inner = children.flat(10 as 1).filter((c) => c !== null && c !== undefined && c !== false) as string[];
  return `<${name}${a}>${inner.join('')}</${name}>`;
}
/** A leaf with text (escaped); nothing when the value is empty. */
const t = (name: string, value: string | null | undefined, attrs: Record<string, string> | null = null): string | null =>
  value === null || value === undefined || value === '' ? null : el(name, attrs, escapeMarkup(value));

const germanDate = (ymd: string) => `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;

export function paymentTermsText(s: InvoiceSnapshot, doc: IssuedDocument): string {
  if (s.kind === 'credit_note')
    return `Der Betrag wird mit der nächsten Rechnung verrechnet oder innerhalb von ${s.paymentTermDays} Tagen erstattet.`;
  return `Zahlbar ohne Abzug innerhalb von ${s.paymentTermDays} Tagen${doc.dueDate ? `, bis zum ${germanDate(doc.dueDate)}` : ''}, per SEPA-Überweisung unter Angabe der Rechnungsnummer ${doc.number}.`;
}

/** The UBL document as a string (UTF-8, no BOM). */
export function renderXRechnung(s: InvoiceSnapshot, doc: IssuedDocument): string {
  const isCredit = s.kind === 'credit_note';
  const root = isCredit ? 'CreditNote' : 'Invoice';
  const ns = isCredit
    ? 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'
    : 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
  const taxable = s.vat.category === 'S';
  const cur = { currencyID: 'EUR' };

  const seller = el(
    'cac:AccountingSupplierParty',
    null,
    el(
      'cac:Party',
      null,
      t('cbc:EndpointID', s.seller.contactEmail, { schemeID: 'EM' }),
      el('cac:PartyIdentification', null, t('cbc:ID', s.seller.identifier)),
      el('cac:PartyName', null, t('cbc:Name', s.seller.name)),
      address(s.seller.street, s.seller.city, s.seller.postalCode),
      // BT-31 / BT-32 only where VAT applies: category O forbids the seller's VAT id (BR-O-02).
      taxable && s.seller.vatId
        ? el('cac:PartyTaxScheme', null, t('cbc:CompanyID', s.seller.vatId), el('cac:TaxScheme', null, t('cbc:ID', 'VAT')))
        : null,
      taxable && !s.seller.vatId && s.seller.taxNumber
        ? el('cac:PartyTaxScheme', null, t('cbc:CompanyID', s.seller.taxNumber), el('cac:TaxScheme', null, t('cbc:ID', 'FC')))
        : null,
      el('cac:PartyLegalEntity', null, t('cbc:RegistrationName', s.seller.name)),
      el(
        'cac:Contact',
        null,
        t('cbc:Name', s.seller.contactName),
        t('cbc:Telephone', s.seller.contactPhone),
        t('cbc:ElectronicMail', s.seller.contactEmail),
      ),
    ),
  );

  const buyer = el(
    'cac:AccountingCustomerParty',
    null,
    el(
      'cac:Party',
      null,
      t('cbc:EndpointID', s.buyer.leitwegId, { schemeID: '0204' }),
      el('cac:PartyIdentification', null, t('cbc:ID', s.buyer.ags)),
      el('cac:PartyName', null, t('cbc:Name', s.buyer.name)),
      address(s.buyer.street, s.buyer.city, s.buyer.postalCode),
      el('cac:PartyLegalEntity', null, t('cbc:RegistrationName', s.buyer.name)),
      s.buyer.contactName || s.buyer.contactEmail || s.buyer.contactPhone
        ? el(
            'cac:Contact',
            null,
            t('cbc:Name', s.buyer.contactName),
            t('cbc:Telephone', s.buyer.contactPhone),
            t('cbc:ElectronicMail', s.buyer.contactEmail),
          )
        : null,
    ),
  );

  const paymentMeans = isCredit
    ? // 97 = clearing between partners (offset or refund); a credit transfer (58) would ask the buyer to pay.
      el('cac:PaymentMeans', null, t('cbc:PaymentMeansCode', '97'), t('cbc:PaymentID', doc.number))
    : el(
        'cac:PaymentMeans',
        null,
        t('cbc:PaymentMeansCode', '58', { name: 'SEPA credit transfer' }),
        t('cbc:PaymentID', doc.number),
        el(
          'cac:PayeeFinancialAccount',
          null,
          t('cbc:ID', s.seller.iban.replace(/\s+/g, '')),
          t('cbc:Name', s.seller.accountName),
          s.seller.bic ? el('cac:FinancialInstitutionBranch', null, t('cbc:ID', s.seller.bic)) : null,
        ),
      );

  const taxCategory = (withPercent: boolean, tagName: 'cac:TaxCategory' | 'cac:ClassifiedTaxCategory', withReason: boolean) =>
    el(
      tagName,
      null,
      t('cbc:ID', s.vat.category),
      withPercent ? t('cbc:Percent', String(s.vat.percent)) : null,
      withReason ? t('cbc:TaxExemptionReasonCode', s.vat.exemptionReasonCode) : null,
      withReason ? t('cbc:TaxExemptionReason', s.vat.exemptionReason) : null,
      el('cac:TaxScheme', null, t('cbc:ID', 'VAT')),
    );

  const taxTotal = el(
    'cac:TaxTotal',
    null,
    t('cbc:TaxAmount', amount(s.vatCents), cur),
    el(
      'cac:TaxSubtotal',
      null,
      t('cbc:TaxableAmount', amount(s.netCents), cur),
      t('cbc:TaxAmount', amount(s.vatCents), cur),
      // BR-DE-14: the breakdown carries a rate, also 0 for category O; lines do not (BR-O-05).
      taxCategory(true, 'cac:TaxCategory', true),
    ),
  );

  const totals = el(
    'cac:LegalMonetaryTotal',
    null,
    t('cbc:LineExtensionAmount', amount(s.netCents), cur),
    t('cbc:TaxExclusiveAmount', amount(s.netCents), cur),
    t('cbc:TaxInclusiveAmount', amount(s.grossCents), cur),
    t('cbc:PayableAmount', amount(s.grossCents), cur),
  );

  const lines = s.lines.map((line) =>
    el(
      isCredit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
      null,
      t('cbc:ID', line.id),
      t(isCredit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', '1', { unitCode: 'C62' }),
      t('cbc:LineExtensionAmount', amount(line.netCents), cur),
      el(
        'cac:Item',
        null,
        t('cbc:Description', line.description),
        t('cbc:Name', line.name),
        taxCategory(taxable, 'cac:ClassifiedTaxCategory', false),
      ),
      el('cac:Price', null, t('cbc:PriceAmount', amount(line.netCents), cur)),
    ),
  );

  const note = [s.note, `Abrechnungszeitraum ${s.periodLabel}`].filter(Boolean).join(' – ');
  const body = el(
    root,
    {
      xmlns: ns,
      'xmlns:cac': 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
      'xmlns:cbc': 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
    },
    t('cbc:CustomizationID', XRECHNUNG_CUSTOMIZATION_ID),
    t('cbc:ProfileID', PEPPOL_PROFILE_ID),
    t('cbc:ID', doc.number),
    t('cbc:IssueDate', doc.issueDate),
    isCredit ? null : t('cbc:DueDate', doc.dueDate),
    t(isCredit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode', isCredit ? '381' : '380'),
    t('cbc:Note', note),
    t('cbc:DocumentCurrencyCode', 'EUR'),
    t('cbc:BuyerReference', s.buyer.leitwegId),
    el('cac:InvoicePeriod', null, t('cbc:StartDate', s.periodStart), t('cbc:EndDate', s.periodEnd)),
    s.preceding
      ? el(
          'cac:BillingReference',
          null,
          el('cac:InvoiceDocumentReference', null, t('cbc:ID', s.preceding.number), t('cbc:IssueDate', s.preceding.issueDate)),
        )
      : null,
    seller,
    buyer,
    paymentMeans,
    el('cac:PaymentTerms', null, t('cbc:Note', paymentTermsText(s, doc))),
    taxTotal,
    totals,
    lines,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

function address(street: string, city: string, postalCode: string) {
  return el(
    'cac:PostalAddress',
    null,
    t('cbc:StreetName', street),
    t('cbc:CityName', city),
    t('cbc:PostalZone', postalCode),
    el('cac:Country', null, t('cbc:IdentificationCode', 'DE')),
  );
}
