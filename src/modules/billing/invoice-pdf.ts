/**
 * A readable PDF of the same invoice or credit note (pdfkit, A4): the XRechnung XML is the legal
 * document for the e-invoicing portal; this is for people. Rendered from the frozen snapshot, so it
 * shows exactly what the XML says. Deterministic: creation date = issue date.
 */
import PDFDocument from 'pdfkit';
import { euro, type InvoiceSnapshot } from './invoice-model.js';
import { paymentTermsText, type IssuedDocument } from './xrechnung.js';

const keyLabels: Record<string, string> = {
  per_contact: 'je bearbeitetem Kontakt',
  per_minute: 'je Gesprächsminute',
  per_inhabitant: 'je Einwohnerin/Einwohner',
  base_plus_variable: 'Grundbetrag + Anteil nach Kontakten',
  fixed: 'Festbetrag',
};
const germanDate = (ymd: string | null) => (ymd ? `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}` : '–');
const number = new Intl.NumberFormat('de-DE');

export function renderInvoicePdf(s: InvoiceSnapshot, doc: IssuedDocument | null): Promise<Buffer> {
  const title = s.kind === 'credit_note' ? 'Gutschrift' : 'Rechnung';
  const created = doc ? new Date(`${doc.issueDate}T12:00:00Z`) : new Date(`${s.periodEnd}T12:00:00Z`);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `${title} ${doc?.number ?? '(Entwurf)'}`, Author: s.seller.name, CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const left = 50;
  const width = 495;

  pdf
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#444')
    .text(`${s.seller.name} · ${s.seller.street} · ${s.seller.postalCode} ${s.seller.city}`, left, 50);
  pdf.moveDown(0.8).fillColor('#000').fontSize(10);
  pdf.text(s.buyer.name).text(s.buyer.street).text(`${s.buyer.postalCode} ${s.buyer.city}`);
  if (s.buyer.contactName) pdf.text(`z. Hd. ${s.buyer.contactName}`);

  const metaTop = 130;
  const meta: [string, string][] = [
    [`${title}snummer`, doc?.number ?? 'Entwurf (noch ohne Nummer)'],
    ['Datum', germanDate(doc?.issueDate ?? null)],
    ['Leitweg-ID', s.buyer.leitwegId],
    ['Zeitraum', `${s.periodLabel} (${germanDate(s.periodStart)} – ${germanDate(s.periodEnd)})`],
  ];
  if (s.kind === 'invoice') meta.push(['Fällig am', germanDate(doc?.dueDate ?? null)]);
  if (s.preceding) meta.push(['Zur Rechnung', `${s.preceding.number} vom ${germanDate(s.preceding.issueDate)}`]);
  meta.forEach(([k, v], i) => {
    pdf
      .fontSize(9)
      .font('Helvetica-Bold')
      .text(k, 330, metaTop + i * 14, { width: 80 });
    pdf.font('Helvetica').text(v, 410, metaTop + i * 14, { width: 135 });
  });

  pdf
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(`${title} ${doc?.number ?? '(Entwurf)'}`, left, 240);
  pdf.font('Helvetica').fontSize(9.5).moveDown(0.3);
  pdf.text(s.note ?? 'Kostenerstattung DialogCenter nach Zweckvereinbarung', { width });

  // Lines
  let y = pdf.y + 14;
  const cols = [left, left + 30, left + 385];
  pdf.font('Helvetica-Bold').fontSize(9);
  pdf.text('Pos.', cols[0], y).text('Leistung', cols[1], y).text('Betrag (netto)', cols[2], y, { width: 110, align: 'right' });
  y += 14;
  pdf
    .moveTo(left, y - 3)
    .lineTo(left + width, y - 3)
    .strokeColor('#999')
    .stroke();
  pdf.font('Helvetica');
  for (const line of s.lines) {
    pdf.font('Helvetica-Bold').text(line.id, cols[0], y).text(line.name, cols[1], y, { width: 345 });
    pdf.font('Helvetica').text(euro(line.netCents), cols[2], y, { width: 110, align: 'right' });
    y = pdf.y + 1;
    if (line.description) {
      pdf.fontSize(8).fillColor('#333').text(line.description, cols[1], y, { width: 345 });
      pdf.fontSize(9).fillColor('#000');
      y = pdf.y + 6;
    }
  }
  pdf
    .moveTo(left, y)
    .lineTo(left + width, y)
    .strokeColor('#999')
    .stroke();
  y += 6;
  const sumRow = (label: string, value: string, bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica').text(label, cols[1], y, { width: 345, align: 'right' });
    pdf.text(value, cols[2], y, { width: 110, align: 'right' });
    y += 14;
  };
  sumRow('Summe netto', euro(s.netCents));
  sumRow(s.vat.category === 'S' ? `Umsatzsteuer ${s.vat.percent} %` : 'Umsatzsteuer (nicht steuerbar)', euro(s.vatCents));
  sumRow(s.kind === 'credit_note' ? 'Gutschriftsbetrag' : 'Rechnungsbetrag', euro(s.grossCents), true);
  pdf.font('Helvetica').fontSize(8.5);
  if (s.vat.exemptionReason) pdf.text(s.vat.exemptionReason, left, y + 4, { width });

  // Figures behind the charges
  if (s.figures.length > 0) {
    pdf.moveDown(1).font('Helvetica-Bold').fontSize(10).text('Grundlagen der Berechnung', left);
    pdf.font('Helvetica').fontSize(8.5);
    for (const f of s.figures) {
      const parts = [
        `${f.month}: Schlüssel ${keyLabels[f.keyKind] ?? f.keyKind}`,
        `${number.format(f.contacts)} bearbeitete Kontakte`,
        `${number.format(f.talkMinutes)} Gesprächsminuten`,
      ];
      if (f.inhabitants !== null) parts.push(`${number.format(f.inhabitants)} Einwohner (Stand ${germanDate(f.inhabitantsAsOf)})`);
      if (f.basisUnit) parts.push(`Anteil ${number.format(f.basisOwn)} von ${number.format(f.basisGroupTotal)}`);
      parts.push(`Betrag ${euro(f.totalCents)}`);
      pdf.text(parts.join(' · '), { width });
    }
  }

  pdf.moveDown(1).font('Helvetica').fontSize(9);
  pdf.text(doc ? paymentTermsText(s, doc) : `Zahlungsziel ${s.paymentTermDays} Tage nach Rechnungsdatum.`, left, undefined, { width });
  if (s.kind === 'invoice')
    pdf.text(`Bankverbindung: ${s.seller.accountName}, IBAN ${s.seller.iban}${s.seller.bic ? `, BIC ${s.seller.bic}` : ''}`, { width });
  pdf.moveDown(0.5).fontSize(8).fillColor('#444');
  pdf.text(
    `${s.seller.name}, ${s.seller.street}, ${s.seller.postalCode} ${s.seller.city} · Kontakt: ${s.seller.contactName}, ${s.seller.contactPhone}, ${s.seller.contactEmail}` +
      (s.vat.category === 'S' && s.seller.vatId
        ? ` · USt-IdNr. ${s.seller.vatId}`
        : s.seller.taxNumber
          ? ` · Steuernummer ${s.seller.taxNumber}`
          : ''),
    { width },
  );
  pdf.text('Die elektronische Rechnung (XRechnung) ist das maßgebliche Dokument; dieses PDF gibt sie lesbar wieder.', { width });
  pdf.end();
  return done;
}
