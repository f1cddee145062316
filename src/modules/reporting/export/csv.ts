import { formatCell, type ReportTable } from './table.js';

/**
 * CSV for German spreadsheets: UTF-8 with BOM, semicolons, decimal comma, quoted
 * fields. Formula-injection safe: a text cell starting with = + - @ or a tab/CR is
 * prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const quote = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function cell(kind: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    // Plain numbers (rates as fractions 0..1) with a decimal comma; no thousands separator.
    return String(Math.round(value * 10000) / 10000).replace('.', ',');
  }
  return quote(neutralise(kind === 'text' ? value : formatCell('text', value)));
}

export function toCsv(table: ReportTable): string {
  const lines = [table.columns.map((c) => quote(neutralise(c.header))).join(';')];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(c.kind, row[c.key])).join(';'));
  if (table.totals) lines.push(table.columns.map((c) => cell(c.kind, table.totals![c.key])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
