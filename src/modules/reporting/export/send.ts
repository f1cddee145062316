import type { FastifyReply } from 'fastify';
import { toCsv } from './csv.js';
import { toPdf } from './pdf.js';
import type { ReportTable } from './table.js';
import { toXlsx } from './xlsx.js';

const types = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Sends a report table as a download in the requested file format. */
export async function sendTable(reply: FastifyReply, format: keyof typeof types, table: ReportTable) {
  const body = format === 'csv' ? toCsv(table) : format === 'xlsx' ? await toXlsx(table) : await toPdf(table);
  return reply
    .type(types[format])
    .header('Content-Disposition', `attachment; filename="${table.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}"`)
    .header('Cache-Control', 'no-store')
    .send(body);
}
