import ExcelJS from 'exceljs';
import type { ReportTable } from './table.js';

/** XLSX via exceljs: header row, numbers as numbers (rates formatted as percent), totals row in bold, a sheet with the parameters. */
export async function toXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'DialogCenter';
  const sheet = workbook.addWorksheet('Bericht');
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.kind === 'text' ? 28 : 16,
    style: { numFmt: c.kind === 'rate' ? '0.0%' : c.kind === 'seconds' ? '0.0' : c.kind === 'int' ? '#,##0' : '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  // Text cells are written as text values: exceljs never turns them into formulas.
  for (const row of table.rows) sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
  if (table.totals) {
    const r = sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, table.totals![c.key] ?? null])));
    r.font = { bold: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const info = workbook.addWorksheet('Angaben');
  info.addRow([table.title]).font = { bold: true };
  for (const line of [...table.subtitle, ...(table.notes ?? [])]) info.addRow([line]);
  info.getColumn(1).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
