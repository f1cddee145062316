import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acceptApiToken } from '../../platform/http/api-token-auth.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import { requireRole } from '../../platform/auth/actor.js';
import { callHistoryProgress } from '../contacts/index.js';
import { z } from 'zod';
import { getCallReport } from './call-report.service.js';
import { callReportTable } from './call-report.table.js';
import { sendTable } from './export/send.js';
import { getPilotEvaluation } from './pilot-evaluation.service.js';
import { pilotTable } from './pilot-evaluation.table.js';
import { getAgreementCompliance } from './agreement-compliance.service.js';
import { complianceTable, dataBasisTable } from './compliance.table.js';
import { getDataBasis } from './data-basis.service.js';
import { getMonthlyReportPdf, listMonthlyReportsFor, runMonthlyReportsByHand } from './monthly-report.service.js';
import {
  agreementComplianceSchema,
  callReportQuerySchema,
  callReportSchema,
  dataBasisSchema,
  monthRangeQuerySchema,
  pilotEvaluationSchema,
  pilotQuerySchema,
} from './reporting.contract.js';
import { systemClock, type Clock } from '../../platform/time/clock.js';
import { getAgentReport, getChannelMix, getTopServices } from './contact-reports.service.js';
import { agentReportTable, channelMixTable, topServicesTable } from './contact-reports.table.js';
import {
  agentReportSchema,
  channelMixSchema,
  dayRangeQuerySchema,
  topServicesQuerySchema,
  topServicesSchema,
} from './reporting.contract.js';

const tags = ['Berichte'];

export async function reportingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Until the clock is part of the use-case context: the server's clock, injected here.
  const clock: Clock = (app as unknown as { clock?: Clock }).clock ?? systemClock;

  r.get('/api/v1/reports/calls', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
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

  r.get('/api/v1/reports/agents', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary: 'Agentenbericht: angemeldete Zeit, Zeit je Status, angenommene Anrufe, Gesprächszeit, Auslastung (JSON, CSV, XLSX, PDF)',
      description:
        'Zeiten aus dem Statusprotokoll (ein Pool für alle Mandanten), Anrufe aus den Rollups (mit tenant: nur dessen Anrufe). Nur Teamleitung und Administration.',
      querystring: dayRangeQuerySchema,
      response: { 200: agentReportSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getAgentReport(useCaseContext(request), query);
      if (format === 'json') return report;
      return sendTable(reply, format, agentReportTable(report));
    },
  });

  r.get('/api/v1/reports/services', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary: 'Meistgefragte Leistungen (LeiKa) aus den dokumentierten Kontakten aller Kanäle, mit Erstlösungs- und Weiterleitungsquote',
      querystring: topServicesQuerySchema,
      response: { 200: topServicesSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getTopServices(useCaseContext(request), query);
      if (format === 'json') return report;
      return sendTable(reply, format, topServicesTable(report));
    },
  });

  r.get('/api/v1/reports/channels', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary: 'Kanalmix: Eingang, Kontakte, Erstlösungsquote und Bearbeitungszeit je Kanal (Telefon, E-Mail, Formular, Chat, Rückruf)',
      querystring: dayRangeQuerySchema,
      response: { 200: channelMixSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getChannelMix(useCaseContext(request), query);
      if (format === 'json') return report;
      return sendTable(reply, format, channelMixTable(report));
    },
  });

  r.get('/api/v1/reports/pilot-evaluation', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary: 'Pilotbewertung je Mandant oder gesamt: Monat für Monat gegen Servicevereinbarung und Ausgangswert des Ratsbeschlusses',
      querystring: pilotQuerySchema,
      response: { 200: pilotEvaluationSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const evaluation = await getPilotEvaluation(useCaseContext(request), query, clock);
      if (format === 'json') return evaluation;
      return sendTable(reply, format, pilotTable(evaluation));
    },
  });

  r.get('/api/v1/reports/agreement-compliance', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary: 'Servicevereinbarung: je Mandant und Monat (und Pilotphase) jede Zusage gehalten oder nicht, mit Zähler und Nenner',
      description:
        'Erreichbarkeit nur innerhalb der vereinbarten Servicezeiten; Anrufe außerhalb zählen gesondert. Definitionen in docs/metrics.md.',
      querystring: monthRangeQuerySchema,
      response: { 200: agreementComplianceSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const compliance = await getAgreementCompliance(useCaseContext(request), query, clock);
      if (format === 'json') return compliance;
      return sendTable(reply, format, complianceTable(compliance));
    },
  });

  r.get('/api/v1/reports/data-basis', {
    onRequest: acceptApiToken('reporting:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['reporting:read'] }],
      tags,
      summary:
        'Datenbasis: Stand der Wissensdatenbank (vollständig, geprüft, überfällig, Lücken) mit Monatsverlauf, und worauf die Anrufkennzahlen beruhen',
      description: 'Ohne from: die letzten zwölf Monate bis to (ohne to: der laufende Monat).',
      querystring: monthRangeQuerySchema,
      response: { 200: dataBasisSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const basis = await getDataBasis(useCaseContext(request), query, clock);
      if (format === 'json') return basis;
      return sendTable(reply, format, dataBasisTable(basis));
    },
  });

  r.get('/api/v1/reports/monthly', {
    schema: {
      tags,
      summary: 'Monatsberichte je Mandant (am ersten Werktag des Folgemonats erstellt und an die Koordination gemailt) zum Herunterladen',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              tenant: z.string(),
              tenantName: z.string(),
              month: z.string(),
              label: z.string(),
              summary: z.string(),
              mailedTo: z.number().int().describe('Anzahl der Empfänger'),
              madeAt: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (request) => ({ items: await listMonthlyReportsFor(useCaseContext(request)) }),
  });

  r.get('/api/v1/reports/monthly/:id', {
    schema: { tags, summary: 'Ein Monatsbericht als PDF', params: z.object({ id: z.uuid({ message: 'Ungültige Kennung.' }) }) },
    handler: async (request, reply) => {
      const { pdf, fileName } = await getMonthlyReportPdf(useCaseContext(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .header('Cache-Control', 'no-store')
        .send(pdf);
    },
  });

  r.post('/api/v1/reports/monthly/run', {
    schema: {
      tags,
      summary: 'Monatsberichte eines Monats jetzt erstellen und mailen (Administration; vorhandene bleiben unverändert)',
      body: z.object({ month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM angeben.') }),
    },
    handler: async (request) => {
      const result = await runMonthlyReportsByHand(useCaseContext(request), request.body.month);
      return { month: result.month, created: result.created.length, existing: result.existing };
    },
  });

  r.get('/api/v1/reports/demo-history', {
    schema: {
      tags,
      summary: 'Fortschritt der Demo-Anrufhistorie (wird nach dem Start im Hintergrund über die Telefonie-Schnittstelle erzeugt)',
      response: {
        200: z.object({
          state: z.enum(['idle', 'running', 'done', 'failed']),
          daysTotal: z.number(),
          daysDone: z.number(),
          calls: z.number(),
          events: z.number(),
          documented: z.number().describe('Kontakte der Historie dokumentiert (Leistung, Ergebnis)'),
          from: z.string().nullable(),
          to: z.string().nullable(),
          message: z.string(),
        }),
      },
    },
    handler: async (request) => {
      requireRole(useCaseContext(request).actor, 'supervisor', 'admin');
      return callHistoryProgress;
    },
  });
}
