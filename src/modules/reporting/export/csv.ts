import { type CsvValue, writeCsv } from '../../../platform/csv/csv.js';
import { formatCell, type ReportTable } from './table.js';

/**
 * A report as CSV for German spreadsheets through the one writer (platform/csv: UTF-8
 * with BOM, semicolons, decimal comma, formula-leading text neutralised, decision 0120).
 */
function cell(kind: string, value: string | number | null | undefined): CsvValue {
  if (value === null || value === undefined) return null;
  // Plain numbers (rates as fractions 0..1), no thousands separator.
  if (typeof value === 'number') return Math.round(value * 10000) / 10000;
  return kind === 'text' ? value : formatCell('text', value);
}

export function toCsv(table: ReportTable): string {
  const rows: CsvValue[][] = [table.columns.map((c) => c.header)];
  for (const row of table.rows) rows.push(table.columns.map((c) => cell(c.kind, row[c.key])));
  if (table.totals) rows.push(table.columns.map((c) => cell(c.kind, table.totals![c.key])));
  return writeCsv(rows);
}
