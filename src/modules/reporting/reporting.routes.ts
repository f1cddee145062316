import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { getCallReport } from './call-report.service.js';
import { callReportTable } from './call-report.table.js';
import { sendTable } from './export/send.js';
import { callReportQuerySchema, callReportSchema } from './reporting.contract.js';

const tags = ['Berichte'];

export async function reportingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/reports/calls', {
    schema: {
      tags,
      summary: 'Anrufkennzahlen je Tag, Intervall, Woche, Monat, Mandant, Warteschlange, Kanal oder Agent/in (JSON, CSV, XLSX, PDF)',
      description: 'Aus den 15-Minuten-Rollups; Definitionen in docs/metrics.md. from/to sind Berliner Kalendertage (einschließlich).',
      querystring: callReportQuerySchema,
      response: { 200: callReportSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getCallReport(useCaseContext(request), query);
      if (format === 'json') return report;
      return sendTable(reply, format, callReportTable(report));
    },
  });
}
