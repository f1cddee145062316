import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { responseTimeReportSchema } from './dispatch.contract.js';
import { responseTimesXlsx } from './reports-xlsx.js';
import { getResponseTimeReport, responseTimesCsv } from './reports.service.js';
import { base, type ContextOf, tags } from './route-kit.js';

/** Reports for the pilot evaluation: response times, per day and hour, per district (heat map); JSON, CSV, XLSX. */
export async function reportRoutes(app: FastifyInstance, ctxOf: ContextOf) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(`${base}/reports/response-times`, {
    schema: {
      tags,
      summary: 'Reaktionszeiten je Einsatzart, Bezirk, Dringlichkeit oder Schicht, je Tag/Stunde und Bezirk (JSON, CSV oder XLSX)',
      querystring: z
        .object({
          groupBy: z
            .enum(['category', 'district', 'priority', 'shift'], { message: 'Gruppierung: category, district, priority oder shift.' })
            .default('category'),
          from: z.coerce.date({ message: 'Kein gültiges Datum (von).' }),
          to: z.coerce.date({ message: 'Kein gültiges Datum (bis).' }),
          format: z.enum(['json', 'csv', 'xlsx'], { message: 'Format: json, csv oder xlsx.' }).default('json'),
        })
        .refine((q) => q.from < q.to, { message: 'Der Beginn muss vor dem Ende liegen.', path: ['to'] }),
      // JSON answer; the CSV and XLSX downloads are sent as text and bytes and pass the serializer untouched.
      response: { 200: responseTimeReportSchema },
    },
    handler: async (request, reply) => {
      const q = request.query;
      const report = await getResponseTimeReport(ctxOf(request, 'dispatcher', 'supervisor'), q.groupBy, q.from, q.to);
      if (q.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="reaktionszeiten-${q.groupBy}.csv"`)
          .send(responseTimesCsv(report) as never); // text, not the JSON schema's shape
      }
      if (q.format === 'xlsx') {
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('Content-Disposition', `attachment; filename="reaktionszeiten-${q.groupBy}.xlsx"`)
          .send((await responseTimesXlsx(report)) as never); // bytes, not the JSON schema's shape
      }
      return report;
    },
  });
}
