import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { getMissedIntervals, getStaffingPlan, runStaffingWhatIf } from './plan.service.js';
import {
  erlangRequestSchema,
  erlangResponseSchema,
  missedQuerySchema,
  missedReportSchema,
  planReportSchema,
  whatIfReportSchema,
  whatIfRequestSchema,
} from './staffing.contract.js';
import { calculateErlang } from './staffing.service.js';
import { sendTable } from '../reporting/index.js';
import { deleteScenario, getScenario, listScenarios, saveScenario, updateScenario } from './scenarios.service.js';
import {
  planExportQuerySchema,
  scenarioDeleteQuerySchema,
  scenarioIdParamsSchema,
  scenarioInputSchema,
  scenarioListSchema,
  scenarioReportQuerySchema,
  scenarioSchema,
  scenarioUpdateSchema,
} from './staffing.contract.js';
import { planTable, whatIfTable } from './staffing.tables.js';
import { z } from 'zod';

const tags = ['Personalbedarf'];

/** Staffing: Erlang calculator, forecast, plan and what-if (supervisors and administrators). */
export async function staffingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/staffing/erlang', {
    schema: {
      tags,
      summary: 'Erlang C oder Erlang A: Kennzahlen für eine Agentenzahl oder die kleinste Agentenzahl für ein Ziel',
      body: erlangRequestSchema,
      response: { 200: erlangResponseSchema },
    },
    handler: async (request) => calculateErlang(useCaseContext(request, 'supervisor', 'admin'), request.body),
  });

  const cost = () => ({ costPerFteYear: app.config.COST_PER_FTE_YEAR, weeklyHoursPerFte: app.config.WEEKLY_HOURS_PER_FTE });

  r.get('/api/v1/staffing/plan', {
    schema: {
      tags,
      summary: 'Personalbedarfsplan einer Woche je halbe Stunde aus der Prognose, mit FTE, Kosten und Prognosefehler je Mandant',
      description: 'format=csv, xlsx oder pdf liefert den Plan als Datei (Tabelle je halbe Stunde, Summen, Prognosefehler).',
      querystring: planExportQuerySchema,
      response: { 200: planReportSchema },
    },
    handler: async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await getStaffingPlan(useCaseContext(request, 'supervisor', 'admin'), query, cost());
      return format === 'json' ? report : sendTable(reply, format, planTable(report));
    },
  });

  r.get('/api/v1/staffing/scenarios', {
    schema: { tags, summary: 'Gespeicherte Was-wäre-wenn-Szenarien (für das ganze DialogCenter)', response: { 200: scenarioListSchema } },
    handler: async (request) => ({ scenarios: await listScenarios(useCaseContext(request, 'supervisor', 'admin')) }),
  });

  r.post('/api/v1/staffing/scenarios', {
    schema: { tags, summary: 'Szenario speichern', body: scenarioInputSchema, response: { 201: scenarioSchema } },
    handler: async (request, reply) =>
      reply.code(201).send(await saveScenario(useCaseContext(request, 'supervisor', 'admin'), request.body)),
  });

  r.get('/api/v1/staffing/scenarios/:id', {
    schema: { tags, summary: 'Ein gespeichertes Szenario', params: scenarioIdParamsSchema, response: { 200: scenarioSchema } },
    handler: async (request) => getScenario(useCaseContext(request, 'supervisor', 'admin'), request.params.id),
  });

  r.put('/api/v1/staffing/scenarios/:id', {
    schema: {
      tags,
      summary: 'Szenario ändern (mit der gelesenen Version; 409, wenn es inzwischen geändert wurde)',
      params: scenarioIdParamsSchema,
      body: scenarioUpdateSchema,
      response: { 200: scenarioSchema },
    },
    handler: async (request) => updateScenario(useCaseContext(request, 'supervisor', 'admin'), request.params.id, request.body),
  });

  r.delete('/api/v1/staffing/scenarios/:id', {
    schema: {
      tags,
      summary: 'Szenario löschen (mit der gelesenen Version)',
      params: scenarioIdParamsSchema,
      querystring: scenarioDeleteQuerySchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await deleteScenario(useCaseContext(request, 'supervisor', 'admin'), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/staffing/scenarios/:id/report', {
    schema: {
      tags,
      summary: 'Das Was-wäre-wenn eines gespeicherten Szenarios, neu gerechnet; als JSON oder Datei (csv, xlsx, pdf)',
      params: scenarioIdParamsSchema,
      querystring: scenarioReportQuerySchema,
      response: { 200: whatIfReportSchema },
    },
    handler: async (request, reply) => {
      const ctx = useCaseContext(request, 'supervisor', 'admin');
      const scenario = await getScenario(ctx, request.params.id);
      const report = await runStaffingWhatIf(ctx, scenario.request, cost());
      return request.query.format === 'json' ? report : sendTable(reply, request.query.format, whatIfTable(scenario.name, report));
    },
  });

  r.post('/api/v1/staffing/what-if', {
    schema: {
      tags,
      summary: 'Was-wäre-wenn: neue Mandanten, andere Bearbeitungszeit, Ziele, Ausfallanteil, Geduld',
      body: whatIfRequestSchema,
      response: { 200: whatIfReportSchema },
    },
    handler: async (request) => runStaffingWhatIf(useCaseContext(request, 'supervisor', 'admin'), request.body, cost()),
  });

  r.get('/api/v1/staffing/missed', {
    schema: {
      tags,
      summary: 'Halbe Stunden eines Monats unter dem Servicelevel-Ziel und die Agentenzahl, die es gehalten hätte',
      querystring: missedQuerySchema,
      response: { 200: missedReportSchema },
    },
    handler: async (request) => getMissedIntervals(useCaseContext(request, 'supervisor', 'admin'), request.query),
  });
}
