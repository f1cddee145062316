import PDFDocument from 'pdfkit';
import { formatCell, type ReportTable } from './table.js';

/**
 * A4 landscape PDF rendered on the server with pdfkit: title, parameters, a bar chart
 * of the chosen series (vector drawing, with axis labels and a legend), the table
 * (repeated header on every page), notes. Standard Helvetica (WinAnsi covers German).
 */
export function toPdf(table: ReportTable): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, info: { Title: table.title, Author: 'DialogCenter' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(16).text(table.title);
  doc.font('Helvetica').fontSize(9).fillColor('#333');
  for (const line of table.subtitle) doc.text(line);
  doc.moveDown(0.5);

  if (table.chart && (table.chart.rows ?? table.rows).length > 0) drawChart(doc, table, left, width);
  drawTable(doc, table, left, width);
  if (table.notes?.length) {
    doc.moveDown(0.8).font('Helvetica').fontSize(9).fillColor('#000');
    for (const n of table.notes) doc.text(n, left, undefined, { width });
  }
  doc.end();
  return done;
}

const palette = ['#1f5fa8', '#d9822b', '#3c8d3c', '#a83232'];

function drawChart(doc: PDFKit.PDFDocument, table: ReportTable, left: number, width: number) {
  const chart = table.chart!;
  const top = doc.y + 4;
  const height = 150;
  const rows = (chart.rows ?? table.rows).slice(0, 96);
  const max = Math.max(1, ...rows.flatMap((r) => chart.series.map((s) => Number(r[s.key] ?? 0))));
  doc.font('Helvetica-Bold').fontSize(10).fillColor('#000').text(chart.title, left, top);
  const plotTop = top + 16;
  const plotLeft = left + 40;
  const plotWidth = width - 40;
  const base = plotTop + height;
  doc
    .strokeColor('#999')
    .lineWidth(0.5)
    .moveTo(plotLeft, plotTop)
    .lineTo(plotLeft, base)
    .lineTo(plotLeft + plotWidth, base)
    .stroke();
  doc.font('Helvetica').fontSize(7).fillColor('#333');
  doc.text(formatCell('int', max), left, plotTop - 3, { width: 36, align: 'right' });
  doc.text('0', left, base - 6, { width: 36, align: 'right' });
  const slot = plotWidth / rows.length;
  const barWidth = Math.max(1, (slot * 0.8) / chart.series.length);
  rows.forEach((r, i) => {
    chart.series.forEach((s, k) => {
      const v = Number(r[s.key] ?? 0);
      const h = (v / max) * height;
      doc.rect(plotLeft + i * slot + slot * 0.1 + k * barWidth, base - h, barWidth, h).fill(palette[k % palette.length]!);
    });
  });
  const step = Math.ceil(rows.length / 12);
  doc.fillColor('#333').fontSize(7);
  rows.forEach((r, i) => {
    if (i % step === 0) doc.text(String(r[chart.labelKey] ?? ''), plotLeft + i * slot, base + 3, { width: slot * step, lineBreak: false });
  });
  let x = plotLeft;
  for (const [k, s] of chart.series.entries()) {
    doc.rect(x, base + 16, 8, 8).fill(palette[k % palette.length]!);
    doc.fillColor('#000').text(s.name, x + 11, base + 17, { lineBreak: false });
    x += 11 + doc.widthOfString(s.name) + 14;
  }
  doc.x = left;
  doc.y = base + 34;
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, left: number, width: number) {
  const cols = table.columns;
  const textCols = cols.filter((c) => c.kind === 'text').length;
  const numWidth = Math.min(70, (width * 0.65) / Math.max(1, cols.length - textCols));
  const textWidth = (width - numWidth * (cols.length - textCols)) / Math.max(1, textCols);
  const widths = cols.map((c) => (c.kind === 'text' ? textWidth : numWidth));
  const rowHeight = 13;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const header = () => {
    let x = left;
    doc.font('Helvetica-Bold').fontSize(7.5).fillColor('#000');
    const y = doc.y;
    cols.forEach((c, i) => {
      doc.text(c.header, x + 2, y, { width: widths[i]! - 4, align: c.kind === 'text' ? 'left' : 'right', lineBreak: false });
      x += widths[i]!;
    });
    doc
      .moveTo(left, y + rowHeight - 2)
      .lineTo(left + width, y + rowHeight - 2)
      .strokeColor('#666')
      .lineWidth(0.5)
      .stroke();
    doc.y = y + rowHeight;
  };
  const line = (values: Record<string, string | number | null>, bold: boolean) => {
    if (doc.y + rowHeight > bottom) {
      doc.addPage();
      header();
    }
    let x = left;
    const y = doc.y;
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(7.5)
      .fillColor('#000');
    cols.forEach((c, i) => {
      doc.text(formatCell(c.kind, values[c.key]), x + 2, y, {
        width: widths[i]! - 4,
        align: c.kind === 'text' ? 'left' : 'right',
        lineBreak: false,
      });
      x += widths[i]!;
    });
    doc.y = y + rowHeight;
  };
  if (doc.y + rowHeight * 3 > bottom) doc.addPage();
  header();
  for (const r of table.rows) line(r, false);
  if (table.totals) line(table.totals, true);
  doc.x = left;
}
