import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { getMissedIntervals, getStaffingPlan, runStaffingWhatIf } from './plan.service.js';
import {
  erlangRequestSchema,
  erlangResponseSchema,
  missedQuerySchema,
  missedReportSchema,
  planQuerySchema,
  planReportSchema,
  whatIfReportSchema,
  whatIfRequestSchema,
} from './staffing.contract.js';
import { calculateErlang } from './staffing.service.js';

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
      querystring: planQuerySchema,
      response: { 200: planReportSchema },
    },
    handler: async (request) => getStaffingPlan(useCaseContext(request, 'supervisor', 'admin'), request.query, cost()),
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
